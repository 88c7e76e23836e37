import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, listFiles, readBuilt, temporaryFolders } from './astroBuild.ts';

const NOW = '2026-06-01T00:00:00Z';
const folder = temporaryFolders();

/** How many stories the corpus has: more than a first page (20), so section blocks have some. */
const STORIES = 32;

/**
 * A newsroom's month: every story is in Politics (the lead among them), every third in Economy
 * too, the newest is featured. Weather is a section with no story; `Sceince` one that names no
 * topic. Story `n` is dated May `n`-ish, newest last.
 */
function writeCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= STORIES; n++) {
    const tags = n % 3 === 0 ? '[Politics, Economy]' : '[Politics]';
    const day = new Date(Date.UTC(2026, 3, 1) + n * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(
      join(dir, `story-${String(n).padStart(2, '0')}.md`),
      [
        '---',
        `title: "Council story number ${n}"`,
        `date: ${day}`,
        `summary: "What the council did on day ${n}."`,
        `tags: ${tags}`,
        ...(n === STORIES ? ['featured: true'] : []),
        '---',
        '',
        `The council met on day ${n} and voted.`,
        '',
      ].join('\n'),
    );
  }
}

/** The story links of a page's main content, in order: every headline's href. */
function headlineLinks(html: string): string[] {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return [...main.matchAll(/<a class="headline-link"[^>]* href="([^"]+)"/g)].map((m) => m[1]!);
}

/** A page's HTML and the stylesheets it links, gzipped together: what its first load costs. */
function gzippedWithCss(out: string, file: string): number {
  const html = readBuilt(out, file);
  const sheets = [...html.toString('utf8').matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)];
  return sheets.reduce(
    (total, [, path]) => total + gzipSync(readBuilt(out, path!), { level: 9 }).length,
    gzipSync(html, { level: 9 }).length,
  );
}

describe('front pages', () => {
  const out = folder('fronts-out');
  let run = { status: 0 as number | null, output: '' };
  const read = (file: string) => readBuilt(out, file).toString('utf8');

  beforeAll(() => {
    const content = folder('fronts-content');
    writeCorpus(content);
    run = astroBuild({
      DATELINE_CONTENT: `content,${content}`,
      DATELINE_OUT_DIR: out,
      DATELINE_NOW: NOW,
      DATELINE_SECTIONS: 'Politics,Weather,Economy,Sceince',
    });
    if (run.status !== 0) throw new Error(run.output);
  });

  it('shows no story twice on the front page, though the lead is in a section too', () => {
    const links = headlineLinks(read('index.html'));
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((link, i) => links.indexOf(link) !== i)).toEqual([]);
    // The featured story leads; the first page's twenty stories come first, newest first.
    expect(links[0]).toBe(`/articles/story-${STORIES}/`);
    expect(links.slice(0, 20)).toEqual(
      Array.from({ length: 20 }, (_, i) => `/articles/story-${STORIES - i}/`),
    );
  });

  it('shows a section block with stories no earlier part shows, and hides empty ones', () => {
    const html = read('index.html');
    const blocks = [...html.matchAll(/<section class="section"[^>]*>[\s\S]*?<\/section>/g)].map(
      (m) => m[0],
    );
    // Politics: its newest stories are all on the first page; the block takes the next ones.
    // Economy: every Economy story on the first page is skipped too. Weather and the misspelt
    // section have no stories: no block, no heading.
    const names = blocks.map((block) => />([^<>]+)<\/a><\/h2>/.exec(block)?.[1]);
    expect(names).toEqual(['Politics', 'Economy']);
    const politics = headlineLinks(`<main>${blocks[0]}</main>`);
    expect(politics).toEqual([
      '/articles/story-12/',
      '/articles/story-11/',
      '/articles/story-10/',
      '/articles/story-09/',
    ]);
    expect(html).not.toContain('>Weather<');
    expect(html).not.toContain('Sceince');
  });

  it('lays out a section front the same way, each story once, its masthead link marked', () => {
    const html = read('topics/politics/index.html');
    const links = headlineLinks(html);
    expect(links.length).toBe(20);
    expect(new Set(links).size).toBe(links.length);
    expect(html).toMatch(/<a href="\/topics\/politics\/"[^>]* aria-current="page"/);
    expect(html).toContain('href="/topics/politics/rss.xml"');
  });

  it('keeps the front within 30 KB and an article within 14 KB gzipped, HTML and CSS, with no script', () => {
    const front = gzippedWithCss(out, 'index.html');
    expect(front).toBeLessThanOrEqual(30 * 1024);
    const article = gzippedWithCss(out, 'articles/story-32/index.html');
    expect(article).toBeLessThanOrEqual(14 * 1024);
    // The CSS comes with the page, in its first round trip: no stylesheet to wait for.
    expect(read('index.html')).toMatch(/<style>(?:(?!<\/style>).)*\.teaser\[/s);
    // Only the search box's own stylesheet, and the CMS's preview styles (for editors, not readers).
    expect(listFiles(out).filter((file) => file.endsWith('.css'))).toEqual([
      'admin/preview.css',
      'pagefind/pagefind-ui.css',
    ]);
    for (const file of [
      'index.html',
      'articles/story-32/index.html',
      'topics/politics/index.html',
    ]) {
      const scripts = read(file).match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? [];
      expect(scripts, file).toEqual([]);
    }
  });
});
