import { describe, expect, it } from 'vitest';
import {
  EMPTY_BUNDLE,
  bundleOfMonth,
  bundlePath,
  searchBundles,
} from '../../src/lib/searchBundles.ts';
import { FOUND_BY, searchDocument, searchUrl } from '../../src/lib/searchDocument.ts';

describe('search bundles', () => {
  const names = (bundles: { name: string }[]) => bundles.map((bundle) => bundle.name);

  it('are one per year, newest first, whatever order the months come in', () => {
    const counts = [
      ['2019-03', 4],
      ['2025-01', 2],
      ['2024-12', 1],
      ['2025-11', 7],
    ] as const;
    expect(searchBundles(counts)).toEqual([
      { name: '2025', months: ['2025-01', '2025-11'] },
      { name: '2024', months: ['2024-12'] },
      { name: '2019', months: ['2019-03'] },
    ]);
    expect(names(searchBundles(counts, 'es'))).toEqual(['es-2025', 'es-2024', 'es-2019']);
  });

  it('are one empty bundle for a site without articles, so search still loads', () => {
    expect(searchBundles([])).toEqual([{ name: EMPTY_BUNDLE, months: [] }]);
    expect(names(searchBundles([], 'es'))).toEqual([`es-${EMPTY_BUNDLE}`]);
  });

  it('split a year bigger than the limit into runs of months, each within it, named by its first', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
    const bundles = searchBundles(
      [...months.map((month) => [month, 300] as const), ['2024-06', 1000]],
      '',
      1000,
    );
    expect(bundles).toEqual([
      { name: '2025-10', months: ['2025-10', '2025-11', '2025-12'] },
      { name: '2025-07', months: ['2025-07', '2025-08', '2025-09'] },
      { name: '2025-04', months: ['2025-04', '2025-05', '2025-06'] },
      { name: '2025-01', months: ['2025-01', '2025-02', '2025-03'] },
      // At the limit exactly, a year stays whole.
      { name: '2024', months: ['2024-06'] },
    ]);
  });

  it('give a month bigger than the limit a bundle of its own', () => {
    const counts = [
      ['2025-01', 10],
      ['2025-02', 50],
      ['2025-03', 10],
      ['2025-04', 10],
    ] as const;
    expect(searchBundles(counts, '', 30)).toEqual([
      { name: '2025-03', months: ['2025-03', '2025-04'] },
      { name: '2025-02', months: ['2025-02'] },
      { name: '2025-01', months: ['2025-01'] },
    ]);
  });

  it('change only the last run of a year when its newest month grows', () => {
    const counts = (december: number) =>
      Array.from(
        { length: 12 },
        (_, i) => [`2025-${String(i + 1).padStart(2, '0')}`, i === 11 ? december : 100] as const,
      );
    const before = searchBundles(counts(100), '', 500);
    const after = searchBundles(counts(400), '', 500);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]).toEqual({ name: '2025-11', months: ['2025-11', '2025-12'] });
  });

  it('say which bundle holds each month', () => {
    const bundleOf = bundleOfMonth(
      searchBundles(
        [
          ['2025-01', 2],
          ['2025-02', 2],
          ['2024-05', 1],
        ],
        '',
        2,
      ),
    );
    expect(Object.fromEntries(bundleOf)).toEqual({
      '2025-01': '2025-01',
      '2025-02': '2025-02',
      '2024-05': '2024',
    });
  });

  it('live under the base path', () => {
    expect(bundlePath('/news/', '2025')).toBe('/news/pagefind/2025/');
  });
});

describe('searchDocument', () => {
  it('makes the headline the result title, and the body alone the searchable text', () => {
    const html = searchDocument(
      { title: 'Storm & "surge" <1>', html: '<p>Body.</p>', date: 'May 1, 2026' },
      'en',
    );
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(
      '<body><h1 data-pagefind-meta="title">Storm &amp; &quot;surge&quot; &lt;1&gt;</h1>',
    );
    expect(html).toContain('<div data-pagefind-body><p>Body.</p></div>');
    expect(html).not.toMatch(/image|byline|topics/);
  });

  it('searches its byline and topics as metadata, which the results do not show', () => {
    const html = searchDocument(
      {
        title: 'Budget & bridges',
        html: '<p>Body.</p>',
        date: 'May 1, 2026',
        byline: ['Eva Lindqvist', 'Ali <Khan>, Jr.'],
        topics: ['Economy', 'City Council'],
      },
      'en',
    );
    expect(FOUND_BY).toEqual(['byline', 'topics']);
    expect(html).toContain(
      '<p data-pagefind-meta="byline[data-byline]" data-byline="Eva Lindqvist · Ali &lt;Khan&gt;, Jr."></p>',
    );
    expect(html).toContain(
      '<p data-pagefind-meta="topics[data-topics]" data-topics="Economy · City Council"></p>',
    );
    expect(html).toContain('<div data-pagefind-body><p>Body.</p></div>');
  });

  it('searches a story with no words by its headline', () => {
    const html = searchDocument(
      { title: 'Harbour fire', html: '<p> </p>', date: 'May 1, 2026' },
      'en',
    );
    expect(html).toContain(
      '<div data-pagefind-body><h1 data-pagefind-meta="title">Harbour fire</h1><p> </p></div>',
    );
    expect(html.match(/<h1/g)).toHaveLength(1);
  });

  it("keeps a body picture's alt text but not its address: only a lead photo stands beside a result", () => {
    const html = searchDocument(
      {
        title: 'T',
        html: '<p><img src="https://elsewhere.example/a.jpg" alt="A &#x22;harbour&#x22; > at dawn"></p><img alt="B" srcset="/b.jpg 1x" src="/b.jpg" />',
        date: 'May 1, 2026',
      },
      'en',
    );
    expect(html).toContain('<p><img alt="A &#x22;harbour&#x22; > at dawn"></p><img alt="B"></div>');
    expect(html).not.toMatch(/src=|elsewhere/);
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
