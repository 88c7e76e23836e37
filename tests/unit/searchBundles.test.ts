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
    const html = searchDocument(
      { title: 'Storm & "surge" <1>', html: '<p>Body.</p>', date: 'May 1, 2026' },
      'en',
    );
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(
      '<h1 data-pagefind-meta="title">Storm &amp; &quot;surge&quot; &lt;1&gt;</h1>',
    );
    expect(html).toContain('<div data-pagefind-body><p>Body.</p></div>');
    expect(html).not.toContain('image');
  });

  it('gives the date and the photo as metadata read from attributes, commas and all', () => {
    const html = searchDocument(
      {
        title: 'T',
        html: '',
        date: 'May 1, 2026',
        image: { url: '/photos/a-360x240-1.jpg', alt: 'Ships, "at sea"' },
      },
      'en',
    );
    expect(html).toContain('<p data-pagefind-meta="date[data-date]" data-date="May 1, 2026"></p>');
    expect(html).toContain(
      '<p data-pagefind-meta="image[data-src], image_alt[data-alt]" data-src="/photos/a-360x240-1.jpg" data-alt="Ships, &quot;at sea&quot;"></p>',
    );
  });

  it('records URLs relative to the base, which the search UI adds back', () => {
    expect(searchUrl('/news/articles/a/', '/news/')).toBe('/articles/a/');
    expect(searchUrl('/articles/a/', '/')).toBe('/articles/a/');
  });
});
