import type { AstroIntegration } from 'astro';
import { followWatcher } from '../content/watch.ts';

/**
 * Keeps the dev server's watch of the content folders across its restarts (a settings file
 * saved, in the CMS or an editor): Astro's content layer keeps the watcher the server started
 * with, which a restart closes, so a story saved after one would go unseen until the next start.
 */
export function contentWatch(): AstroIntegration {
  return {
    name: 'dateline-content-watch',
    hooks: {
      'astro:server:setup': ({ server }) => followWatcher(server.watcher),
    },
  };
}
