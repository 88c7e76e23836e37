import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { PHOTO_EXTENSIONS, isPhotoFile } from '../lib/photos.ts';

/** Where the photo loader looks. */
export interface PhotoLoaderOptions {
  /** Content folders, relative to the project root. */
  dirs: readonly string[];
}

/**
 * The Astro content loader for the photos beside the articles: one entry per image file in the
 * content folders, keyed by its path from the project root, whose `src` the collection's schema
 * hands to Astro's `image()`. Astro's image pipeline then imports, sizes and converts them:
 * articles name their photos by key (see photos.ts), so their records stay plain text.
 */
export function photoLoader(options: PhotoLoaderOptions): Loader {
  return {
    name: 'dateline-photos',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const sync = async () => {
        const found = await listPhotos(root, options.dirs);
        const keep = new Set(found.map((photo) => photo.id));
        for (const key of context.store.keys()) if (!keep.has(key)) context.store.delete(key);
        for (const photo of found) {
          // A photo whose size and time hold is the same photo: its bytes are not read again.
          if (context.store.get(photo.id)?.digest === photo.digest) continue;
          const data = await context.parseData({
            id: photo.id,
            data: { src: `./${photo.name}` },
            filePath: photo.id,
          });
          context.store.set({ id: photo.id, data, filePath: photo.id, digest: photo.digest });
        }
      };
      await sync();
      const { watcher } = context;
      if (!watcher) return;
      const dirs = options.dirs.map((dir) => resolve(root, dir));
      const onChange = (path: string) => {
        if (isPhotoFile(path) && dirs.some((dir) => path.startsWith(dir))) void sync();
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
    },
  };
}

/** A photo file found in the content folders. */
interface FoundPhoto {
  /** Its path from the project root, with forward slashes: the entry's key. */
  id: string;
  /** Its file name. */
  name: string;
  /** Its size and modification time. */
  digest: string;
}

/** Every photo file below the content folders (dot-files and dot-folders skipped). */
async function listPhotos(root: string, dirs: readonly string[]): Promise<FoundPhoto[]> {
  const found: FoundPhoto[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && isPhotoFile(entry.name)) {
        const info = await stat(path);
        const id = relative(root, path).split(sep).join('/');
        found.push({ id, name: entry.name, digest: `${info.size}:${info.mtimeMs}` });
      }
    }
  };
  for (const dir of dirs) await walk(resolve(root, dir));
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export { PHOTO_EXTENSIONS };
