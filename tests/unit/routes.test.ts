import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src', import.meta.url).pathname;

/** Every file below a folder of src/, relative to src/. */
function filesIn(folder: string): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:astro|ts)$/.test(entry.name))
    .map((entry) => relative(SRC, join(entry.parentPath, entry.name)))
    .sort();
}

describe('routes', () => {
  const pages = filesIn('pages');

  it('get their pages through pagesOf, which gives every page a cache key', () => {
    const dynamic = pages.filter((file) =>
      readFileSync(join(SRC, file), 'utf8').includes('getStaticPaths'),
    );
    expect(dynamic.length).toBeGreaterThan(15);
    // The CMS's files (admin/) are Decap's package files, listed from node_modules: they show
    // nothing of the site, and are written on every build.
    for (const file of dynamic.filter((name) => !name.startsWith('pages/admin/'))) {
      expect(readFileSync(join(SRC, file), 'utf8'), file).toMatch(
        /export const getStaticPaths = pagesOf\(/,
      );
    }
    // A route with parameters has getStaticPaths: none is left without it.
    for (const file of pages.filter((name) => name.includes('['))) {
      expect(dynamic, file).toContain(file);
    }
  });

  it('never read the site model while rendering: a page gets its data in its props', () => {
    for (const file of [...pages, ...filesIn('layouts'), ...filesIn('components')]) {
      const source = readFileSync(join(SRC, file), 'utf8');
      expect(source, file).not.toMatch(/\bgetSite\s*\(/);
      // Types only: the model's values are read by the routes' page finders.
      expect(source, file).not.toMatch(/^import (?!type )[^;]*from '[./]*view\/site\.ts'/m);
      expect(source, file).not.toMatch(/\bgetCollection\s*\(/);
    }
  });
});
