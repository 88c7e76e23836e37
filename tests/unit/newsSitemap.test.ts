import { describe, expect, it } from 'vitest';
import { newsSitemap } from '../../src/lib/newsSitemap.ts';

describe('newsSitemap', () => {
  it('lists only the two days before now, with publication name, language and title', () => {
    const now = Date.UTC(2025, 3, 19, 12);
    const xml = newsSitemap(
      [
        { url: '/future/', title: 'Future', date: '2025-04-19T13:00:00Z' },
        { url: '/today/', title: 'Today & <now>', date: '2025-04-19' },
        { url: '/edge/', title: 'Edge', date: '2025-04-17T12:00:01Z' },
        { url: '/old/', title: 'Old', date: '2025-04-17T12:00:00Z' },
      ],
      { now, siteUrl: 'https://site.example', name: 'Dateline', lang: 'en', timeZone: 'UTC' },
    );
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://site.example/today/',
      'https://site.example/edge/',
    ]);
    expect(xml).toContain('<news:title>Today &amp; &lt;now&gt;</news:title>');
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:news=/,
    );
  });
});
