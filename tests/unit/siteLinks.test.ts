import { describe, expect, it } from 'vitest';
import {
  linkedContentFile,
  mayBeSiteFile,
  mayLeadToPage,
  meantAddress,
  siteLinkTarget,
  namesThisComputer,
  storySectionHref,
  withPageSlash,
} from '../../src/lib/siteLinks.ts';

const HERE = { kind: 'story', edition: '', slug: 'here' } as const;
const AT_ROOT = { from: HERE, base: '/', siteUrl: 'https://news.example' };
const UNDER_NEWS = { from: HERE, base: '/news/', siteUrl: 'https://news.example/news/' };

describe('mayLeadToPage', () => {
  it.each([
    ['/articles/harbour/', true],
    ['../harbour/', true],
    ['https://news.example/articles/harbour/', true],
    ['https://elsewhere.example/articles/x/', true],
    ['#section', false],
    ['mailto:desk@news.example', false],
    ['/topics/weather/', true],
    ['/es/topics/lluvias/', true],
    ['/authors/ana-ruiz/', true],
    ['/archive/2025/04/', true],
    ['/storm-closes-coast-road/', true],
    ['/about', true],
    ['/files/report.pdf', false],
    ['https://news.example/about/', false],
    ['/tags/weather/', true],
    ['https://elsewhere.example/', false],
    ['', false],
    // A story's file, linked as a program that edits markdown links it: its page was meant.
    ['../../2026/harbour/harbour.md', true],
    ['/content/harbour.markdown#map', true],
    ['https://github.com/x/y/blob/main/README.md', false],
  ])('%j: %j', (href, expected) => {
    expect(mayLeadToPage(href)).toBe(expected);
  });
});

describe('linkedContentFile', () => {
  const FROM = 'content/2026/council/council.md';
  it.each([
    ['../harbour/harbour.md', 'content/2026/harbour/harbour.md'],
    ['./notes.md#x', 'content/2026/council/notes.md'],
    ['notes.markdown?raw=1', 'content/2026/council/notes.markdown'],
    ['/content/2026/harbour/harbour.md', 'content/2026/harbour/harbour.md'],
    ['../caf%C3%A9/caf%C3%A9.md', 'content/2026/café/café.md'],
    ['../harbour/', undefined],
    ['../harbour/photo.jpg', undefined],
    ['https://news.example/x.md', undefined],
    ['//news.example/x.md', undefined],
    ['mailto:x.md', undefined],
  ])('%j: %j', (href, expected) => {
    expect(linkedContentFile(href, FROM)).toBe(expected);
  });
});

describe('withPageSlash', () => {
  it.each([
    ['/articles/harbour', '/articles/harbour/'],
    ['../harbour', '../harbour/'],
    ['../harbour#map', '../harbour/#map'],
    ['/es/articles/lluvias?x=1', '/es/articles/lluvias/?x=1'],
    ['/topics/weather', '/topics/weather/'],
    ['../../authors/ana-ruiz', '../../authors/ana-ruiz/'],
    // As they are: pages already, files, other places, and a slip the link check tells.
    ['/articles/harbour/', '/articles/harbour/'],
    ['/files/report.pdf', '/files/report.pdf'],
    ['/archive/2025', '/archive/2025'],
    ['harbour', 'harbour'],
    ['https://news.example/articles/x', 'https://news.example/articles/x'],
    ['//elsewhere.example/articles/x', '//elsewhere.example/articles/x'],
    ['#reaction', '#reaction'],
    ['mailto:desk@news.example', 'mailto:desk@news.example'],
  ])('%j: %j', (href, expected) => {
    expect(withPageSlash(href)).toBe(expected);
  });
});

describe('meantAddress', () => {
  it.each([
    ['www.example.com', 'https://www.example.com'],
    ['example.org/page?x=1', 'https://example.org/page?x=1'],
    ['news.example.co.uk', 'https://news.example.co.uk'],
    ['desk@example.com', 'mailto:desk@example.com'],
    ['report.pdf', undefined],
    ['notes.md', undefined],
    ['./www.example.com', undefined],
    ['../harbour/', undefined],
    ['https://example.com', undefined],
    ['HTTP://example.com', undefined],
    ['https//union.example/statement', 'https://union.example/statement'],
    ['http//union.example', 'http://union.example'],
    ['htps://union.example/a', 'https://union.example/a'],
    ['htttps://union.example', 'https://union.example'],
    ['htp://union.example', 'https://union.example'],
    ['https:///union.example', undefined],
    ['httpd/conf', undefined],
  ])('%j: %j', (href, expected) => {
    expect(meantAddress(href)).toBe(expected);
  });
});

