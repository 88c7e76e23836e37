import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index into `dist/pagefind/` after every build. Only elements marked
 * `data-pagefind-body` (an article's body) are indexed, so navigation never matches a search.
 */
export function pagefindSearch(options: { lang: string }): AstroIntegration {
  return {
    name: 'dateline-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: options.lang });
        if (!index) throw new Error(`search index: ${errors.join('; ')}`);
        // Only article pages carry data-pagefind-body; reading the listing pages too costs time.
        const added = await index.addDirectory({ path: site, glob: 'articles/**/*.html' });
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        await close();
        const problems = [...added.errors, ...written.errors];
        if (problems.length > 0) throw new Error(`search index: ${problems.join('; ')}`);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`search index: ${added.page_count} articles in ${seconds} s`);
      },
    },
  };
}
