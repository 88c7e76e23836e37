import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { decodeText } from '../lib/utf8.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import type { ValidationResult } from '../content/validate.ts';

/**
 * Validation results kept between loads, by file. The dev server, told of every change, trusts a
 * file whose size and modification time hold; a build trusts one whose bytes have the same
 * digest (a checkout gives every file a new time) and keeps the results in the cache folder, so
 * an unchanged archive is not parsed again. Bodies are not kept: they are in the file.
 */
export interface ValidationCache {
  by: 'mtime' | 'content';
  entries: Map<string, { stamp: string; result: ValidationResult }>;
  /**
   * Files the dev server's watcher reported since the last load. When set, no other known file
   * is looked at: at 10,000 articles, checking every file's time costs more than the edit.
   */
  changed?: Set<string>;
}

/** A fresh, empty cache. */
export function emptyValidationCache(by: ValidationCache['by']): ValidationCache {
  return { by, entries: new Map() };
}

/**
 * One file's validation: the cached result when the file is unchanged, else `validate`'s, which
 * is then cached. Reads the file at most once, at once on this thread (see validateContent).
 * With `dirty` (the watcher's report, see takeChanges), a known file not in it is unchanged.
 */
export function validateCached(
  cache: ValidationCache,
  file: string,
  path: string,
  validate: (bytes: Uint8Array) => ValidationResult,
  dirty?: ReadonlySet<string>,
): ValidationResult {
  const known = cache.entries.get(file);
  if (known && dirty && !dirty.has(file)) return known.result;
  if (cache.by === 'mtime') {
    const info = statSync(path);
    const stamp = `${info.size}:${info.mtimeMs}`;
    if (known?.stamp === stamp) return known.result;
    const result = validate(readFileSync(path));
    cache.entries.set(file, { stamp, result });
    return result;
  }
  const bytes = readFileSync(path);
  const stamp = createHash('sha1').update(bytes).digest('hex');
  if (known?.stamp === stamp) {
    const { valid, salvaged } = known.result;
    if (!valid && !salvaged) return known.result;
    // The saved results hold no text (see saveValidationCache): it is the file's.
    const decoded = decodeText(bytes);
    if (decoded.ok) {
      const text = decoded.text;
      return {
        ...known.result,
        valid: valid && { ...valid, text },
        salvaged: salvaged && { ...salvaged, text },
      };
    }
  }
  const result = validate(bytes);
  cache.entries.set(file, { stamp, result });
  return result;
}

/**
 * The files reported changed since the last load, taken out of the cache: a change reported
 * while this load runs stays for the next one.
 */
export function takeChanges(cache: ValidationCache): Set<string> | undefined {
  if (!cache.changed) return undefined;
  const taken = new Set(cache.changed);
  cache.changed.clear();
  return taken;
}

/** Forgets files that are gone. */
export function forgetMissing(cache: ValidationCache, files: readonly string[]): void {
  const present = new Set(files);
  for (const file of cache.entries.keys()) if (!present.has(file)) cache.entries.delete(file);
}

/**
 * Reads a build's validation cache; empty when there is none or when it was made with other
 * code or settings (`signature`).
 */
export async function loadValidationCache(
  file: string,
  signature: string,
): Promise<ValidationCache> {
  const cache = emptyValidationCache('content');
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as {
      signature: string;
      entries: [string, { stamp: string; result: ValidationResult }][];
    };
    if (saved.signature === signature) cache.entries = new Map(saved.entries);
  } catch {
    // No cache yet, or an unreadable one: validate everything.
  }
  return cache;
}

/** Writes a build's validation cache, without the files' text. */
export async function saveValidationCache(
  file: string,
  signature: string,
  cache: ValidationCache,
): Promise<void> {
  const entries = [...cache.entries].map(([name, { stamp, result }]) => [
    name,
    {
      stamp,
      result: {
        ...result,
        valid: result.valid && { ...result.valid, text: '' },
        salvaged: result.salvaged && { ...result.salvaged, text: '' },
      },
    },
  ]);
  await writeFileAtomic(file, JSON.stringify({ signature, entries }));
}
