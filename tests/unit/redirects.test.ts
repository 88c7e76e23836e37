import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasRedirects, redirectsFile } from '../../src/lib/redirects.ts';
import { netlifyRedirects } from '../hostRules.ts';

const redirects = aliasRedirects([
  { url: '/news/articles/new-b/', aliases: ['/news/articles/old-b/'] },
  { url: '/news/articles/new-a/', aliases: ['/news/articles/old-a2/', '/news/articles/old-a1/'] },
  { url: '/news/articles/plain/', aliases: [] },
]);

/** The rules Netlify reads from a `_redirects` file with `text`. */
async function asNetlifyReads(text: string) {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-redirects-'));
  await writeFile(join(dir, '_redirects'), text);
  return netlifyRedirects(join(dir, '_redirects'));
}

describe('aliasRedirects and redirectsFile', () => {
  it('sends every old URL to the story, permanently, in a stable order, forced first for Netlify', async () => {
    const text = redirectsFile(redirects);
    expect(text.split('\n').filter((line) => line.startsWith('/'))).toEqual([
      '/news/articles/old-a1/ /news/articles/new-a/ 301!',
      '/news/articles/old-a1/ /news/articles/new-a/ 301',
      '/news/articles/old-a2/ /news/articles/new-a/ 301!',
      '/news/articles/old-a2/ /news/articles/new-a/ 301',
      '/news/articles/old-b/ /news/articles/new-b/ 301!',
      '/news/articles/old-b/ /news/articles/new-b/ 301',
    ]);
    // The first rule Netlify meets for an old URL is forced: it wins over the page there.
    const rules = await asNetlifyReads(text);
    const first = rules.find((rule) => rule.from === '/news/articles/old-a1/');
    expect(first).toEqual({
      from: '/news/articles/old-a1/',
      to: '/news/articles/new-a/',
      status: 301,
      force: true,
    });
  });

  it("answers a missing page of each language with that language's not-found page, most specific first", async () => {
    const rules = await asNetlifyReads(redirectsFile([], ['/news/', '/news/es/']));
    expect(rules).toEqual([
      { from: '/news/es/*', to: '/news/es/404.html', status: 404, force: false },
      { from: '/news/*', to: '/news/404.html', status: 404, force: false },
    ]);
  });
});
