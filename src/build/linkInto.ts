/**
 * Publishes files the build keeps in a cache folder (made photos, drawn cards, search bundles)
 * into the output: one copy on disk for both, and a warm build touches only what changed.
 */
import { copyFile, link, mkdir, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { mapLimited } from '../lib/limit.ts';
import { pruneInsidePublic } from './publicFiles.ts';

/**
 * Puts the files `names` of the cache folder `from` into the output folder `to`: a file already
 * there is left alone (cached files never change under their name), a new one is hard-linked, so
 * the cache and the output share one copy (copied where they are on different disks), and a file
 * neither `names` nor `others` names goes (`others`: what Astro copies there from the public
 * folder, see publicFiles.ts). Says how many were added and removed.
 */
export async function linkInto(
  from: string,
  to: string,
  names: ReadonlySet<string>,
  others: ReadonlySet<string> = new Set(),
): Promise<{ added: number; removed: number }> {
  await mkdir(to, { recursive: true });
  const present = new Set(await readdir(to));
  const added = [...names].filter((name) => !present.has(name));
  await mapLimited(added, (name) => linkOrCopy(join(from, name), join(to, name)));
  const stale = [...present].filter((name) => !names.has(name) && !others.has(name));
  await mapLimited(stale, (name) => rm(join(to, name), { force: true, recursive: true }));
  await pruneInsidePublic(to, others);
  if (names.size === 0 && others.size === 0) await rm(to, { recursive: true, force: true });
  return { added: added.length, removed: stale.length };
}

/**
 * Puts a copy of the cache folder `from`, subfolders included, at `to`, which must not exist:
 * every file hard-linked (copied across disks), except those `skip` names.
 */
export async function linkTree(
  from: string,
  to: string,
  skip: (name: string) => boolean = () => false,
): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && !skip(entry.name));
  const folders = new Set([to, ...files.map((file) => join(to, relative(from, file.parentPath)))]);
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  await mapLimited(files, (file) => {
    const path = join(file.parentPath, file.name);
    return linkOrCopy(path, join(to, relative(from, path)));
  });
}

/** Hard-links `from` to `to`, or copies it where a link cannot be made (another disk, no links). */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV' && error.code !== 'EPERM' && error.code !== 'EMLINK') throw error;
    await copyFile(from, to);
  });
}
