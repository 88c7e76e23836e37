import { hash } from 'node:crypto';

/** The digests of sealed values (see sealed), by identity. */
const SEALS = new WeakMap<object, string>();

/**
 * `value`, frozen to its depth and sealed with its digest, which stableJson then writes in its
 * place. For data that many cache keys cover (a story's teaser is on a dozen listing pages):
 * its text is taken once, not once a page. Frozen, it cannot change from what its seal says.
 */
export function sealed<T extends object>(value: T): T {
  if (!SEALS.has(value)) {
    const digest = digestOf(value);
    freezeDeep(value);
    SEALS.set(value, digest);
  }
  return value;
}

/** Freezes `value` and every object and array below it. */
function freezeDeep(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) freezeDeep(inner);
}

/**
 * JSON with object keys in sorted order and `undefined` members left out, so that equal data
 * always gives equal text, whatever order its fields were assigned in. A sealed value is
 * written as its digest: equal data sealed and not gives two texts, never one for two.
 */
export function stableJson(value: unknown): string {
  // A sorted copy, then JSON's own writer, gives the text a replacer that sorts each object
  // would, half again as fast: a build keys every page by a digest of its data.
  return JSON.stringify(sortedCopy(value));
}

/** `value` with every object's keys assigned in sorted order; what `toJSON` gives in place of an object that has one. */
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const seal = SEALS.get(value);
  if (seal !== undefined) return { sealed: seal };
  const json = (value as { toJSON?: unknown }).toJSON;
  if (typeof json === 'function') return sortedCopy((json as () => unknown).call(value));
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = sortedCopy(value[i]);
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    copy[key] = sortedCopy((value as Record<string, unknown>)[key]);
  return copy;
}

/** A hex SHA-256 of any JSON-like values, taken in order: the same parts always give the same digest. */
export function digestOf(...parts: unknown[]): string {
  // One string hashed in one call: a build names 160,000 made photo files from small parts, and
  // a hash object updated part by part took three times as long.
  let text = '';
  for (const part of parts) text += `${typeof part === 'string' ? part : stableJson(part)}\0`;
  return hash('sha256', text, 'hex');
}
