import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  asBrowsersRead,
  articlePath,
  authorPath,
  authorsPath,
  cardPath,
  homePath,
  normalizeBase,
  pathUnderBase,
} from '../../src/lib/urls.ts';

describe('urls', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['news', '/news/'],
    ['/news', '/news/'],
    ['/news/', '/news/'],
    ['//a/b//', '/a/b/'],
  ])('normalises base %j to %j', (base, expected) => {
    expect(normalizeBase(base)).toBe(expected);
  });

  it('builds paths under the base', () => {
    expect(articlePath('x', '/')).toBe('/articles/x/');
    expect(articlePath('x', '/news/')).toBe('/news/articles/x/');
    expect(homePath('news')).toBe('/news/');
    expect(pathUnderBase('/news/', '/rss.xml')).toBe('/news/rss.xml');
    expect(cardPath('storm-0a1b', '/news/')).toBe('/news/cards/storm-0a1b.png');
    expect(authorPath('ana-ruiz', '/news/')).toBe('/news/authors/ana-ruiz/');
    expect(authorsPath('/news/')).toBe('/news/authors/');
  });

  it('makes absolute URLs from the site URL', () => {
    expect(absoluteUrl('/news/articles/x/', 'https://example.org')).toBe(
      'https://example.org/news/articles/x/',
    );
  });
});

describe('asBrowsersRead', () => {
  it('reads each \\ of a web or relative address as /, and drops tabs and line breaks', () => {
    expect(asBrowsersRead('\\\\host\\x.png')).toBe('//host/x.png');
    expect(asBrowsersRead('HTTPS:\\\\host\\x')).toBe('HTTPS://host/x');
    expect(asBrowsersRead('/\t/host/x')).toBe('//host/x');
    expect(asBrowsersRead('./shots/deck.jpg')).toBe('./shots/deck.jpg');
    // The query and fragment as written, as browsers send them.
    expect(asBrowsersRead('https://x.example/a\\b?path=\\\\srv\\s#x\\y')).toBe(
      'https://x.example/a/b?path=\\\\srv\\s#x\\y',
    );
  });

  it("leaves another scheme's address as written", () => {
    expect(asBrowsersRead('mailto:a\\b@example.com')).toBe('mailto:a\\b@example.com');
  });
});
