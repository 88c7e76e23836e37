import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rebaseHeadersFile } from '../lib/headersFile.ts';

/** Moves the paths of `dist/_headers` (copied from `public/`) under the base path of the build. */
export function headersUnderBase(base: string): AstroIntegration {
  return {
    name: 'dateline-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const file = join(fileURLToPath(dir), '_headers');
        await writeFile(file, rebaseHeadersFile(await readFile(file, 'utf8'), base));
      },
    },
  };
}
