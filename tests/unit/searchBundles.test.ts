import { describe, expect, it } from 'vitest';
import { EMPTY_BUNDLE, bundleNames, bundlePath } from '../../src/lib/searchBundles.ts';
import { searchDocument, searchUrl } from '../../src/lib/searchDocument.ts';

describe('search bundles', () => {
  it('are one per year, newest first, without duplicates', () => {
    expect(bundleNames([2019, 2025, 2019, 2024])).toEqual(['2025', '2024', '2019']);
  });

  it('are one empty bundle for a site without articles, so search still loads', () => {
    expect(bundleNames([])).toEqual([EMPTY_BUNDLE]);
  });

  it('live under the base path', () => {
    expect(bundlePath('/news/', '2025')).toBe('/news/pagefind/2025/');
  });
});

describe('searchDocument', () => {
  it('makes the headline the result title and the body the only searchable text', () => {
    const html = searchDocument({ title: 'Storm & "surge" <1>', html: '<p>Body.</p>' }, 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(
      '<h1 data-pagefind-meta="title">Storm &amp; &quot;surge&quot; &lt;1&gt;</h1>',
    );
    expect(html).toContain('<div data-pagefind-body><p>Body.</p></div>');
  });

  it('records URLs relative to the base, which the search UI adds back', () => {
    expect(searchUrl('/news/articles/a/', '/news/')).toBe('/articles/a/');
    expect(searchUrl('/articles/a/', '/')).toBe('/articles/a/');
  });
});
