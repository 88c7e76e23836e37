import { describe, expect, it } from 'vitest';
import { aliasRedirects, redirectsFile } from '../../src/lib/redirects.ts';

describe('aliasRedirects and redirectsFile', () => {
  it('sends every old URL to the story, permanently, in a stable order', () => {
    const redirects = aliasRedirects([
      { url: '/news/articles/new-b/', aliases: ['/news/articles/old-b/'] },
      {
        url: '/news/articles/new-a/',
        aliases: ['/news/articles/old-a2/', '/news/articles/old-a1/'],
      },
      { url: '/news/articles/plain/', aliases: [] },
    ]);
    expect(redirectsFile(redirects)).toBe(
      [
        '# Old article URLs (aliases), moved for good.',
        '/news/articles/old-a1/ /news/articles/new-a/ 301',
        '/news/articles/old-a2/ /news/articles/new-a/ 301',
        '/news/articles/old-b/ /news/articles/new-b/ 301',
        '',
      ].join('\n'),
    );
  });
});
