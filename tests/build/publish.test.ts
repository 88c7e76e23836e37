import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, listFiles } from './astroBuild.ts';
import { nuHtmlCheck } from './htmlChecker.ts';
import { brokenSitemapUrls, checkLinks } from './linkCheck.ts';

const SITE = 'https://news.example.com';
const HOSTILE_TITLE = 'Test fixture: <script>alert("title")</script> & "quotes" </title>';
const builds = {
  root: { base: '/', dir: '' },
  news: { base: '/news/', dir: '' },
};

beforeAll(() => {
  for (const build of Object.values(builds)) {
    build.dir = mkdtempSync(join(tmpdir(), 'dateline-publish-'));
    const run = astroBuild({
      SITE_URL: SITE,
      BASE_PATH: build.base,
      // Stories in Spanish and Arabic too: every language's pages are checked like the rest.
      DATELINE_CONTENT: 'content,tests/fixtures/site,tests/fixtures/translations',
      DATELINE_OUT_DIR: build.dir,
      DATELINE_NOW: '2025-04-19T12:00:00Z',
    });
    if (run.status !== 0) throw new Error(run.output);
  }
});

afterAll(() => {
  for (const build of Object.values(builds)) rmSync(build.dir, { recursive: true, force: true });
});

/** The site's own folder in the upload: its base folder (`news/` for /news/). */
const siteDir = (build: keyof typeof builds) => join(builds[build].dir, builds[build].base);
const read = (build: keyof typeof builds, file: string) =>
  readFileSync(join(siteDir(build), file), 'utf8');

describe.each(Object.keys(builds) as (keyof typeof builds)[])('the %s build', (name) => {
  const { base } = builds[name];
  const abs = (path: string) => `${SITE}${base}${path}`;

  it('has no broken internal link, asset, form target or fragment', () => {
    const { checked, broken } = checkLinks(siteDir(name), SITE, base);
    expect(checked).toBeGreaterThan(300);
    expect(broken).toEqual([]);
  });

  it('names only existing pages in its sitemaps, with lastmod from updated or date', () => {
    const index = read(name, 'sitemap-index.xml');
    expect(index).toContain(`<loc>${abs('sitemap-0.xml')}</loc>`);
    const sitemap = read(name, 'sitemap-0.xml');
    expect(brokenSitemapUrls(siteDir(name), sitemap, base)).toEqual([]);
    expect(sitemap).toContain(
      `<loc>${abs('articles/with-image/')}</loc><lastmod>2025-01-16T09:30:00Z</lastmod>`,
    );
    expect(sitemap).toContain(
      `<loc>${abs('articles/tie-alpha/')}</loc><lastmod>2025-04-17T00:00:00Z</lastmod>`,
    );
    expect(sitemap).not.toContain('search/');
    expect(brokenSitemapUrls(siteDir(name), read(name, 'news-sitemap.xml'), base)).toEqual([]);
  });

  it('names the sitemaps in robots.txt with absolute URLs', () => {
    expect(read(name, 'robots.txt')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${abs('sitemap-index.xml')}\nSitemap: ${abs('news-sitemap.xml')}\n`,
    );
  });

  it.each(['rss.xml', 'atom.xml'])(
    'publishes %s: newest first, absolute URLs, escaped titles, full HTML',
    (file) => {
      const feed = parseFeed(read(name, file));
      expect(feed.title).toBe('Dateline');
      const items = feed.items;
      // Published articles only: no draft, nothing after the pinned now.
      expect(items.map((item) => item.url)).toEqual([
        abs('articles/same-day-evening/'),
        abs('articles/us-to-withdraw-600-troops-from-syria/'),
        abs('articles/tie-alpha/'),
        abs('articles/tie-beta/'),
        abs('articles/hostile/'),
        abs('articles/long-read/'),
        abs('articles/wide-content/'),
        abs('articles/with-image/'),
        abs('articles/rtl/'),
      ]);
      const times = items.map((item) => item.published!.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(items[4]!.title).toBe(HOSTILE_TITLE);
      expect(items[1]!.content).toContain('<figcaption>This combination of photos');
      expect(items[1]!.published!.toISOString()).toBe('2025-04-18T00:00:00.000Z');
      // Links inside the HTML are absolute, under the base path.
      expect(items[6]!.content).toContain(
        `href="${abs('articles/wide-content/')}#user-content-fn-1"`,
      );
    },
  );

  it('publishes a JSON Feed 1.1 with the same items', () => {
    const feed = JSON.parse(read(name, 'feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(abs('feed.json'));
    expect(feed.items).toHaveLength(9);
    expect(feed.items[4].title).toBe(HOSTILE_TITLE);
    expect(feed.items[7]).toMatchObject({
      url: abs('articles/with-image/'),
      date_published: '2025-01-15T00:00:00Z',
      date_modified: '2025-01-16T09:30:00Z',
      authors: [{ name: 'First Author' }, { name: 'Second Author' }],
    });
  });

  it('publishes an RSS feed per topic', () => {
    const feed = parseFeed(read(name, 'topics/us-military/rss.xml'));
    expect(feed.items.map((item) => item.url)).toEqual([
      abs('articles/us-to-withdraw-600-troops-from-syria/'),
      abs('articles/rtl/'),
    ]);
  });

  it('lists the two days before now in the Google News sitemap', () => {
    const xml = read(name, 'news-sitemap.xml');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      abs('articles/same-day-evening/'),
      abs('articles/us-to-withdraw-600-troops-from-syria/'),
    ]);
    expect(xml).toContain('<news:name>Dateline</news:name>');
    expect(xml).toContain('<news:language>en</news:language>');
    expect(xml).toContain('<news:publication_date>2025-04-18T20:00:00Z</news:publication_date>');
  });

  it('redirects the old URLs of moved stories under the base path, both ways', () => {
    expect(readFileSync(join(builds[name].dir, '_redirects'), 'utf8')).toContain(
      `${base}articles/old-long-read-address/ ${base}articles/long-read/ 301\n`,
    );
    const moved = read(name, 'articles/old-long-read-address/index.html');
    expect(moved).toContain(
      `<meta http-equiv="refresh" content="0; url=${base}articles/long-read/">`,
    );
    expect(moved).toContain(`<link rel="canonical" href="${abs('articles/long-read/')}">`);
  });

  it('writes _headers and _redirects at the root of the upload, for the paths under the base, and nowhere else', () => {
    const headers = readFileSync(join(builds[name].dir, '_headers'), 'utf8');
    expect(headers).toContain(`\n${base}*\n`);
    expect(headers).toContain(`\n${base}search/*\n`);
    const files = listFiles(builds[name].dir);
    expect(files.filter((file) => /(?:^|\/)_(?:headers|redirects)$/.test(file))).toEqual([
      '_headers',
      '_redirects',
    ]);
    // Everything else is in the base folder.
    const outside = files.filter((file) => !`/${file}`.startsWith(base));
    expect(outside.filter((file) => !file.startsWith('_'))).toEqual([]);
  });
});

describe('HTML validity', () => {
  it('every page passes the Nu HTML Checker with no errors', () => {
    const pages = listFiles(builds.root.dir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const run = nuHtmlCheck(pages.map((p) => join(builds.root.dir, p)));
    expect(run.error, 'java not found: install a Java 11+ runtime').toBeUndefined();
    const output = run.output;
    expect(output).not.toMatch(/^Error:/m);
    expect(run.status, output).toBe(0);
  });
});
