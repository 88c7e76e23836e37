import { describe, expect, it } from 'vitest';
import { type LinkCheckSite, brokenSiteLinks } from '../../src/content/linkChecks.ts';

const NOW = Date.UTC(2026, 11, 4, 12);

/** What the check reads of a record. */
type Record = Parameters<typeof brokenSiteLinks>[0][number];

describe('brokenSiteLinks', () => {
  const SITE = {
    base: '/',
    siteUrl: 'https://news.example',
    lang: 'en',
    timeZone: 'UTC',
    now: NOW,
  };
  /** A record with only what the check reads: its slug, date, status, tags, byline and links. */
  const linking = (
    hrefs: string[],
    date = '2026-12-01',
    draft = false,
    more: Partial<Record> = {},
  ): Record => ({
    slug: 'linking',
    filePath: 'content/linking.md',
    date,
    draft,
    lang: 'en',
    tags: [],
    authors: [],
    siteLinks: hrefs.map((href, i) => ({ href, line: 10 + i })),
    ...more,
  });
  const story = (slug: string, date: string, draft = false, aliases: string[] = []) => ({
    slug,
    aliases,
    file: `content/${slug}.md`,
    date,
    draft,
  });
  const STORIES = [
    story('linking', '2026-12-01'),
    story('harbour-reopens', '2026-11-20', false, ['harbour-reopened']),
    story('budget-leak', '2026-11-30', true),
    story('election-result', '2026-12-10T18:00:00Z'),
    { ...story('lluvias-costa', '2026-11-20'), lang: 'es-MX' },
  ];
  const AUTHORS = [
    { name: 'Ana Ruiz', slug: 'ana-ruiz' },
    { name: 'New Hire', slug: 'new-hire' },
  ];
  const messages = (records: Record[], site: LinkCheckSite = SITE) =>
    brokenSiteLinks(records, STORIES, AUTHORS, site).map((p) => `${p.file}:${p.line} ${p.message}`);

  it('lets through links to published stories, by slug, alias or full address', () => {
    expect(
      messages([
        linking([
          '/articles/harbour-reopens/',
          '../harbour-reopened/',
          'https://news.example/articles/harbour-reopens/#map',
          'https://elsewhere.example/articles/nothing/',
        ]),
      ]),
    ).toEqual([]);
  });

  it('tells a link to no story, with the address of the nearest one in its edition', () => {
    expect(
      messages([
        linking([
          '/articles/harbour-reopns/',
          '/articles/nothing-like-it/',
          '/articles/harbour-reopend/',
          '/articles/lluvias-cost/',
          '/articles/harbour-reopens.html',
        ]),
      ]),
    ).toEqual([
      'content/linking.md:10 the link "/articles/harbour-reopns/" leads to no story: no story has the slug "harbour-reopns" (did you mean /articles/harbour-reopens/? copy the address of the story\'s page, or remove the link)',
      'content/linking.md:11 the link "/articles/nothing-like-it/" leads to no story: no story has the slug "nothing-like-it" (copy the address of the story\'s page, or remove the link)',
      // Nearest to an old address: the story's own address is the one to write.
      'content/linking.md:12 the link "/articles/harbour-reopend/" leads to no story: no story has the slug "harbour-reopend" (did you mean /articles/harbour-reopens/? copy the address of the story\'s page, or remove the link)',
      'content/linking.md:13 the link "/articles/lluvias-cost/" leads to no story: no story has the slug "lluvias-cost" (did you mean /es/articles/lluvias-costa/? copy the address of the story\'s page, or remove the link)',
      'content/linking.md:14 the link "/articles/harbour-reopens.html" leads to no page: a story\'s page is a folder, /articles/harbour-reopens/, not an .html file (write it as /articles/harbour-reopens/)',
    ]);
  });

  it('tells a link whose folder no page has, with the address to write', () => {
    expect(messages([linking(['/article/harbour-reopens/', '/tags/weather/'])])).toEqual([
      'content/linking.md:10 the link "/article/harbour-reopens/" leads to no page: the site has no /article/ folder (write it as /articles/harbour-reopens/)',
      'content/linking.md:11 the link "/tags/weather/" leads to no page: the site has no /tags/ folder (write it as /topics/weather/)',
    ]);
  });

  it('tells a site path no page of the build or of public/ is at, with the story its end names', () => {
    const site = { ...SITE, publicPage: (path: string) => path === '/about/' };
    expect(
      messages(
        [
          linking([
            '/harbour-reopens/',
            '/2026/11/harbour-reopened',
            '/nope-page/',
            '/de/archive/',
            '/about/',
            '/es/archive/',
            '/archive/2026/11/',
            '/',
            '/archive/2024/01/',
            '/archive/2026/',
            '/archive/2024',
          ]),
        ],
        site,
      ),
    ).toEqual([
      'content/linking.md:10 the link "/harbour-reopens/" leads to no page: neither the build nor public/ has one at /harbour-reopens/ (a story\'s page is in /articles/: write it as /articles/harbour-reopens/)',
      'content/linking.md:11 the link "/2026/11/harbour-reopened" leads to no page: neither the build nor public/ has one at /2026/11/harbour-reopened (a story\'s page is in /articles/: write it as /articles/harbour-reopens/)',
      'content/linking.md:12 the link "/nope-page/" leads to no page: neither the build nor public/ has one at /nope-page/ (copy the page\'s address from the site, or remove the link)',
      'content/linking.md:13 the link "/de/archive/" leads to no page: neither the build nor public/ has one at /de/archive/ (copy the page\'s address from the site, or remove the link)',
      'content/linking.md:18 the link "/archive/2024/01/" leads to no page: the archive has a page for each month with stories, and none is dated January 2024 (link a month that has some, or the archive itself, /archive/)',
      'content/linking.md:20 the link "/archive/2024" leads to no page: the archive has a page for each year with stories, and none is dated 2024 (link a year that has some, or the archive itself, /archive/)',
    ]);
  });

  it('tells a link to a part another story does not have, with the nearest it has', () => {
    const harbour = {
      ...linking([], '2026-11-20'),
      slug: 'harbour-reopens',
      filePath: 'content/harbour-reopens.md',
      sections: ['reaction-from-the-harbour', 'fn-1'],
    };
    expect(
      messages([
        harbour,
        linking([
          '/articles/harbour-reopens/#reaction-from-harbour',
          '../harbour-reopened/#reaction-from-the-harbour',
          '/articles/harbour-reopens/#user-content-fn-1',
          '/articles/harbour-reopens/#corrections-heading',
          '/articles/harbour-reopens/#top',
          '/articles/budget-leak/#x',
          'https://news.example/articles/harbour-reopens/#fn-1',
        ]),
      ]),
    ).toEqual([
      'content/linking.md:10 the link "/articles/harbour-reopens/#reaction-from-harbour" leads to /articles/harbour-reopens/, which has no heading or note "#reaction-from-harbour", so readers land at the top of that story (did you mean /articles/harbour-reopens/#reaction-from-the-harbour? a heading\'s link is its words in lower case, spaces as hyphens; or link the story without it)',
      'content/linking.md:11 the link "../harbour-reopened/#reaction-from-the-harbour" names the story by its old address, which forwards to /articles/harbour-reopens/ without "#reaction-from-the-harbour" where a host has no redirects (write it as /articles/harbour-reopens/#reaction-from-the-harbour)',
      'content/linking.md:15 the link "/articles/budget-leak/#x" leads to content/budget-leak.md, a draft, so readers find no page there (publish that story first, or remove the link)',
      'content/linking.md:16 the link "https://news.example/articles/harbour-reopens/#fn-1" is the site\'s full address, which the build leaves as written, so readers land at the top of the story, not at "#fn-1" (write it as a site path, /articles/harbour-reopens/#fn-1)',
    ]);
  });

  it('quotes a link as written, and keeps its part in the address to write instead', () => {
    expect(
      messages([
        linking(['/articles/lluvias-costa/#qu%C3%A9-pasa', '/article/harbour-reopens/#map']),
      ]),
    ).toEqual([
      'content/linking.md:10 the link "/articles/lluvias-costa/#qué-pasa" leads to no page: content/lluvias-costa.md is in Spanish, at /es/articles/lluvias-costa/ (write it as /es/articles/lluvias-costa/#qué-pasa)',
      'content/linking.md:11 the link "/article/harbour-reopens/#map" leads to no page: the site has no /article/ folder (write it as /articles/harbour-reopens/#map)',
    ]);
  });

  it('tells a link to a draft or to a story held back until after this one is out', () => {
    expect(messages([linking(['../budget-leak/', '../election-result/'])])).toEqual([
      'content/linking.md:10 the link "../budget-leak/" leads to content/budget-leak.md, a draft, so readers find no page there (publish that story first, or remove the link)',
      'content/linking.md:11 the link "../election-result/" leads to content/election-result.md, held back until 2026-12-10 18:00 UTC, so until then readers find no page there (hold this story until then too, or add the link once that one is out)',
    ]);
  });

  it('says nothing of a draft linking to a draft, or of a story held back as long as the one it links to', () => {
    expect(messages([linking(['../budget-leak/'], '2026-12-01', true)])).toEqual([]);
    expect(messages([linking(['../election-result/'], '2026-12-11')])).toEqual([]);
  });

  it('tells a link read from the story page itself, or to a preview on this computer', () => {
    expect(
      messages([linking(['harbour-reopens/', 'http://localhost:4321/articles/harbour-reopens/'])]),
    ).toEqual([
      'content/linking.md:10 the link "harbour-reopens/" is read from this story\'s own address, so it leads to /articles/linking/harbour-reopens/, which is no page (write it as ../harbour-reopens/)',
      'content/linking.md:11 the link "http://localhost:4321/articles/harbour-reopens/" leads to this computer (localhost:4321), copied from a preview: readers cannot reach it (write it as /articles/harbour-reopens/)',
    ]);
  });

  it("reads a story's address in its language's edition, from a story of any edition", () => {
    expect(
      messages([
        linking(['/articles/lluvias-costa/', '/es/articles/harbour-reopens/', '../lluvias-costa/']),
      ]),
    ).toEqual([
      'content/linking.md:10 the link "/articles/lluvias-costa/" leads to no page: content/lluvias-costa.md is in Spanish, at /es/articles/lluvias-costa/ (write it as /es/articles/lluvias-costa/)',
      'content/linking.md:11 the link "/es/articles/harbour-reopens/" leads to no page: content/harbour-reopens.md is in the site\'s own language, at /articles/harbour-reopens/ (write it as /articles/harbour-reopens/)',
      'content/linking.md:12 the link "../lluvias-costa/" leads to no page: content/lluvias-costa.md is in Spanish, at /es/articles/lluvias-costa/ (write it as /es/articles/lluvias-costa/)',
    ]);
    const spanish = { lang: 'es', slug: 'aqui', filePath: 'content/aqui.md' };
    expect(
      messages([
        linking(
          ['/es/articles/lluvias-costa/', '../lluvias-costa/', '/articles/harbour-reopens/'],
          '2026-12-01',
          false,
          spanish,
        ),
      ]),
    ).toEqual([]);
  });

  it('tells a link to a file beside the story or the profile, which is not published', () => {
    expect(messages([linking(['report.pdf'])])).toEqual([
      'content/linking.md:10 the link "report.pdf" leads to /articles/linking/report.pdf, but files beside a story are not published as they are, photos being made into the page\'s pictures (put the file in public/, as public/files/report.pdf, and link it as /files/report.pdf)',
    ]);
  });

  it('tells a site path written with the base path, which the build would double', () => {
    expect(
      messages([linking(['/news/articles/harbour-reopens/'])], { ...SITE, base: '/news/' }),
    ).toEqual([
      'content/linking.md:10 the link "/news/articles/harbour-reopens/" starts with the site\'s base path /news, which the build puts in front of it again, so it leads nowhere (write it as /articles/harbour-reopens/)',
    ]);
  });

  /** Published and held-back stories with tags and bylines, beside the linking one. */
  const tagged = (slug: string, date: string, tags: string[], authors: string[], lang = 'en') =>
    linking([], date, false, { slug, filePath: `content/${slug}.md`, tags, authors, lang });
  const OTHERS = [
    tagged('harbour-reopens', '2026-11-20', ['Weather', 'Port news'], ['Ana Ruiz']),
    tagged('election-result', '2026-12-10T18:00:00Z', ['Elections'], ['New Hire']),
    tagged('lluvias', '2026-11-20', ['Lluvias'], [], 'es'),
    { ...tagged('budget-leak', '2026-11-30', ['Budget'], ['Ana Ruiz']), draft: true },
  ];

  it("lets through links to topics and authors with a page, and to the story's own tags", () => {
    expect(
      messages([
        linking(
          [
            '/topics/weather/',
            '/topics/port-news/',
            '/es/topics/lluvias/',
            'https://news.example/authors/ana-ruiz/',
            '/topics/rates/',
          ],
          '2026-12-01',
          false,
          { tags: ['Rates'] },
        ),
        ...OTHERS,
      ]),
    ).toEqual([]);
  });

  it("tells a link to no topic, a topic at another edition's address, or one whose stories are all held back", () => {
    expect(
      messages([
        linking([
          '/topics/wether/',
          '/topics/lluvias/',
          '../../topics/elections/',
          '/topics/budget/',
        ]),
        ...OTHERS,
      ]),
    ).toEqual([
      'content/linking.md:10 the link "/topics/wether/" leads to no topic: no published story has a tag whose page is "wether" (did you mean /topics/weather/? copy the address of the topic\'s page, or remove the link)',
      'content/linking.md:11 the link "/topics/lluvias/" leads to no page: the topic "lluvias" is of stories in Spanish, at /es/topics/lluvias/ (write it as /es/topics/lluvias/)',
      'content/linking.md:12 the link "../../topics/elections/" leads to the topic page "elections", whose first story is held back until 2026-12-10 18:00 UTC, so until then readers find no page there (hold this story until then too, or add the link once that one is out)',
      'content/linking.md:13 the link "/topics/budget/" leads to the topic page "budget", whose stories are all drafts, so readers find no page there (publish one of them first, or remove the link)',
    ]);
  });

  it('says nothing of a draft linking to a page not out yet, or of a story held back as long', () => {
    const links = ['/topics/elections/', '/topics/budget/', '/authors/new-hire/'];
    expect(messages([linking(links, '2026-12-01', true), ...OTHERS])).toEqual([]);
    expect(messages([linking(links.slice(0, 1), '2026-12-11'), ...OTHERS])).toEqual([]);
    expect(messages([linking(links.slice(2), '2026-12-11'), ...OTHERS])).toEqual([]);
  });

  it('tells a link to no author, or to a profile with no published story yet', () => {
    expect(messages([linking(['/authors/ana-ruis/', '/authors/new-hire/']), ...OTHERS])).toEqual([
      'content/linking.md:10 the link "/authors/ana-ruis/" leads to no author: no author profile has the slug "ana-ruis" (did you mean /authors/ana-ruiz/? copy the address of the author\'s page, give them a profile as authors/ana-ruis.md in the content folder, or remove the link)',
      'content/linking.md:11 the link "/authors/new-hire/" leads to the page of New Hire, whose first story is held back until 2026-12-10 18:00 UTC, so until then readers find no page there (hold this story until then too, or add the link once that one is out)',
    ]);
    expect(messages([linking(['/authors/new-hire/'])], { ...SITE, now: undefined })).toEqual([
      'content/linking.md:10 the link "/authors/new-hire/" leads to the page of New Hire, whom no byline names yet, so readers find no page there (the page comes with their first published story)',
    ]);
    // The story whose byline names the profile brings its page out with it.
    expect(
      messages([
        linking(['/authors/new-hire/'], '2026-12-01', false, { authors: ['New Hire'] }),
        ...OTHERS,
      ]),
    ).toEqual([]);
  });

  it('tells a link to the index of authors before any story by a profiled author is out', () => {
    // Ana Ruiz has a published story: the index is there.
    expect(messages([linking(['/authors/']), ...OTHERS])).toEqual([]);
    const later = [OTHERS[1]!, OTHERS[2]!];
    expect(messages([linking(['/authors/']), ...later])).toEqual([
      'content/linking.md:10 the link "/authors/" leads to the index of journalists, whose first story is held back until 2026-12-10 18:00 UTC, so until then readers find no page there (hold this story until then too, or add the link once that one is out)',
    ]);
    // Out with or after the first profiled story, or naming a profile itself: there by then.
    expect(messages([linking(['/authors/'], '2026-12-11'), ...later])).toEqual([]);
    expect(
      messages([linking(['/authors/'], '2026-12-01', false, { authors: ['Ana Ruiz'] })]),
    ).toEqual([]);
    expect(messages([linking(['/authors/'])])).toEqual([
      'content/linking.md:10 the link "/authors/" leads to the index of journalists, which comes with the first published story by a journalist with a profile, so readers find no page there (give a journalist with a published story a profile in authors/ in the content folder, or remove the link)',
    ]);
    expect(messages([linking(['/authors/'], '2026-12-01', true)])).toEqual([]);
  });

  /** A profile whose bio has the links `hrefs`, from line 5 of its file. */
  const profile = (name: string, slug: string, hrefs: string[]) => ({
    name,
    slug,
    filePath: `content/authors/${slug}.md`,
    bioLinks: hrefs.map((href, i) => ({ href, line: 5 + i })),
  });
  const bioMessages = (authors: ReturnType<typeof profile>[]) =>
    brokenSiteLinks(OTHERS, STORIES, [...AUTHORS, ...authors], SITE).map(
      (p) => `${p.file}:${p.line} ${p.message}`,
    );

  it('reads the links of a bio from the author page, out with their first story', () => {
    expect(
      bioMessages([
        profile('Ana Ruiz', 'ana-ruiz', [
          '/articles/harbour-reopens/',
          '/authors/ana-ruiz/',
          '/topics/weather/',
          '/articles/budget-leak/',
          '../../articles/election-result/',
          'harbour-reopens/',
          '../harbour-reopens/',
        ]),
      ]),
    ).toEqual([
      'content/authors/ana-ruiz.md:8 the link "/articles/budget-leak/" leads to content/budget-leak.md, a draft, so readers find no page there (publish that story first, or remove the link)',
      'content/authors/ana-ruiz.md:9 the link "../../articles/election-result/" leads to content/election-result.md, held back until 2026-12-10 18:00 UTC, so until then readers find no page there (add the link once that one is out)',
      'content/authors/ana-ruiz.md:10 the link "harbour-reopens/" is read from the author page\'s address, so it leads to /authors/ana-ruiz/harbour-reopens/, which is no page (write it as /articles/harbour-reopens/)',
      'content/authors/ana-ruiz.md:11 the link "../harbour-reopens/" leads to no author: no author profile has the slug "harbour-reopens", a story does (write it as /articles/harbour-reopens/)',
    ]);
  });

  it('says nothing of a bio linking to what comes out with its page, or of one no story brings out', () => {
    const held = ['/articles/election-result/', '/topics/elections/'];
    expect(bioMessages([profile('New Hire', 'new-hire', held)])).toEqual([]);
    expect(
      bioMessages([profile('Nobody Yet', 'nobody-yet', ['/articles/budget-leak/', ...held])]),
    ).toEqual([]);
    // A link that leads to nothing ever is told all the same.
    expect(bioMessages([profile('Nobody Yet', 'nobody-yet', ['/articles/nothing/'])])).toEqual([
      'content/authors/nobody-yet.md:5 the link "/articles/nothing/" leads to no story: no story has the slug "nothing" (copy the address of the story\'s page, or remove the link)',
    ]);
  });

  it("tells a link to a story's or profile's file with the page's address to write, and its page's standing", () => {
    const nested = { ...linking([]), filePath: 'content/2026/linking/linking.md' };
    const files = [
      { ...story('harbour-reopens', '2026-11-20'), file: 'content/2026/harbour/harbour.md' },
      { ...story('budget-leak', '2026-11-30', true), file: 'content/2026/budget/budget-leak.md' },
      { ...story('lluvias-costa', '2026-11-20'), file: 'content/es/lluvias.md', lang: 'es' },
    ];
    const authors = [
      { name: 'Ana Ruiz', slug: 'ana-ruiz', filePath: 'content/authors/ana-ruiz.md' },
    ];
    const told = (hrefs: string[]) =>
      brokenSiteLinks(
        [
          {
            ...nested,
            authors: ['Ana Ruiz'],
            siteLinks: hrefs.map((href, i) => ({ href, line: 3 + i })),
          },
        ],
        files,
        authors,
        SITE,
      ).map((p) => `${p.file}:${p.line} ${p.message}`);
    expect(
      told([
        '../harbour/harbour.md#map',
        '/content/2026/harbour/harbour.md',
        '../../es/lluvias.md',
        '../../authors/ana-ruiz.md',
        '../budget/budget-leak.md',
        './harbour.md',
        '/files/notes.md',
      ]),
    ).toEqual([
      'content/2026/linking/linking.md:3 the link "../harbour/harbour.md#map" leads to the file content/2026/harbour/harbour.md, which readers never see: its page is /articles/harbour-reopens/ (write it as /articles/harbour-reopens/#map)',
      'content/2026/linking/linking.md:4 the link "/content/2026/harbour/harbour.md" leads to the file content/2026/harbour/harbour.md, which readers never see: its page is /articles/harbour-reopens/ (write it as /articles/harbour-reopens/)',
      'content/2026/linking/linking.md:5 the link "../../es/lluvias.md" leads to the file content/es/lluvias.md, which readers never see: its page is /es/articles/lluvias-costa/ (write it as /es/articles/lluvias-costa/)',
      'content/2026/linking/linking.md:6 the link "../../authors/ana-ruiz.md" leads to the file content/authors/ana-ruiz.md, which readers never see: its page is /authors/ana-ruiz/ (write it as /authors/ana-ruiz/)',
      'content/2026/linking/linking.md:7 the link "../budget/budget-leak.md" leads to the file content/2026/budget/budget-leak.md, which readers never see: its page is /articles/budget-leak/ (write it as /articles/budget-leak/); written so, it leads to content/2026/budget/budget-leak.md, a draft, so readers find no page there (publish that story first, or remove the link)',
      // No story's file: the nearest by name, when one is named so. A site path is public/'s.
      "content/2026/linking/linking.md:8 the link \"./harbour.md\" leads to content/2026/linking/harbour.md, which is no story's or profile's file, and markdown files are not published as they are (did you mean content/2026/harbour/harbour.md, whose page is /articles/harbour-reopens/? link a story by its page's address, /articles/<slug>/)",
    ]);
  });
});
