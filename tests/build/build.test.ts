import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE, readSeedStory } from '../fixtures/seed.ts';
import { netlifyHeaders } from '../hostRules.ts';
import { metaPolicy } from '../../src/lib/securityPolicy.ts';
import { ROOT, astroBuild, listFiles, readBuilt, temporaryFolders } from './astroBuild.ts';

const CONTENT = 'content,tests/fixtures/site';
const NOW = '2026-06-01T00:00:00Z';
const outDir = temporaryFolders();

describe('astro build', () => {
  it('gives byte-identical output whatever TZ the build machine has', () => {
    const outputs = ['America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => {
      const out = outDir('tz');
      const run = astroBuild({
        TZ: tz,
        DATELINE_CONTENT: CONTENT,
        DATELINE_OUT_DIR: out,
        DATELINE_NOW: NOW,
      });
      expect(run.status, run.output).toBe(0);
      return out;
    });
    const [a, b] = outputs as [string, string];
    const files = listFiles(a);
    expect(files.length).toBeGreaterThan(5);
    expect(listFiles(b)).toEqual(files);
    for (const file of files) {
      expect(readBuilt(b, file).equals(readBuilt(a, file)), file).toBe(true);
    }
  });

  it('publishes the seed story verbatim with its calendar date, and no drafts', async () => {
    const out = outDir('seed');
    // NODE_ENV=development must not turn a build into a draft preview.
    const run = astroBuild({
      TZ: 'Pacific/Kiritimati',
      NODE_ENV: 'development',
      DATELINE_CONTENT: CONTENT,
      DATELINE_OUT_DIR: out,
      DATELINE_NOW: NOW,
    });
    expect(run.status, run.output).toBe(0);
    const html = readBuilt(out, `articles/${SEED_ARTICLE.slug}/index.html`).toString('utf8');
    // The caption's credit sits in its own element, so compare the page's text, tags removed.
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/&[#a-z0-9]+;/i);
    for (const paragraph of readSeedStory().paragraphs) expect(text).toContain(paragraph);
    // The date's spaces are no-break spaces: a line never breaks inside it.
    expect(html).toContain('<time datetime="2025-04-18">April\u00a018,\u00a02025</time>');
    const files = listFiles(out);
    expect(files.filter((file) => file.includes('draft'))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      expect(readBuilt(out, file).toString('utf8'), file).not.toContain(
        'draft that must not be published',
      );
    }

    // Every page has a policy in _headers, as a host sends it, and the same policy (less what
    // a meta tag cannot carry) in the page itself.
    const headersOf = await netlifyHeaders(join(out, '_headers'));
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const path = `/${file.replace(/index\.html$/, '')}`;
      const policy = headersOf(path)['Content-Security-Policy'];
      expect(policy, file).toBeDefined();
      const html = readBuilt(out, file).toString('utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      expect(meta?.replaceAll('&#39;', "'"), file).toBe(metaPolicy(policy!));
    }

    // An updated story says so on the index, not only on its page.
    const index = readBuilt(out, 'index.html').toString('utf8');
    expect(index).toMatch(/Updated <time datetime="[^"]+">/);

    // The seed has no photo: it is shared with a drawn card, 1200×630, with its headline inked.
    const card = /<meta property="og:image" content="http:[^"]*?\/(cards\/[^"]+\.png)">/.exec(
      html,
    )?.[1];
    expect(card, 'og:image of the seed').toBeDefined();
    const { data, info } = await sharp(readBuilt(out, card!))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1200, 630]);
    expect(data.filter((grey) => grey < 128).length).toBeGreaterThan(5000);
  });

  it('shares a story past the drawnCardDays setting with the site’s card, drawn once', async () => {
    const out = outDir('site-card');
    const settingsFile = join(outDir('site-card-settings'), 'site.yaml');
    writeFileSync(
      settingsFile,
      `${readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')}\ndrawnCardDays: 400\n`,
    );
    // Six weeks after the seed story's day (2025-04-18) and 400 days on: in and out of its days.
    const shared = (now: string) => {
      const run = astroBuild({
        DATELINE_SETTINGS: settingsFile,
        DATELINE_CONTENT: CONTENT,
        DATELINE_OUT_DIR: out,
        DATELINE_NOW: now,
      });
      expect(run.status, run.output).toBe(0);
      const html = readBuilt(out, `articles/${SEED_ARTICLE.slug}/index.html`).toString('utf8');
      const image = /<meta property="og:image" content="http:[^"]*?\/(cards\/[^"]+\.png)">/.exec(
        html,
      );
      const alt = /<meta property="og:image:alt" content="([^"]*)">/.exec(html);
      return { card: image?.[1], alt: alt?.[1], cards: listFiles(join(out, 'cards')) };
    };
    const before = shared('2025-05-30T12:00:00Z');
    expect(before.card).toMatch(new RegExp(`^cards/${SEED_ARTICLE.slug}-[0-9a-f]{16}\\.png$`));
    const after = shared('2026-05-23T12:00:00Z');
    expect(after.card).toMatch(/^cards\/site-[0-9a-f]{16}\.png$/);
    expect(after.alt).toMatch(/^Dateline: /);
    // The story's own card is no longer published; the site's card is, with the site's name inked.
    expect(after.cards).not.toContain(before.card!.slice('cards/'.length));
    expect(after.cards).toContain(after.card!.slice('cards/'.length));
    const { data } = await sharp(readBuilt(out, after.card!))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data.filter((grey) => grey < 128).length).toBeGreaterThan(2000);
  });

  it('writes a site in Arabic: right to left, every word of the site and every date in Arabic', () => {
    const out = outDir('arabic');
    const run = astroBuild({
      DATELINE_LANG: 'ar',
      DATELINE_CONTENT: CONTENT,
      DATELINE_OUT_DIR: out,
      DATELINE_NOW: NOW,
    });
    expect(run.status, run.output).toBe(0);
    const read = (file: string) => readBuilt(out, file).toString('utf8');
    const story = read('articles/long-read/index.html');
    expect(story).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl"/);
    expect(story).toContain('>10\u00a0فبراير\u00a02025</time>');
    expect(story).toContain('1 دقيقة قراءة');
    expect(story).toMatch(/>المواضيع<\/a>/);
    expect(story).toContain('تصحيح، <time');
    expect(story).toContain('aria-label="منجز"');
    // No word of the English interface is left on any page.
    for (const file of listFiles(out).filter((f) => f.endsWith('.html'))) {
      expect(read(file), file).not.toMatch(
        />(?:Topics|Archive|Skip to content|Latest|Related|Search)</,
      );
      expect(read(file), file).not.toMatch(/min read|Updated |Correction, /);
    }
    expect(read('archive/index.html')).toMatch(/مقال/);
  });

  it('writes a site in English and Spanish: an edition per language, translations linked both ways', async () => {
    const out = outDir('languages');
    // The site's settings, with a description for the Spanish edition and none for the Arabic.
    const settingsFile = join(outDir('languages-settings'), 'site.yaml');
    writeFileSync(
      settingsFile,
      `${readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')}editions:\n  - lang: es\n    description: 'Noticias al momento <b>&</b> "más".'\n`,
    );
    const run = astroBuild({
      DATELINE_CONTENT: `${CONTENT},tests/fixtures/translations`,
      DATELINE_SETTINGS: settingsFile,
      DATELINE_OUT_DIR: out,
      DATELINE_NOW: NOW,
    });
    expect(run.status, run.output).toBe(0);
    const read = (file: string) => readBuilt(out, file).toString('utf8');
    const origin = 'http://localhost:4321';
    const alternates = [
      `<link rel="alternate" hreflang="en" href="${origin}/articles/long-read/">`,
      `<link rel="alternate" hreflang="ar" href="${origin}/ar/articles/qiraa-tawila/">`,
      `<link rel="alternate" hreflang="es" href="${origin}/es/articles/lectura-larga/">`,
      `<link rel="alternate" hreflang="x-default" href="${origin}/articles/long-read/">`,
    ].join('');

    // The original keeps its URL; each version links to every other, and says which is which.
    const original = read('articles/long-read/index.html');
    expect(original).toMatch(/^<!DOCTYPE html><html lang="en" dir="ltr"/);
    expect(original).toContain(alternates);
    expect(original).toMatch(
      /<a href="\/es\/articles\/lectura-larga\/" hreflang="es" lang="es"[^>]*>español<\/a>/,
    );
    const spanish = read('es/articles/lectura-larga/index.html');
    expect(spanish).toMatch(/^<!DOCTYPE html><html lang="es" dir="ltr"/);
    expect(spanish).toContain(alternates);
    expect(spanish).toContain('>10\u00a0de\u00a0febrero\u00a0de\u00a02025</time>');
    expect(spanish).toMatch(/>Temas<\/a>/);
    expect(spanish).toContain('"translationOfWork"');
    expect(spanish).toMatch(
      /<a href="\/articles\/long-read\/" hreflang="en" lang="en"[^>]*>English<\/a>/,
    );
    expect(read('ar/articles/qiraa-tawila/index.html')).toMatch(
      /^<!DOCTYPE html><html lang="ar" dir="rtl"/,
    );
    // A story in a regional variant keeps its own tag in the language's edition.
    expect(read('es/articles/solo-en-espanol/index.html')).toMatch(
      /^<!DOCTYPE html><html lang="es-MX"/,
    );

    // Each edition has its own index, topics, archive, feeds and search, in its language.
    const home = read('es/index.html');
    expect(home).toContain('href="/es/articles/solo-en-espanol/"');
    // Profiles have no Spanish edition: the footer's link to them says it leads to English.
    expect(home).toMatch(/<a href="\/authors\/" hreflang="en"[^>]*>\s*Periodistas\s*<\/a>/);
    expect(read('index.html')).toMatch(/<a href="\/authors\/"[^>]*>\s*Journalists\s*<\/a>/);
    expect(read('index.html')).not.toMatch(/<a href="\/authors\/" hreflang/);
    expect(home).not.toContain('href="/articles/long-read/"');
    expect(read('index.html')).not.toContain('lectura-larga');
    expect(read('es/topics/pruebas/index.html')).toContain('href="/es/articles/lectura-larga/"');
    expect(read('es/topics/index.html')).toMatch(/Economía/);
    expect(read('es/archive/2025/02/index.html')).toContain('Noticias de febrero de 2025.');
    expect(read('es/archive/2025/index.html')).toContain('Noticias de 2025.');
    expect(read('es/archive/2025/index.html')).toContain('href="/es/archive/2025/02/"');
    expect(read('es/archive/index.html')).toContain('href="/es/archive/2025/"');
    // Each edition describes the site in its language, where the settings give it one.
    // Markup an editor types there is text, escaped where it stands.
    expect(home).toContain(
      '<meta name="description" content="Noticias al momento <b>&amp;</b> &quot;más&quot;.">',
    );
    expect(home).toMatch(
      /<p data-astro-cid-\w+>Noticias al momento &lt;b&gt;&amp;&lt;\/b&gt; &quot;más&quot;.<\/p>/,
    );
    // RSS readers read a description as HTML: the text is escaped for HTML, then for XML.
    expect(read('es/rss.xml')).toContain(
      '<description>Noticias al momento &amp;lt;b&amp;gt;&amp;amp;&amp;lt;/b&amp;gt; &quot;más&quot;.</description>',
    );
    expect(read('ar/index.html')).toMatch(
      /<p lang="en" data-astro-cid-\w+><bdi data-astro-cid-\w+>News, as it happens/,
    );
    expect(read('index.html')).toMatch(/<p data-astro-cid-\w+>News, as it happens/);
    expect(read('es/rss.xml')).toContain('<language>es</language>');
    expect(read('es/rss.xml')).toContain(`<link>${origin}/es/articles/lectura-larga/</link>`);
    expect(read('rss.xml')).not.toContain('lectura-larga');
    expect(read('es/search/index.html')).toMatch(/data-bundles="\/pagefind\/es-2025\/"/);
    expect(read('pagefind/es-2025/pagefind-entry.json')).toContain('"es"');
    // Every page links to the other editions' front pages.
    expect(read('topics/index.html')).toMatch(
      /<a href="\/es\/" hreflang="es" lang="es"[^>]*>español<\/a>/,
    );

    // The sitemap carries the same alternates; a moved Spanish story redirects under /es/.
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain(
      `<xhtml:link rel="alternate" hreflang="es" href="${origin}/es/articles/lectura-larga/"/>`,
    );
    // Not the not-found pages, which answer for pages that are not there, in either language.
    expect(read('es/not-found/index.html')).toContain('lang="es"');
    expect(sitemap).toContain(`<loc>${origin}/es/topics/</loc>`);
    expect(sitemap).not.toMatch(/404|not-found/);
    expect(read('_redirects')).toContain(
      '/es/articles/direccion-antigua/ /es/articles/lectura-larga/ 301!\n',
    );
    // The Spanish search page may run Pagefind, as the English one may; its stories may not.
    const headersOf = await netlifyHeaders(join(out, '_headers'));
    const policy = (path: string) => headersOf(path)['Content-Security-Policy'];
    expect(policy('/es/search/')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy('/es/articles/lectura-larga/')).not.toContain('script-src');
    // A story in one language only links to no other.
    expect(read('articles/wide-content/index.html')).not.toContain('hreflang="es" href');
  });

  it('writes newsroom pages: moved stories, author pages and feeds, corrections', () => {
    const out = outDir('newsroom');
    const run = astroBuild({ DATELINE_CONTENT: CONTENT, DATELINE_OUT_DIR: out, DATELINE_NOW: NOW });
    expect(run.status, run.output).toBe(0);
    const read = (file: string) => readBuilt(out, file).toString('utf8');

    // A moved story: a 301 for hosts that read _redirects, a page that sends readers on for the rest.
    expect(read('_redirects')).toContain(
      '/articles/old-long-read-address/ /articles/long-read/ 301\n',
    );
    const moved = read('articles/old-long-read-address/index.html');
    expect(moved).toContain('<meta http-equiv="refresh" content="0; url=/articles/long-read/">');
    expect(moved).toContain(
      '<link rel="canonical" href="http://localhost:4321/articles/long-read/">',
    );
    expect(read('sitemap-0.xml')).not.toContain('old-long-read-address');

    // An author: a page with the profile and their stories, a feed, and bylines that link to it.
    const author = read('authors/first-author/index.html');
    expect(author).toContain('Test fixture correspondent');
    expect(author).toContain('"@type":"ProfilePage"');
    expect(author).toMatch(/href="\/articles\/long-read\/"/);
    // The index of authors: above each author's name, and listing each with their count.
    expect(author).toMatch(/<p class="kicker"[^>]*><a href="\/authors\/"[^>]*>Journalists<\/a>/);
    const authors = read('authors/index.html');
    expect(authors).toMatch(/<h1[^>]*>Journalists<\/h1>/);
    expect(authors).toMatch(
      /<a href="\/authors\/first-author\/"[^>]*>First Author<\/a><\/p><p class="role"[^>]*>Test fixture correspondent<\/p><p class="count"[^>]*>\d+ articles<\/p>/,
    );
    expect(read('sitemap-0.xml')).toContain('<loc>http://localhost:4321/authors/</loc>');
    // Every page's footer links it, once it is there, in each edition's words.
    expect(read('index.html')).toMatch(
      /<li[^>]*><a href="\/authors\/"[^>]*>Journalists<\/a><\/li>/,
    );
    expect(read('404.html')).toContain('<a href="/authors/"');
    expect(read('authors/first-author/rss.xml')).toContain(
      '<link>http://localhost:4321/articles/long-read/</link>',
    );
    const story = read('articles/long-read/index.html');
    expect(story).toMatch(/<a href="\/authors\/first-author\/"[^>]*>First Author<\/a>/);
    expect(story).toContain('"url":"http://localhost:4321/authors/first-author/"');
    expect(run.output).not.toMatch(
      /first-author\.md(?::\d+)? name: "First Author" is in no byline/,
    );
    expect(run.output).not.toContain('is in no byline');

    // A correction: on the page, in the feeds, and as the story's last change.
    expect(story).toMatch(
      /Correction, <time datetime="2025-02-12"[^>]*>February 12, 2025<\/time>:/,
    );
    expect(read('rss.xml')).toContain('Correction, February 12, 2025:');
    expect(story).toContain(
      '<meta property="article:modified_time" content="2025-02-12T00:00:00Z">',
    );
    expect(read('sitemap-0.xml')).toMatch(/long-read\/<\/loc><lastmod>2025-02-12T00:00:00Z</);
  });

  it('refuses a cache folder inside the output folder, naming both, and empties nothing', () => {
    const out = outDir('overlap');
    writeFileSync(join(out, 'keep.txt'), 'a file the deployer left');
    const run = astroBuild({ DATELINE_OUT_DIR: out, DATELINE_CACHE_DIR: join(out, 'cache') });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(`the cache folder ${join(out, 'cache')} and the output folder`);
    expect(listFiles(out)).toEqual(['keep.txt']);
  });

  it('refuses an output folder beside the project named like it, saying where to build', () => {
    // `/srv/site-out` beside `/srv/site`: Astro takes it for a folder inside, and fails later
    // with a missing package.
    const project = ROOT.replace(/\/$/, '');
    const out = mkdtempSync(`${project}-out-`);
    try {
      const run = astroBuild({ DATELINE_OUT_DIR: out });
      expect(run.status).not.toBe(0);
      expect(run.output).toContain(`the output folder ${out} is outside the project ${project}`);
      expect(run.output).not.toContain('Cannot find package');
      expect(listFiles(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('fails on invalid front matter, naming every file and field at once', () => {
    const out = outDir('invalid');
    const run = astroBuild({ DATELINE_CONTENT: 'tests/fixtures/invalid', DATELINE_OUT_DIR: out });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      'tests/fixtures/invalid/bad-date.md:3 date: "2025-02-30" is not a real date (February 2025 has 28 days)',
    );
    expect(run.output).toContain('tests/fixtures/invalid/nested/bad-fields.md:2 title: is empty');
    expect(run.output).toContain(
      'tests/fixtures/invalid/nested/bad-fields.md:4 tags: expected a list of strings',
    );
    expect(run.output).toContain(
      'tests/fixtures/invalid/nested/bad-fields.md:5 draft: expected true or false',
    );
    expect(run.output).toContain('4 errors in 2 files');
    expect(listFiles(out)).toEqual([]);
  });
});
