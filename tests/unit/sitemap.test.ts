import { describe, expect, it } from 'vitest';
import { SITEMAP_INDEX, sitemapFiles, unlistedPaths } from '../../src/lib/sitemap.ts';

const SITE = 'https://news.example/news/';

describe('sitemapFiles', () => {
  it('lists pages sorted as a reader would, with lastmod and alternates, escaped', () => {
    const files = sitemapFiles(
      [
        { url: `${SITE}page/10/` },
        { url: `${SITE}page/2/` },
        {
          url: `${SITE}articles/a&b/`,
          lastmod: '2025-02-12T09:30:00+01:00',
          alternates: [
            { lang: 'en', url: `${SITE}articles/a&b/` },
            { lang: 'es', url: `${SITE}es/articles/a-y-b/` },
          ],
        },
        { url: SITE },
      ],
      SITE,
    );
    expect([...files.keys()]).toEqual(['sitemap-0.xml', SITEMAP_INDEX]);
    expect(files.get('sitemap-0.xml')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        `<url><loc>${SITE}</loc></url>`,
        `<url><loc>${SITE}articles/a&amp;b/</loc><lastmod>2025-02-12T09:30:00+01:00</lastmod>` +
          `<xhtml:link rel="alternate" hreflang="en" href="${SITE}articles/a&amp;b/"/>` +
          `<xhtml:link rel="alternate" hreflang="es" href="${SITE}es/articles/a-y-b/"/></url>`,
        `<url><loc>${SITE}page/2/</loc></url>`,
        `<url><loc>${SITE}page/10/</loc></url>`,
        '</urlset>',
        '',
      ].join('\n'),
    );
    expect(files.get(SITEMAP_INDEX)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        `<sitemap><loc>${SITE}sitemap-0.xml</loc><lastmod>2025-02-12T09:30:00+01:00</lastmod></sitemap>`,
        '</sitemapindex>',
        '',
      ].join('\n'),
    );
  });

  it('splits at the limit, each file in the index with its own newest lastmod', () => {
    const pages = [
      { url: `${SITE}a/`, lastmod: '2025-01-02T00:00:00Z' },
      { url: `${SITE}b/`, lastmod: '2025-01-01T23:00:00-05:00' },
      { url: `${SITE}c/` },
    ];
    const files = sitemapFiles(pages, SITE, 2);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', SITEMAP_INDEX]);
    expect(files.get('sitemap-1.xml')).toContain(`<url><loc>${SITE}c/</loc></url>`);
    // 23:00 at UTC−5 is 04:00 the next day in UTC: later than midnight UTC.
    expect(files.get(SITEMAP_INDEX)).toContain(
      `<sitemap><loc>${SITE}sitemap-0.xml</loc><lastmod>2025-01-01T23:00:00-05:00</lastmod></sitemap>\n` +
        `<sitemap><loc>${SITE}sitemap-1.xml</loc></sitemap>`,
    );
  });

  it('gives the same bytes whatever order the pages come in, and a sitemap for no pages', () => {
    const urls = ['x/page/01/', 'x/page/1/', 'x/Page/1/', 'x/', 'y/'].map((path) => ({
      url: `${SITE}${path}`,
    }));
    const once = sitemapFiles(urls, SITE);
    expect(sitemapFiles([...urls].reverse(), SITE)).toEqual(once);
    expect(sitemapFiles([...urls.slice(2), ...urls.slice(0, 2)], SITE)).toEqual(once);
    // No pages: an empty sitemap, so the index robots.txt names is there.
    const none = sitemapFiles([], SITE);
    expect([...none.keys()]).toEqual(['sitemap-0.xml', SITEMAP_INDEX]);
    expect(none.get('sitemap-0.xml')).toMatch(/<urlset [^>]+>\n<\/urlset>\n$/);
  });
});

describe('unlistedPaths', () => {
  it('leaves out each edition’s not-found and search pages, the CMS and moved stories, exactly', () => {
    const paths = unlistedPaths('/noticias-ñ/', ['', 'es'], ['/noticias-ñ/articles/old/']);
    expect([...paths].sort()).toEqual([
      '/noticias-ñ/404/',
      '/noticias-ñ/admin/',
      '/noticias-ñ/articles/old/',
      '/noticias-ñ/es/not-found/',
      '/noticias-ñ/es/search/',
      '/noticias-ñ/search/',
    ]);
    // Stories and topics named like them stay listed, as does a site whose base is /admin/.
    for (const path of [
      '/noticias-ñ/articles/search/',
      '/noticias-ñ/topics/admin/',
      '/noticias-ñ/page/404/',
    ])
      expect(paths.has(path)).toBe(false);
    expect(unlistedPaths('/admin/', [''], []).has('/admin/')).toBe(false);
  });
});
