/** The dev server's watch of the content folders: what changed, and a sync for it. */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { isPhotoFile } from '../lib/photoKeys.ts';

/** In `astro dev`, reloads when a markdown file or a photo under a content folder is added, changed or removed. */
export function watchContent(
  context: LoaderContext,
  options: { dirs: readonly string[] },
  changed: Set<string>,
  sync: () => Promise<void>,
): void {
  const { watcher } = context;
  if (!watcher) return;
  const root = fileURLToPath(context.config.root);
  const dirs = options.dirs.map((dir) => resolve(root, dir));
  watcher.add(dirs);
  const onChange = (path: string) => {
    if (!dirs.some((dir) => path.startsWith(dir))) return;
    // A photo that comes or goes changes no article's text, but whether its photos are there.
    if (isPhotoFile(path)) return void sync();
    if (!path.endsWith('.md')) return;
    changed.add(relative(root, path).split(sep).join('/'));
    void sync();
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
}
