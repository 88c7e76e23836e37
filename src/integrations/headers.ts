import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rebaseHeadersFile } from '../lib/headersFile.ts';
import { policyRules } from '../lib/securityPolicy.ts';

/**
 * Completes `dist/_headers` (copied from `public/`): adds a Content-Security-Policy rule for
 * every page the build wrote, derived from the pages (see policyRules), and moves every path
 * under the base path of the build.
 */
export function securityHeaders(base: string): AstroIntegration {
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
        const text = `${common.trimEnd()}\n\n${policyRules(pages)}`;
        await writeFile(file, rebaseHeadersFile(text, base));
      },
    },
  };
}
