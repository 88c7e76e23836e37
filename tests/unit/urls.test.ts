import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articlePath,
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
  });

  it('makes absolute URLs from the site URL', () => {
    expect(absoluteUrl('/news/articles/x/', 'https://example.org')).toBe(
      'https://example.org/news/articles/x/',
    );
  });
});
