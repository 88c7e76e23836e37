import { describe, expect, it } from 'vitest';
import {
  absolutizeHtml,
  atomFeed,
  jsonFeed,
  mediaContent,
  toFeedItems,
} from '../../src/lib/feedFormats.ts';
import { escapeXml } from '../../src/lib/xml.ts';

const article = (n: number, extra: Record<string, unknown> = {}) => ({
  url: `/news/articles/a${n}/`,
  title: `Title ${n} & <b>"q"</b>`,
  date: `2025-01-${String(n).padStart(2, '0')}`,
  summary: `Summary ${n}`,
  html: `<p><a href="/news/x/">x</a> <a href="#fn">fn</a> <a href="https://other.example/">o</a></p>`,
  authors: [],
  tags: [],
  ...extra,
});

const meta = {
  title: 'Site',
  description: 'D',
  homeUrl: 'https://s.example/',
  feedUrl: 'https://s.example/atom.xml',
  lang: 'en',
};

describe('feeds', () => {
  it('makes site and fragment links absolute and leaves others alone', () => {
    const html = absolutizeHtml(
      '<a href="/a/">a</a><img src="/i.png"><a href="#n">n</a><a href="//cdn.example/x">c</a><a href="https://o.example/">o</a>',
      'https://site.example/news/articles/x/',
    );
    expect(html).toBe(
      '<a href="https://site.example/a/">a</a><img src="https://site.example/i.png"><a href="https://site.example/news/articles/x/#n">n</a><a href="https://cdn.example/x">c</a><a href="https://o.example/">o</a>',
    );
  });

  it('resolves relative paths and srcset, and leaves text that looks like a link alone', () => {
    const html = absolutizeHtml(
      '<p><a href="../other-story/">o</a> <code>&#x3C;a href="/docs"></code> <code>href="/docs"</code></p><picture><source srcset="/a.avif 1x, b.avif 2x"></picture>',
      'https://site.example/news/articles/x/',
    );
    expect(html).toContain('href="https://site.example/news/articles/other-story/"');
    expect(html).toContain('<code>&#x3C;a href="/docs"></code> <code>href="/docs"</code>');
    expect(html).toContain(
      'srcset="https://site.example/a.avif 1x, https://site.example/news/articles/x/b.avif 2x"',
    );
  });

  it('keeps characters XML forbids out of every item', () => {
    const [item] = toFeedItems(
      [article(1, { title: 'A\u001b[1mB\u0000', html: '<p>x\u000by</p>', tags: ['t\u0007'] })],
      'https://site.example',
      'UTC',
    );
    const text = JSON.stringify(item);
    expect(text).not.toMatch(/\\u00(?:0[0-8bcef]|1[0-9a-f])/);
    expect(item!.title).toBe('A[1mB');
    expect(atomFeed(meta, [item!])).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('takes the newest 50 with RFC 3339 dates in the site zone', () => {
    const items = toFeedItems(
      Array.from({ length: 60 }, (_, i) => article((i % 28) + 1)),
      'https://site.example',
      'America/New_York',
    );
    expect(items).toHaveLength(50);
    expect(items[0]).toMatchObject({
      url: 'https://site.example/news/articles/a1/',
      published: '2025-01-01T00:00:00-05:00',
      updated: '2025-01-01T00:00:00-05:00',
    });
  });

  it('escapes titles in Atom and takes "updated" from the newest item, never the clock', () => {
    const items = toFeedItems(
      [article(2, { updated: '2025-03-01T10:00:00Z' }), article(1)],
      'https://s.example',
      'UTC',
    );
    const atom = atomFeed(meta, items);
    expect(atom).toContain(`<title type="text">${escapeXml('Title 2 & <b>"q"</b>')}</title>`);
    expect(atom).toContain('<updated>2025-03-01T10:00:00Z</updated>\n  <author>');
    expect(JSON.parse(jsonFeed(meta, items)).items[0].title).toBe('Title 2 & <b>"q"</b>');
  });

  it('carries a lead picture as an enclosure in Atom, an image in JSON Feed and media:content in RSS', () => {
    const [item] = toFeedItems(
      [
        article(1, {
          enclosure: { url: '/news/_astro/a.jpg', type: 'image/jpeg', width: 960, height: 640 },
        }),
      ],
      'https://s.example',
      'UTC',
    );
    expect(item!.enclosure).toEqual({
      url: 'https://s.example/news/_astro/a.jpg',
      type: 'image/jpeg',
      width: 960,
      height: 640,
    });
    expect(atomFeed(meta, [item!])).toContain(
      '<link rel="enclosure" href="https://s.example/news/_astro/a.jpg" type="image/jpeg"/>',
    );
    expect(JSON.parse(jsonFeed(meta, [item!])).items[0].image).toBe(
      'https://s.example/news/_astro/a.jpg',
    );
    expect(mediaContent(item!.enclosure!)).toBe(
      '<media:content url="https://s.example/news/_astro/a.jpg" medium="image" type="image/jpeg" width="960" height="640"/>',
    );
  });

  it('gives no summary for a story whose body shows no words, rather than an empty one', () => {
    const items = toFeedItems(
      [article(2, { summary: '', html: '' }), article(1)],
      'https://s.example',
      'UTC',
    );
    const atom = atomFeed(meta, items);
    expect(atom.match(/<summary type="text">[^<]*<\/summary>/g)).toEqual([
      '<summary type="text">Summary 1</summary>',
    ]);
    const json = JSON.parse(jsonFeed(meta, items)).items;
    expect(json[0]).not.toHaveProperty('summary');
    expect(json[0].content_html).toBe('');
    expect(json[1].summary).toBe('Summary 1');
  });

  it('escapes every XML special character', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
