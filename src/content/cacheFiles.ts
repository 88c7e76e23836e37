import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes a cache file aside, then renames it into place, so an interrupted build never leaves
 * half a file under its name and a reader sees the old file or the new one.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/**
 * The project's lockfile, which pins every package that shapes the output: part of every cache
 * key Dateline makes, so an upgraded package never meets a stale cache.
 */
export async function readLockfile(root: string): Promise<string> {
  return readFile(join(root, 'package-lock.json'), 'utf8').catch(() => 'no lockfile');
}
