import { createHash } from 'node:crypto';

/**
 * JSON with object keys in sorted order and `undefined` members left out, so that equal data
 * always gives equal text, whatever order its fields were assigned in.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort())
      sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}

/** A hex SHA-256 of any JSON-like values, taken in order: the same parts always give the same digest. */
export function digestOf(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts)
    hash.update(typeof part === 'string' ? part : stableJson(part)).update('\0');
  return hash.digest('hex');
}