describe('mayBeSiteFile', () => {
  it.each([
    ['/files/report.pdf', true],
    ['/files/plan%202026.pdf?x=1#page=2', true],
    ['/images/chart.png', true],
    ['/articles/harbour/', false],
    ['/rss.xml', false],
    ['/es/feed.json', false],
    ['/cards/harbour.png', false],
    ['report.pdf', false],
    ['//cdn.example/report.pdf', false],
    ['https://example.com/report.pdf', false],
  ])('%j: %j', (href, expected) => {
    expect(mayBeSiteFile(href)).toBe(expected);
  });
});

describe('siteLinkTarget', () => {
  it.each([
    ['/articles/harbour/', 'harbour'],
    ['/articles/harbour', 'harbour'],
    ['/articles/harbour/index.html', 'harbour'],
    ['/articles/harbour/?ref=x#quotes', 'harbour'],
    ['../harbour/', 'harbour'],
    ['../harbour', 'harbour'],
    ['https://news.example/articles/harbour/', 'harbour'],
    ['//news.example/articles/harbour/', 'harbour'],
    ['/articles/caf%C3%A9/', 'café'],
  ])('at the root, %j leads to the story %j', (href, slug) => {
    expect(siteLinkTarget(href, AT_ROOT)).toEqual({ kind: 'story', edition: '', slug });
  });

  it.each([
    ['/articles/harbour/', 'harbour'],
    ['../harbour/', 'harbour'],
    ['https://news.example/news/articles/harbour/', 'harbour'],
  ])('under /news/, %j leads to the story %j', (href, slug) => {
    expect(siteLinkTarget(href, UNDER_NEWS)).toEqual({ kind: 'story', edition: '', slug });
  });

  it.each([
    ['http://news.example/articles/harbour/', AT_ROOT],
    ['https://www.news.example/articles/harbour/', AT_ROOT],
    ['https://WWW.News.Example/news/articles/harbour/', UNDER_NEWS],
  ])('reads %j as this site: http or https, www. or not', (href, site) => {
    expect(siteLinkTarget(href, site)).toEqual({ kind: 'story', edition: '', slug: 'harbour' });
  });

  it.each([
    ['harbour/', '../harbour/'],
    ['./harbour', '../harbour/'],
  ])('tells %j, read from the story page itself, to be written %j', (href, instead) => {
    expect(siteLinkTarget(href, AT_ROOT)).toEqual({
      kind: 'below the page',
      path: '/articles/here/harbour/',
      slug: 'harbour',
      instead,
    });
  });

  it("reads a story in another language's edition, and links from one", () => {
    const spanish = {
      ...UNDER_NEWS,
      from: { kind: 'story', edition: 'es', slug: 'aqui' },
    } as const;
    expect(siteLinkTarget('/es/articles/lluvias/', AT_ROOT)).toEqual({
      kind: 'story',
      edition: 'es',
      slug: 'lluvias',
    });
    expect(siteLinkTarget('../lluvias/', spanish)).toEqual({
      kind: 'story',
      edition: 'es',
      slug: 'lluvias',
    });
    expect(siteLinkTarget('../../../articles/harbour/', spanish)).toEqual({
      kind: 'story',
      edition: '',
      slug: 'harbour',
    });
    expect(siteLinkTarget('lluvias/', spanish)).toEqual({
      kind: 'below the page',
      path: '/news/es/articles/aqui/lluvias/',
      slug: 'lluvias',
      instead: '../lluvias/',
    });
    // Its own slug at the site's root is another page, not itself.
    expect(siteLinkTarget('../../../articles/aqui/', spanish)).toEqual({
      kind: 'story',
      edition: '',
      slug: 'aqui',
    });
    expect(siteLinkTarget('../aqui/', spanish)).toBeUndefined();
  });

  it.each([
    ['plan.pdf', AT_ROOT, '/articles/here/plan.pdf', 'plan.pdf'],
    [
      './docs/plan%202026.pdf',
      UNDER_NEWS,
      '/news/articles/here/docs/plan%202026.pdf',
      'plan 2026.pdf',
    ],
  ])('tells %j, a file beside the story, which is not published', (href, site, path, name) => {
    expect(siteLinkTarget(href, site)).toEqual({ kind: 'file beside', path, name });
  });

  it('reads a link in a bio from the author page', () => {
    const bio = { ...UNDER_NEWS, from: { kind: 'author', slug: 'ana-ruiz' } } as const;
    expect(siteLinkTarget('harbour/', bio)).toEqual({
      kind: 'below the page',
      path: '/news/authors/ana-ruiz/harbour/',
      slug: 'harbour',
      instead: '/articles/harbour/',
    });
    expect(siteLinkTarget('../../articles/harbour/', bio)).toEqual({
      kind: 'story',
      edition: '',
      slug: 'harbour',
    });
    expect(siteLinkTarget('../harbour/', bio)).toEqual({ kind: 'author', slug: 'harbour' });
    // Their own page, and a story with their slug, are no mistake.
    expect(siteLinkTarget('/authors/ana-ruiz/', bio)).toBeUndefined();
    expect(siteLinkTarget('/articles/ana-ruiz/', bio)).toEqual({
      kind: 'story',
      edition: '',
      slug: 'ana-ruiz',
    });
  });

  it('tells a link to a preview on this computer, with the path to write', () => {
    expect(siteLinkTarget('http://localhost:4321/articles/harbour/', AT_ROOT)).toEqual({
      kind: 'this computer',
      instead: '/articles/harbour/',
    });
    expect(siteLinkTarget('http://127.0.0.1:4321/news/articles/harbour/', UNDER_NEWS)).toEqual({
      kind: 'this computer',
      instead: '/articles/harbour/',
    });
    // Even while the site's own address is this computer: readers' browsers never reach it.
    const local = { from: HERE, base: '/', siteUrl: 'http://localhost:4321' };
    expect(siteLinkTarget('http://localhost:4321/articles/harbour/', local)).toEqual({
      kind: 'this computer',
      instead: '/articles/harbour/',
    });
    // Any page of this site's preview, not only a story's, with its query and fragment.
    expect(siteLinkTarget('http://[::1]:4321/about/?a=1#team', AT_ROOT)).toEqual({
      kind: 'this computer',
      instead: '/about/?a=1#team',
    });
    // Another program's, as a how-to story names it for readers to open on their own computer.
    expect(siteLinkTarget('http://localhost:3000/', AT_ROOT)).toBeUndefined();
    expect(namesThisComputer('https://localhost.example.com/')).toBe(false);
    expect(namesThisComputer('/articles/harbour/')).toBe(false);
  });

  it.each([
    ['/topics/weather/', AT_ROOT, { kind: 'topic', edition: '', slug: 'weather' }],
    ['/es/topics/lluvias/', AT_ROOT, { kind: 'topic', edition: 'es', slug: 'lluvias' }],
    ['../../topics/weather/', AT_ROOT, { kind: 'topic', edition: '', slug: 'weather' }],
    [
      'https://news.example/news/topics/caf%C3%A9/',
      UNDER_NEWS,
      { kind: 'topic', edition: '', slug: 'café' },
    ],
    ['/authors/ana-ruiz/', AT_ROOT, { kind: 'author', slug: 'ana-ruiz' }],
    ['/authors/', AT_ROOT, { kind: 'authors' }],
    ['https://news.example/news/authors/', UNDER_NEWS, { kind: 'authors' }],
    [
      'http://localhost:4321/news/authors/ana-ruiz/',
      UNDER_NEWS,
      { kind: 'this computer', instead: '/authors/ana-ruiz/' },
    ],
  ])('reads %j as a topic or author page, or the index of authors', (href, site, target) => {
    expect(siteLinkTarget(href, site)).toEqual(target);
  });

  it.each([
    ['/article/harbour/', AT_ROOT, 'article', '/articles/harbour/'],
    ['/Articles/harbour/', AT_ROOT, 'Articles', '/articles/harbour/'],
    ['/es/stories/lluvias/', AT_ROOT, 'stories', '/es/articles/lluvias/'],
    ['https://news.example/news/tag/weather/', UNDER_NEWS, 'tag', '/topics/weather/'],
    ['../../author/ana-ruiz/', AT_ROOT, 'author', '/authors/ana-ruiz/'],
  ])(
    'tells %j, whose folder no page has, with the path to write',
    (href, site, folder, instead) => {
      expect(siteLinkTarget(href, site)).toEqual({ kind: 'folder slip', folder, instead });
    },
  );

  it('tells a site path written with the base, which the build would put there twice', () => {
    expect(siteLinkTarget('/news/articles/harbour/#quotes', UNDER_NEWS)).toEqual({
      kind: 'base twice',
      instead: '/articles/harbour/#quotes',
    });
    expect(siteLinkTarget('/news/authors/', UNDER_NEWS)).toEqual({
      kind: 'base twice',
      instead: '/authors/',
    });
  });

  it.each([
    ['/about/team/', AT_ROOT, { kind: 'other path', path: '/about/team/', segment: 'team' }],
    [
      '/storm-closes-coast-road/',
      UNDER_NEWS,
      { kind: 'other path', path: '/storm-closes-coast-road/', segment: 'storm-closes-coast-road' },
    ],
    ['/team.html', AT_ROOT, { kind: 'other path', path: '/team.html', segment: 'team' }],
    [
      '/es/author/ana-ruiz/',
      AT_ROOT,
      { kind: 'other path', path: '/es/author/ana-ruiz/', segment: 'ana-ruiz' },
    ],
    [
      '/es/authors/ana-ruiz/',
      AT_ROOT,
      { kind: 'other path', path: '/es/authors/ana-ruiz/', segment: 'ana-ruiz' },
    ],
    ['/es/authors/', AT_ROOT, { kind: 'other path', path: '/es/authors/', segment: 'authors' }],
    ['/es/archive/', AT_ROOT, { kind: 'edition page', edition: 'es', path: '/es/archive/' }],
    [
      '/archive/2025/04/',
      AT_ROOT,
      { kind: 'edition page', edition: '', path: '/archive/2025/04/', period: '2025-04' },
    ],
    [
      '/es/archive/2025/',
      AT_ROOT,
      { kind: 'edition page', edition: 'es', path: '/es/archive/2025/', period: '2025' },
    ],
    ['/fr/', UNDER_NEWS, { kind: 'edition page', edition: 'fr', path: '/fr/' }],
  ])(
    'reads %j as another path of the site, which only public/ or an edition can serve',
    (href, site, target) => {
      expect(siteLinkTarget(href, site)).toEqual(target);
    },
  );

  it.each([
    ['another site', 'https://elsewhere.example/articles/harbour/', AT_ROOT],
    ['this site outside its base', 'https://news.example/other/articles/harbour/', UNDER_NEWS],
    ['the story itself', '../here/', AT_ROOT],
    ['a fragment of the page', '#quotes', AT_ROOT],
    ['the front page', '/', AT_ROOT],
    ['a later page of the front page', '/page/2/', UNDER_NEWS],
    ['search, with a query', '/search/?q=storm', AT_ROOT],
    ["a topic's later page", '../../topics/weather/page/3/', AT_ROOT],
    ["an author's later page", '/authors/ana-ruiz/page/2/', AT_ROOT],
    ['a file in public/', '/files/report.pdf', AT_ROOT],
    ['the not-found page hosts serve', '/404.html', AT_ROOT],
    ['the list of topics', '/topics/', AT_ROOT],
    ['a file beside a story page', '/articles/harbour/plan.pdf', AT_ROOT],
    [
      'a full link when the site has no address',
      'https://news.example/articles/x/',
      { from: HERE, base: '/' },
    ],
  ])('leaves %s alone', (_, href, site) => {
    expect(siteLinkTarget(href, site)).toBeUndefined();
  });
});

describe('storySectionHref', () => {
  it.each([
    ['/articles/harbour/#reaction', '/articles/harbour/#user-content-reaction'],
    ['../harbour/#reaction', '../harbour/#user-content-reaction'],
    ['/es/articles/lluvias/#reacci%C3%B3n', '/es/articles/lluvias/#user-content-reacción'],
    ['/articles/harbour/index.html#fn-1', '/articles/harbour/index.html#user-content-fn-1'],
  ])('points %j at the section as the page names it', (href, section) => {
    expect(storySectionHref(href, 'user-content-')).toBe(section);
  });

  it.each([
    ['a fragment of the page itself', '#reaction'],
    ['one pointed there already', '/articles/harbour/#user-content-reaction'],
    ["one of the page's own parts", '/articles/harbour/#corrections-heading'],
    ['a story with no fragment', '/articles/harbour/'],
    ['an empty fragment', '/articles/harbour/#'],
    ['a topic page', '/topics/weather/#x'],
    ['another site', 'https://elsewhere.example/articles/harbour/#reaction'],
  ])('leaves %s alone', (_, href) => {
    expect(storySectionHref(href, 'user-content-')).toBeUndefined();
  });
});
