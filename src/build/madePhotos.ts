/**
 * The cache folder of made photo sizes: fills it with the sizes it lacks (each made by
 * photoMaker.ts) and prunes those no page names. Kept apart from the maker, whose code names
 * every made file: looking through the folder can change without remaking a photo.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { mapLimited } from '../lib/limit.ts';
import type { MadeSize } from '../lib/photoSizes.ts';
import { makePhoto } from './photoMaker.ts';

/** Above this many sizes asked for, the folder is listed rather than checked file by file. */
const LISTED = 64;

/** Photos made at once: sharp spreads each over its own threads too. */
const CONCURRENCY = 2;

/** What making the photos did: how many files it made, and what the folder held before. */
export interface Making {
  made: number;
  /** The folder's files before any was made, when it was listed (see LISTED). */
  listed?: readonly string[] | undefined;
}

/**
 * Makes every size the cache folder `dir` lacks from the photos below `root`; says how many it
 * made, or fails naming each photo it could not make.
 */
export async function makePhotos(
  root: string,
  dir: string,
  sizes: readonly MadeSize[],
): Promise<Making> {
  await mkdir(dir, { recursive: true });
  // A build asks for every size at once: one listing, not a check a file (a 10,000-photo archive
  // has 160,000 made files, whose checks one by one held the main thread for most of a second
  // at every build's start). The dev server asks for one size, and lists nothing.
  const listed = sizes.length > LISTED ? await readdir(dir) : undefined;
  const present = listed && new Set(listed);
  const missing = sizes.filter((size) =>
    present ? !present.has(size.name) : !existsSync(join(dir, size.name)),
  );
  const failed: string[] = [];
  await mapLimited(
    missing,
    (size) =>
      makePhoto(resolve(root, size.key), size, join(dir, size.name)).catch((error: unknown) => {
        failed.push(
          `${size.key} (${size.name}): ${error instanceof Error ? error.message : String(error)}`,
        );
      }),
    CONCURRENCY,
  );
  if (failed.length > 0) throw new Error(`photos not made:\n${failed.join('\n')}`);
  return { made: missing.length, listed };
}

/**
 * Deletes the made files in `dir` that `keep` does not name; says how many. `listed` is the
 * folder as makePhotos listed it, if it did, when every file made since is one `keep` names.
 */
export async function pruneMade(
  dir: string,
  keep: ReadonlySet<string>,
  listed?: readonly string[],
): Promise<number> {
  const files = listed ?? (await readdir(dir).catch(() => [] as string[]));
  const stale = files.filter((file) => !keep.has(file) && !file.endsWith('.tmp'));
  await mapLimited(stale, (file) => rm(join(dir, file), { force: true }));
  return stale.length;
}
