import { describe, expect, it } from 'vitest';
import { articleMeta, jsonLdText, websiteMeta } from '../../src/lib/meta.ts';

const site = {
  name: 'Dateline',
  url: 'https://site.example',
  timeZone: 'UTC',
  homeUrl: 'https://site.example/news/',
  logoUrl: 'https://site.example/news/favicon.svg',
};

describe('articleMeta', () => {
  it('describes a NewsArticle with dates, authors, image and publisher', () => {
    const meta = articleMeta(
      {
        url: '/news/articles/x/',
        title: 'T',
        summary: 'S',
        date: '2025-04-18',
        updated: '2025-04-19T08:00:00+02:00',
        authors: ['Jane Doe'],
        tags: ['Syria'],
        image: { src: '/news/i.jpg', alt: 'A' },
      },
      site,
    );
    expect(meta).toMatchObject({
      type: 'article',
      published: '2025-04-18T00:00:00Z',
      modified: '2025-04-19T06:00:00Z',
      image: { url: 'https://site.example/news/i.jpg', alt: 'A' },
      tags: ['Syria'],
      jsonLd: {
        '@type': 'NewsArticle',
        headline: 'T',
        datePublished: '2025-04-18T00:00:00Z',
        dateModified: '2025-04-19T06:00:00Z',
        author: [{ '@type': 'Person', name: 'Jane Doe' }],
        image: ['https://site.example/news/i.jpg'],
        mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://site.example/news/articles/x/' },
        publisher: { '@type': 'NewsMediaOrganization', name: 'Dateline' },
      },
    });
  });

  it('describes the site with a search action', () => {
    const meta = websiteMeta({
      ...site,
      description: 'D',
      searchUrl: 'https://site.example/news/search/',
    });
    expect(meta.jsonLd).toMatchObject({
      '@type': 'WebSite',
      potentialAction: { target: 'https://site.example/news/search/?q={search_term_string}' },
    });
  });
});

describe('jsonLdText', () => {
  it('cannot end its script element, and parses back to the same data', () => {
    const data = { headline: 'A </script><script>alert(1)</script> & \u2028 <!--' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
