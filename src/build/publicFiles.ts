/**
 * What a deployer's own files put into a folder of the output that a build step manages (the
 * made photos, the drawn cards, the search bundles): Astro copies `public/photos/logo.png` to
 * `dist/photos/logo.png`, and the step that prunes that folder must leave it there.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The names in `<publicDir>/<folder>` (files and subfolders, not what they hold); none if it is missing. */
export function publicNames(publicDir: string, folder: string): Set<string> {
  try {
    return new Set(readdirSync(join(publicDir, folder)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return new Set();
    throw error;
  }
}
