import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { digestOf } from '../lib/digest.ts';
import { mapLimited } from '../lib/limit.ts';
import { writeFileAtomicSync } from './atomicWrite.ts';

/**
 * Rendered article bodies, kept out of Astro's content store: the store is loaded whole into
 * memory on every build and every dev reload, while a body is needed only by the pages that show
 * it. Each body lives in a file named by the digest of its own contents (content-addressed), so
 * a record names its body by that digest, equal bodies share a file, and a page whose body
 * digest is unchanged shows exactly the same body.
 */

/** A photo a stored body shows, at the place of its marker (see src/lib/bodyPhotos.ts). */
export interface StoredPhoto {
  /** Its key (see photoKeys.ts). */
  key: string;
  alt: string;
  title?: string | undefined;
}

/** A rendered body: what an article page and a feed show, and what search indexes. */
export interface StoredBody {
  /** The body as sanitised HTML, each photo a marker comment. */
  html: string;
  /** The photos of the markers, in order. */
  photos: StoredPhoto[];
}

/** The digest a body is stored under. */
export function bodyKey(body: StoredBody): string {
  return digestOf(body.html, body.photos).slice(0, 40);
}

/** Where the body with digest `key` lives below the store folder `dir`. */
function bodyFile(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.json`);
}

/**
 * Stores a body (unless an equal one is stored already) and returns its digest. Written at once,
 * on this thread: a render worker has nothing else to do meanwhile, and a body of a few
 * kilobytes handed to the thread pool cost five times the CPU.
 */
export function writeBody(dir: string, body: StoredBody): string {
  const key = bodyKey(body);
  const file = bodyFile(dir, key);
  // Written aside and renamed, so an interrupted build never leaves half a body under its digest.
  if (!existsSync(file)) writeFileAtomicSync(file, JSON.stringify(body));
  return key;
}

/** Whether the body with digest `key` is stored. */
export function hasBody(dir: string, key: string): boolean {
  return existsSync(bodyFile(dir, key));
}

/**
 * Reads the body with digest `key`; a missing one is an error that says how to recover. Read at
 * once, on this thread, one file open at a time whatever the number of pages rendering: a body
 * is a few kilobytes the system has in memory, and the thread pool's round trips for it
 * (open, stat, read, close) cost the page-rendering thread ten times as much.
 */
export function readBody(dir: string, key: string): StoredBody {
  try {
    return JSON.parse(readFileSync(bodyFile(dir, key), 'utf8')) as StoredBody;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? `article body ${key} is missing from ${dir} (the cache was changed during the build; build again)`
        : `article body ${key} cannot be read from ${dir}: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** Deletes every stored body whose digest is not in `keep`; returns how many went. */
export async function pruneBodies(dir: string, keep: ReadonlySet<string>): Promise<number> {
  const folders = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const folder of folders) {
    const names = await readdir(join(dir, folder)).catch(() => [] as string[]);
    const stale = names.filter((name) => !keep.has(name.replace(/\.json$/, '')));
    await mapLimited(stale, (name) => rm(join(dir, folder, name), { force: true }));
    removed += stale.length;
  }
  return removed;
}
