import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module through which Astro hands its content store to pages (astro/dist/content/consts.js). */
export const STORE_MODULE = 'astro:data-layer-content';
const RESOLVED = '\0dateline:content-store-file';

/**
 * The Vite plugin behind `contentStoreFile`: pages built for the server read the store's file
 * when they first ask for a record.
 */
export function contentStoreFilePlugin(file: string): Plugin {
  return {
    name: 'dateline-content-store-file',
    enforce: 'pre',
    // Ahead of Astro's own plugin, which resolves the same name.
    resolveId: {
      order: 'pre',
      handler(id) {
        if (id === STORE_MODULE && this.environment?.config.consumer !== 'client') return RESOLVED;
      },
    },
    load(id) {
      if (id !== RESOLVED) return;
      // As Astro does: no file (no content yet) is an empty store.
      const code = existsSync(file)
        ? [
            `import { readFileSync } from 'node:fs';`,
            `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
          ].join('\n')
        : 'export default new Map();';
      // Marked as Astro marks its own: content, not code, so Astro's page cache leaves it out of
      // the code digest (each page's own key covers the records it shows).
      return { code, meta: { astroIncremental: { kind: 'content-data' } } };
    },
  };
}

/**
 * In a build, pages read the content store from the file Astro's content sync wrote, instead of
 * from a copy bundled into them. Astro bundles `data-store.json` as one string, 9 MB at 10,000
 * articles and 43 MB at 50,000, which Vite parsed and wrote again on every build, warm or clean.
 * Same records, same pages; the dev server keeps Astro's own module, which follows edits.
 */
export function contentStoreFile(): AstroIntegration {
  return {
    name: 'dateline-content-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({ vite: { plugins: [contentStoreFilePlugin(file)] } });
      },
    },
  };
}
