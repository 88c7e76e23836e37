import { describe, expect, it } from 'vitest';
import { staleFiles } from '../../src/lib/staleOutput.ts';

describe('staleFiles', () => {
  const since = 1_000_000;
  const files = [
    { path: 'index.html', mtimeMs: since + 5 },
    { path: 'articles/kept/index.html', mtimeMs: 10 },
    { path: 'articles/deleted/index.html', mtimeMs: 10 },
    { path: 'pagefind/2024/pagefind.js', mtimeMs: 10 },
    { path: 'pagefinder.html', mtimeMs: 10 },
  ];

  it('is what is neither written by this build, nor left in place by it, nor owned elsewhere', () => {
    expect(
      staleFiles(files, {
        since,
        kept: new Set(['articles/kept/index.html']),
        owned: ['pagefind'],
      }),
    ).toEqual(['articles/deleted/index.html', 'pagefinder.html']);
  });

  it('is nothing when every file is fresh', () => {
    expect(
      staleFiles(
        files.map((file) => ({ ...file, mtimeMs: since })),
        { since, kept: new Set(), owned: [] },
      ),
    ).toEqual([]);
  });
});
