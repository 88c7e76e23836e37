import { describe, expect, it } from 'vitest';
import { ADMIN_SCRIPTS, adminPage, sectionsOf } from '../../src/cms/adminPage.ts';

describe('adminPage', () => {
  it('loads the CMS scripts from its folder, under its policy, out of search engines', () => {
    const site = {
      name: 'The Daily',
      timeZone: 'Europe/London',
      lang: 'es',
      localFolder: false,
      sections: ['Politics', 'Q&A "Live"'],
    };
    const html = adminPage(site, "default-src 'self'; frame-ancestors 'none'");
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<script defer src="([^"]+)"><\/script>/g)).toEqual(
      ADMIN_SCRIPTS.map((src) => `<script defer src="${src}"></script>`),
    );
    // A <meta> policy cannot carry frame-ancestors: browsers ignore it there.
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`,
    );
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<title>Editing — The Daily</title>');
    // The preview's dates and the checks of their order read the site's zone and language.
    expect(html).toContain('<meta name="dateline-time-zone" content="Europe/London">');
    expect(html).toContain('<meta name="dateline-lang" content="es">');
    // Whether a save only writes a file on this computer, for the words of Decap's Publish.
    expect(html).toContain('<meta name="dateline-local-folder" content="no">');
    expect(adminPage({ ...site, localFolder: true }, "default-src 'self'")).toContain(
      '<meta name="dateline-local-folder" content="yes">',
    );
    // The sections, for the label over a headline in the preview, read back as they were given.
    const sections = /<meta name="dateline-sections" content="([^"]*)">/.exec(html)![1]!;
    expect(sectionsOf(sections.replaceAll('&quot;', '"').replaceAll('&amp;', '&'))).toEqual([
      'Politics',
      'Q&A "Live"',
    ]);
    expect(sectionsOf(undefined)).toEqual([]);
    expect(sectionsOf('not json')).toEqual([]);
    expect(html).toContain('<link rel="icon" href="../favicon.svg" type="image/svg+xml">');
  });

  it('escapes the site name', () => {
    const site = {
      name: '<Q&A> "News"',
      timeZone: 'UTC',
      lang: 'en',
      localFolder: true,
      sections: [],
    };
    expect(adminPage(site, "default-src 'self'")).toContain(
      '<title>Editing — &lt;Q&amp;A&gt; &quot;News&quot;</title>',
    );
  });
});

describe('the CMS script', () => {
  it('bundles for the browser: the modules it reads use none of Node’s but its stand-in', async () => {
    const { GET } = await import('../../src/pages/admin/admin.js.ts');
    const response = await GET();
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    // The checks before a save are in it, words and all.
    expect(await response.text()).toContain('is not a real date');
  }, 30_000);
});
