import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rebaseHeadersFile } from '../lib/headersFile.ts';
import { policyRules } from '../lib/securityPolicy.ts';
import { aliasRedirects, redirectsFile } from '../lib/redirects.ts';
import { readPublishedIndex } from '../content/publishedIndex.ts';

/**
 * Writes the files hosts read beside the pages. `_headers` (copied from `public/`) gets a
 * Content-Security-Policy rule for every page the build wrote, derived from the pages (see
 * policyRules), with every path moved under the base path. `_redirects` sends the old URLs of
 * moved stories (their aliases) to the stories, from the published index.
 */
export function hostFiles(base: string, publishedIndex: string): AstroIntegration {
  return {
    name: 'dateline-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const file = join(out, '_headers');
        const entries = await readdir(out, { recursive: true, withFileTypes: true });
        const pages = entries
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => relative(out, join(entry.parentPath, entry.name)).split(sep).join('/'));
        const common = await readFile(file, 'utf8');
        const published = (await readPublishedIndex(publishedIndex)).stories;
        const editions = [...new Set(published.map((entry) => entry.edition))];
        const text = `${common.trimEnd()}\n\n${policyRules(pages, editions)}`;
        await writeFile(file, rebaseHeadersFile(text, base));
        await writeFile(join(out, '_redirects'), redirectsFile(aliasRedirects(published)));
      },
    },
  };
}
