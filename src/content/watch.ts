/** The dev server's watch of the content folders: what changed, and a sync for it. */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { isPhotoFile } from '../lib/photoKeys.ts';

/** The dev server's file watcher, as a loader is handed it. */
type Watcher = NonNullable<LoaderContext['watcher']>;

/** What the content watch listens with, kept so a restarted server's watcher can take it up. */
interface Watch {
  dirs: string[];
  onChange: (path: string) => void;
  watcher: Watcher;
}

/**
 * The watch of this process, on `globalThis`: Astro loads a loader and an integration in module
 * graphs of their own, and its content layer keeps the watcher it started with, which a restart
 * of the dev server (a settings file saved) closes.
 */
const WATCH = Symbol.for('dateline.contentWatch');
const held = globalThis as { [WATCH]?: Watch };

/** Listens on `watcher` for the content folders' files. */
function listen({ dirs, onChange }: Watch, watcher: Watcher): void {
  watcher.add(dirs);
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
}

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
  const onChange = (path: string) => {
    if (!dirs.some((dir) => path.startsWith(dir))) return;
    // A photo that comes or goes changes no article's text, but whether its photos are there.
    if (isPhotoFile(path)) return void sync();
    if (!path.endsWith('.md')) return;
    changed.add(relative(root, path).split(sep).join('/'));
    void sync();
  };
  const watch = { dirs, onChange, watcher };
  held[WATCH] = watch;
  listen(watch, watcher);
}

/**
 * Moves the content watch to `watcher`, the dev server's own: after a restart, a file added or
 * changed is still seen (the content layer's watcher is closed by then), and once only.
 */
export function followWatcher(watcher: Watcher): void {
  const watch = held[WATCH];
  if (!watch || watch.watcher === watcher) return;
  watch.watcher = watcher;
  listen(watch, watcher);
}
