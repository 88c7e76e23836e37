import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { readPublishedIndex } from '../build/publishedIndex.ts';
import { editionBase } from '../lib/languages.ts';
import { PHOTOS_FOLDER } from '../lib/photoSizes.ts';
import { aliasRedirects, redirectsFile } from '../lib/redirects.ts';
import { headersFile } from '../lib/securityPolicy.ts';
import { CARDS_FOLDER } from '../lib/urls.ts';

/** The files hosts read at the root of the upload, not served as pages. */
export const HOST_FILES = ['_headers', '_redirects'] as const;

/**
 * Writes the files Netlify and Cloudflare Pages read, at the root of the upload (`uploadRoot`,
 * which holds the site's base folder): `_headers`, with the security headers and policies of
 * every path under the base (see headersFile), and `_redirects`, with the old URLs of moved
 * stories (their aliases) and each language's not-found page, from the published index. A copy
 * inside the base folder, from an earlier layout, is removed, so neither is served as a page.
 */
export function hostFiles(options: {
  base: string;
  uploadRoot: string;
  publishedIndex: string;
  /** The CMS's policy, for its rule (see adminPolicy). */
  adminPolicy: string;
}): AstroIntegration {
  const { base, uploadRoot } = options;
  return {
    name: 'dateline-host-files',
    hooks: {
      'astro:build:done': async () => {
        const published = (await readPublishedIndex(options.publishedIndex)).stories;
        const editions = [...new Set(published.map((entry) => entry.edition))];
        const notFound = [...new Set(['', ...editions])]
          .map((edition) => editionBase(base, edition))
          // Netlify and Cloudflare Pages both serve the root's /404.html themselves.
          .filter((folder) => folder !== '/');
        await mkdir(uploadRoot, { recursive: true });
        await writeFile(
          join(uploadRoot, '_headers'),
          // Made photos and drawn cards are named by a digest of their bytes.
          headersFile(base, editions, options.adminPolicy, [PHOTOS_FOLDER, CARDS_FOLDER]),
        );
        await writeFile(
          join(uploadRoot, '_redirects'),
          redirectsFile(aliasRedirects(published), notFound),
        );
        if (base !== '/') {
          for (const file of HOST_FILES) await rm(join(uploadRoot, base, file), { force: true });
        }
        // Each language's not-found page where hosts look for it: Cloudflare Pages serves the
        // nearest 404.html up the path, and Netlify follows the rules above.
        for (const edition of editions.filter(Boolean)) {
          const folder = join(uploadRoot, editionBase(base, edition));
          const page = join(folder, 'not-found', 'index.html');
          if (existsSync(page)) await copyFile(page, join(folder, '404.html'));
        }
      },
    },
  };
}
