/**
 * What a deployer's own files put into a folder of the output that a build step manages (the
 * made photos, the drawn cards, the search bundles): Astro copies `public/photos/logo.png` to
 * `dist/photos/logo.png`, and the step that prunes that folder must leave it there, and take
 * away what the public folder no longer holds, as a clean build would not have it.
 */
import { readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, sep } from 'node:path';

/**
 * The files and subfolders in `<publicDir>/<folder>`, by path relative to it (`logo.png`,
 * `staff`, `staff/desk.jpg`); none if it is missing.
 */
export function publicNames(publicDir: string, folder: string): Set<string> {
  try {
    return new Set(readdirSync(join(publicDir, folder), { recursive: true }).map(String));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return new Set();
    throw error;
  }
}

/**
 * Removes from the output folder `out`, inside the subfolders the public folder puts there, what
 * `others` (publicNames) no longer names: the pruning of `out` leaves those subfolders alone.
 */
export async function pruneInsidePublic(out: string, others: ReadonlySet<string>): Promise<void> {
  for (const name of others) {
    if (name.includes(sep) || !isFolder(join(out, name))) continue;
    const gone: string[] = [];
    for (const path of readdirSync(join(out, name), { recursive: true }).map(String)) {
      const inside = join(name, path);
      if (others.has(inside) || gone.some((folder) => inside.startsWith(folder + sep))) continue;
      gone.push(inside);
      await rm(join(out, inside), { recursive: true, force: true });
    }
  }
}

/** Whether `path` is a folder (false if it is missing). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
