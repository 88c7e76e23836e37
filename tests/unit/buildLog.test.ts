import { describe, expect, it } from 'vitest';
import {
  editorSummary,
  emptyFacts,
  isPageLine,
  plainLine,
  readBuildLine,
} from '../../src/lib/buildLog.ts';

/** A build's log as Astro prints it, page lines run together as they are when pages render at once. */
const LOG = [
  '09:35:22 [content] Syncing content',
  '09:35:24 [dateline-articles] held back until 2026-06-02 00:00 UTC: content/embargoed.md',
  '09:35:24 [dateline-articles] 10 published, 1 draft, 1 scheduled (first release: 2026-06-02 00:00 UTC)',
  '09:35:24 [WARN] [dateline-articles] content/x.md:4 desk: is not a known field and is ignored (…)',
  '09:35:24 [WARN] [dateline-articles] 1 warning: check before publishing',
  '09:35:27   ├─ /404.html09:35:27   ├─ /authors/first-author/rss.xml09:35:27   ├─ /news-sitemap.xml (+64ms) ',
  '09:35:27   └─ /topics/index.html (+9ms) ',
  ' (+8ms) ',
  '\u001b[2m09:35:27\u001b[22m   ├─ \u001b[34m/index.html\u001b[39m \u001b[2m(+10ms)\u001b[22m',
  '09:35:27 ✓ Completed in 626ms.',
  '09:35:28 [build] 29 page(s) built in 7.29s',
];

describe('the build log', () => {
  it('tells the page lines, coloured or not, from the lines an editor reads', () => {
    expect(LOG.filter(isPageLine).length).toBe(4);
    expect(LOG.filter((line) => !isPageLine(line)).map(plainLine)).toEqual([
      LOG[0],
      LOG[1],
      LOG[2],
      LOG[3],
      LOG[4],
      '09:35:27 ✓ Completed in 626ms.',
      '09:35:28 [build] 29 page(s) built in 7.29s',
    ]);
  });

  const SITE = {
    uploadRoot: 'dist/',
    url: 'https://news.example.com',
    base: '/',
    settingsFile: 'content/site.yaml',
  };

  it('ends with what was published, what is held back, the warnings and where the site is', () => {
    const facts = emptyFacts();
    for (const line of LOG) readBuildLine(facts, line);
    expect(editorSummary(facts, true, SITE)).toEqual([
      'Stories: 10 published, 1 draft, 1 scheduled (first release: 2026-06-02 00:00 UTC).',
      '  held back until 2026-06-02 00:00 UTC: content/embargoed.md',
      '1 warning: check before publishing (each is above, marked [WARN]).',
      'The site is in dist/, 29 pages: upload that folder (npm run preview serves it here; npm run build -- --pages lists every page).',
    ]);
  });

  it('lists five held-back stories at most, and says when nothing was published', () => {
    const facts = emptyFacts();
    for (let i = 1; i <= 7; i++) {
      readBuildLine(
        facts,
        `[dateline-articles] held back until 2026-06-0${i} 00:00 UTC: content/${i}.md`,
      );
    }
    const lines = editorSummary(facts, true, SITE);
    expect(lines.filter((line) => line.startsWith('  held back'))).toHaveLength(5);
    expect(lines).toContain('  and 2 more held back (npm run scheduled lists them all)');
    expect(lines).toContain('No warnings.');
    expect(editorSummary(facts, false, SITE)).toEqual([
      'The build failed: nothing was published (fix what is above; npm run check:content checks without building).',
    ]);
  });

  it('gives the preview the base the site was built under', () => {
    const lines = editorSummary(emptyFacts(), true, { ...SITE, base: '/news/' });
    expect(lines.at(-1)).toBe(
      'The site is in dist/: upload that folder (BASE_PATH=/news/ npm run preview serves it here; npm run build -- --pages lists every page).',
    );
    const elsewhere = editorSummary(emptyFacts(), true, {
      ...SITE,
      base: '/news/',
      uploadRoot: 'out news/',
      outDir: 'out news',
    });
    expect(elsewhere.at(-1)).toBe(
      "The site is in out news/: upload that folder (BASE_PATH=/news/ DATELINE_OUT_DIR='out news' npm run preview serves it here; npm run build -- --pages lists every page).",
    );
  });

  it("says when the site's address is this computer's, which no reader can follow", () => {
    for (const url of ['http://localhost:4321', 'http://127.0.0.1:8080']) {
      const lines = editorSummary(emptyFacts(), true, { ...SITE, url });
      expect(lines.at(-1)).toBe(
        `Its address is ${url} (url: in content/site.yaml): its feeds, sitemaps and share links lead to this computer, not to your site. Before uploading, set url: to the site's address, or build with SITE_URL=https://…`,
      );
    }
    expect(editorSummary(emptyFacts(), true, SITE).join('\n')).not.toContain('Its address');
  });

  it("says what the CMS lacks to open on a site built for its host, not on one for this computer's", () => {
    const cmsProblem = 'its github backend needs the repository editors save to';
    expect(editorSummary(emptyFacts(), true, { ...SITE, base: '/news/', cmsProblem }).at(-1)).toBe(
      'The CMS at /news/admin/ will not open: its github backend needs the repository editors save to.',
    );
    const local = { ...SITE, url: 'http://localhost:4321', cmsProblem };
    expect(editorSummary(emptyFacts(), true, local).join('\n')).not.toContain('CMS');
    expect(editorSummary(emptyFacts(), true, SITE).join('\n')).not.toContain('CMS');
  });
});
