/**
 * Where a link in a story's body or an author's bio leads on this site, read as the build serves
 * it: the story, topic or author page it names (`/articles/<slug>/`, `/es/articles/<slug>/`,
 * `/topics/<slug>/`, `/es/topics/<slug>/`, `/authors/<slug>/`) or the index of authors
 * (`/authors/`), so a link to a page that is not there can be told.
 */

/** The page a link is written on: a story's, in its edition, or an author's (with the bio). */
export type LinkingPage =
  { kind: 'story'; edition: string; slug: string } | { kind: 'author'; slug: string };

/** Where the links of a page are read from: that page, under the site's base path. */
export interface LinkSite {
  /** The page the link is on: a relative link (`../other/`) starts from it. */
  from: LinkingPage;
  /** The site's base path (`/` or `/news/`). */
  base: string;
  /** The site's address: a full link to it (`https://news.example/articles/x/`) is read too. */
  siteUrl?: string | undefined;
}

/**
 * A page named by a slug: a story or a topic of an edition (`''`: the site's own), an author; or
 * the index of authors, which is there only when an author's page is.
 */
export type SitePage =
  | { kind: 'story'; edition: string; slug: string }
  | { kind: 'topic'; edition: string; slug: string }
  | { kind: 'author'; slug: string }
  | { kind: 'authors' };

/**
 * What a link leads to: a page by its slug; or nowhere, because it repeats the base path the
 * build puts in front of a site path (`/news/articles/x/` is served as `/news/news/…`), because
 * it is read from the linking page itself (`x/` is `/articles/<from>/x/`; `report.pdf` a file
 * beside the story, which is not published), because its folder is misnamed (`/article/x/`,
 * `/tags/x/`, `/Articles/x/`: no such folder is served), or because it names this computer
 * (`http://localhost:4321/articles/x/`, copied from a preview); or another path of the site: a
 * listing page of an edition (`/es/archive/`), or a path no page of the build has, which only a
 * page in `public/` can be (`/about/`, `/storm-closes-coast-road/`).
 */
export type LinkTarget =
  | SitePage
  | { kind: 'edition page'; edition: string; path: string; period?: string }
  | { kind: 'other path'; path: string; segment: string }
  | { kind: 'base twice'; instead: string }
  | { kind: 'below the page'; path: string; slug: string; instead: string }
  | { kind: 'file beside'; path: string; name: string }
  | { kind: 'folder slip'; folder: string; instead: string }
  | { kind: 'this computer'; instead: string };

/** An origin no real site has, to read paths against. */
const NOWHERE = 'https://dateline.invalid';

/** A page path under the base: `articles/x/`, `es/articles/x/`, `topics/x/`, `authors/x/`. */
const PAGE = /^(?:([a-z]{2,3})\/)?(articles|topics|authors)\/([^/]+)\/?(?:index\.html)?$/;

/** Folders a link may name for the site's own, as other sites (and slips) name them. */
const FOLDER_SLIPS: Readonly<Record<string, string>> = {
  article: 'articles',
  story: 'articles',
  stories: 'articles',
  topic: 'topics',
  tag: 'topics',
  tags: 'topics',
  author: 'authors',
};

/** A path under the base with a folder misnamed (`article/x/`): the path to write, or undefined. */
function slipAt(path: string): { folder: string; instead: string } | undefined {
  const match = /^(?:([a-z]{2,3})\/)?([^/]+)\/([^/.]+)\/?$/i.exec(path);
  if (!match) return undefined;
  const [, edition, folder, segment] = match;
  const lower = folder!.toLowerCase();
  const meant = PAGE_FOLDERS.has(lower) ? lower : FOLDER_SLIPS[lower];
  if (meant === undefined || meant === folder) return undefined;
  const instead = `/${edition ? `${edition}/` : ''}${meant}/${segment}/`;
  return pageAt(instead.slice(1)) ? { folder: folder!, instead } : undefined;
}

/** The index of authors' path under the base: at the site's base only, as the author pages. */
const AUTHORS_INDEX = /^authors\/?(?:index\.html)?$/;

/** The folders of the site's own pages. */
const PAGE_FOLDERS = new Set(['articles', 'topics', 'authors']);

/**
 * A listing page's path under the base, in an edition or the site's own language: the front
 * page and its pages, the archive and its years and months, search, the topics and a topic's pages, the
 * not-found page (and the copy hosts serve, `404.html`).
 */
const LISTING =
  /^(?:([a-z]{2,3})\/)?(?:|page\/\d+\/?|archive\/?|archive\/\d{4}(?:\/\d{2})?\/?|search\/?|topics\/?|topics\/[^/]+\/page\/\d+\/?|not-found\/?|404\.html)(?:index\.html)?$/;

/** Pages of the site's own outside an edition: an author's later pages, the CMS. */
const OUTSIDE_EDITIONS = /^(?:authors\/[^/]+\/page\/\d+\/?|admin\/?)(?:index\.html)?$/;

/**
 * What a path under the base that names no story, topic or author page is: a listing page, or
 * another path (a file with an ending other than .html is `public/`'s, told by mayBeSiteFile).
 */
function otherPathAt(path: string): LinkTarget | undefined {
  if (OUTSIDE_EDITIONS.test(path)) return undefined;
  const listing = LISTING.exec(path);
  if (listing) {
    const edition = listing[1];
    // A year or a month of the archive has a page only when a story is dated in it: told by the check.
    const dated = /archive\/(\d{4})(?:\/(\d{2}))?\/?(?:index\.html)?$/.exec(path);
    if (!edition && !dated) return undefined;
    return {
      kind: 'edition page',
      edition: edition ?? '',
      path: `/${path}`,
      ...(dated && { period: dated[2] ? `${dated[1]}-${dated[2]}` : dated[1]! }),
    };
  }
  const segments = path.split('/').filter((segment) => segment !== '');
  const last = segments.at(-1) ?? '';
  if (/\.[a-z0-9]+$/i.test(last) && !/\.html?$/i.test(last)) return undefined;
  return { kind: 'other path', path: `/${path}`, segment: decoded(last.replace(/\.html?$/i, '')) };
}

/** The page a path under the base names (`articles/x/`), or undefined. */
function pageAt(path: string): SitePage | undefined {
  if (AUTHORS_INDEX.test(path)) return { kind: 'authors' };
  const match = PAGE.exec(path);
  if (!match) return undefined;
  const [, edition, folder, segment] = match;
  const slug = decoded(segment!);
  if (folder === 'topics') return { kind: 'topic', edition: edition ?? '', slug };
  if (folder === 'articles') return { kind: 'story', edition: edition ?? '', slug };
  // Authors have one page, at the site's base, whatever the language of their stories.
  return edition === undefined ? { kind: 'author', slug } : undefined;
}

/** A path segment decoded (`caf%C3%A9` → `café`), or as written when it is not valid. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A host without `www.`, which a site is reached at with or without. */
const hostOf = (url: URL) => url.host.toLowerCase().replace(/^www\./, '');

/** The port of this site's preview on the editor's computer: `npm run dev`, `npm run preview`. */
const PREVIEW_PORT = '4321';

/** The names of the computer a preview runs on, which readers' browsers cannot reach. */
const LOCAL = /^(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)$/i;

/** The path of the page a link is on: `/news/articles/x/`, `/news/es/articles/x/`. */
function linkingPath(from: LinkingPage, base: string): string {
  const slug = encodeURIComponent(from.slug);
  if (from.kind === 'author') return `${base}authors/${slug}/`;
  return `${base}${from.edition ? `${from.edition}/` : ''}articles/${slug}/`;
}

/** The same page: a story of the same edition, or the same author. */
const samePage = (page: SitePage, from: LinkingPage) =>
  page.kind !== 'authors' &&
  page.kind === from.kind &&
  page.slug === from.slug &&
  (page.kind !== 'story' || from.kind !== 'story' || page.edition === from.edition);

/** Whether `href` has a scheme other than http(s) (`mailto:`), which leads off the site's pages. */
const otherScheme = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href) && !/^https?:/i.test(href);

/** Endings of a host name an editor types, which no file beside a story has. */
const HOST_ENDINGS =
  'com|org|net|gov|edu|int|mil|info|news|biz|io|co|uk|eu|de|fr|es|it|nl|be|ch|at|ie|ca|au|nz|us|mx|ar|br|jp';

/** `www.example.com`, `example.org/page`, `news.example.co.uk?x`: a host, then a path or nothing. */
const HOST = new RegExp(
  `^(?:www\\.[^/\\s]+|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:${HOST_ENDINGS}))(?=[/?#:]|$)`,
  'i',
);

/** `desk@example.com`: an email address, whole. */
const EMAIL = /^[^\s@/:?#]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** `https//x.org` (its colon left out), `htps://x.org`, `htttp://x.org`: a web address's scheme misspelt. */
const MISSPELT_WEB = /^(h+t+p+(s*)):?\/\/(?=[^/])/i;

/**
 * The address a link written without its scheme, or with it misspelt, was meant to be
 * (`https://www.x.com`, `mailto:desk@x.com`), or undefined.
 */
export function meantAddress(href: string): string | undefined {
  if (EMAIL.test(href)) return `mailto:${href}`;
  if (HOST.test(href)) return `https://${href}`;
  const web = MISSPELT_WEB.exec(href);
  if (web && !/^https?:\/\//i.test(href)) {
    const scheme = web[1]!.toLowerCase() === 'http' ? 'http' : 'https';
    return `${scheme}://${href.slice(web[0].length)}`;
  }
  return undefined;
}

/** The endings of the files stories and profiles are written in. */
const CONTENT_FILE = /\.(md|markdown)$/i;

/**
 * The file of the content folder a link names (`content/2026/harbour/harbour.md`), as a path from
 * the project's folder like `fromFile`, the linking story's or profile's: read from that file's
 * folder, or from the project's when written from `/`, as an editor's program and GitHub read a
 * link between two markdown files. Undefined for a link to anything but a markdown file.
 */
export function linkedContentFile(href: string, fromFile: string): string | undefined {
  if (otherScheme(href) || /^(https?:|\/\/)/i.test(href)) return undefined;
  const path = href.replace(/[?#].*$/s, '');
  if (!CONTENT_FILE.test(path)) return undefined;
  const from = fromFile.startsWith('/') ? fromFile : `/${fromFile}`;
  try {
    return decodeURIComponent(new URL(path, `${NOWHERE}${encodeURI(from)}`).pathname).slice(1);
  } catch {
    return undefined;
  }
}

/**
 * Whether a body link may lead to a page of the site, and so is worth keeping for the check: not
 * a fragment or another scheme, and its path goes through a story, topic or author folder, is a
 * site path to a page rather than a file, or names a markdown file (a story's, its page meant).
 */
export function mayLeadToPage(href: string): boolean {
  if (href === '' || href.startsWith('#') || otherScheme(href)) return false;
  // `www.example.com` is another site, written without https:// (see strayAddresses).
  if (meantAddress(href) !== undefined) return false;
  try {
    const { pathname } = new URL(href, `${NOWHERE}/articles/self/`);
    const full = /^(https?:|\/\/)/i.test(href);
    if (!full && CONTENT_FILE.test(pathname)) return true;
    // A site path to a page, not a file: `/storm-closes-coast-road/`, `/about`, `/team.html`.
    if (!full && /(^|\/)([^/.]*|[^/]*\.html?)$/i.test(pathname)) return true;
    return /\/(articles|topics|authors|article|stor(y|ies)|topic|tags?|author)\//i.test(pathname);
  } catch {
    return false;
  }
}

/**
 * `href` with the slash a page's address ends with, where it names a story, topic or author
 * page without it (`/articles/x`, `../x#reaction`): every page is a folder's index, which some
 * hosts and previews serve only at the folder's address. Any other link as it is.
 */
export function withPageSlash(href: string): string {
  if (otherScheme(href) || /^(https?:|\/\/|#)/i.test(href)) return href;
  const cut = href.search(/[?#]/);
  const [path, rest] = cut === -1 ? [href, ''] : [href.slice(0, cut), href.slice(cut)];
  if (path === '' || path.endsWith('/') || !/(^|\/)[^/.]+$/.test(path)) return href;
  // Read from a story's page, as from an author's: either way a page is a folder's neighbour.
  const page = `${NOWHERE}/articles/self/`;
  let resolved: string;
  try {
    resolved = new URL(path, page).pathname;
  } catch {
    return href;
  }
  // `x` alone is below the linking page: a slip told by the link check, not a page to mend.
  if (resolved.startsWith('/articles/self/')) return href;
  return /^\/(?:[a-z]{2,3}\/)?(articles|topics|authors)\/[^/.]+$/.test(resolved)
    ? `${path}/${rest}`
    : href;
}

/** Site files the build writes, or pages: links to them are not looked for in `public/`. */
const BUILT = /\.(html?|xml|json|txt)$|^\/(_astro|cards|pagefind|admin)\//i;

/**
 * Whether a body link is a site path to a file (`/files/report.pdf`), which must be in `public/`
 * to be served: not a page, nor a file the build writes (feeds, the sitemap, drawn cards).
 */
export function mayBeSiteFile(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false;
  const path = new URL(href, NOWHERE).pathname;
  return /\/[^/]+\.[a-z0-9]+$/i.test(path) && !BUILT.test(path);
}

/**
 * Whether `href` is a full address on this computer (`http://localhost:4321/…`, `127.0.0.1`),
 * copied from a preview: no reader can reach it, whatever the site's own address is set to.
 */
export function namesThisComputer(href: string): boolean {
  if (!/^https?:\/\//i.test(href) || !URL.canParse(href)) return false;
  return LOCAL.test(new URL(href).hostname);
}

/** The page a body link leads to on this site, when it names one; undefined otherwise. */
export function siteLinkTarget(href: string, site: LinkSite): LinkTarget | undefined {
  const { base, from } = site;
  if (namesThisComputer(href)) {
    const url = new URL(href);
    // A preview under the base path has it in its addresses; a site path is written without.
    const within =
      base !== '/' && url.pathname.startsWith(base)
        ? url.pathname.slice(base.length - 1)
        : url.pathname;
    // A page of this site's preview; any other is a how-to's own (`open http://localhost:3000`).
    const preview = url.port === PREVIEW_PORT || pageAt(within.slice(1)) !== undefined;
    return preview
      ? { kind: 'this computer', instead: `${within}${url.search}${url.hash}` }
      : undefined;
  }
  if (!mayLeadToPage(href)) return undefined;
  let path: string;
  if (/^(https?:|\/\/)/i.test(href)) {
    // A full address is read when it is this site's own, over http or https, with www. or not.
    if (!site.siteUrl) return undefined;
    const url = new URL(href, NOWHERE);
    if (hostOf(url) !== hostOf(new URL(site.siteUrl))) return undefined;
    path = url.pathname;
  } else if (href.startsWith('/')) {
    const url = new URL(href, NOWHERE);
    // The build puts the base in front of a site path (see rebaseLinks): written with it
    // already, as copied from the live site, it is there twice.
    if (base !== '/' && url.pathname.startsWith(base)) {
      const within = url.pathname.slice(base.length - 1);
      if (pageAt(within.slice(1)) !== undefined) {
        return { kind: 'base twice', instead: `${within}${url.search}${url.hash}` };
      }
    }
    path = `${base}${url.pathname.slice(1)}`;
  } else {
    const page = linkingPath(from, base);
    path = new URL(href, `${NOWHERE}${page}`).pathname;
    // `harbour/` or `./harbour/` is read from the linking page: a page below it, never there.
    const below = /^([^/.]+)\/?$/.exec(path.slice(page.length));
    if (path.startsWith(page) && below) {
      const slug = decoded(below[1]!);
      const instead = from.kind === 'story' ? `../${below[1]}/` : `/articles/${below[1]}/`;
      return { kind: 'below the page', path: `${page}${below[1]}/`, slug, instead };
    }
    const rest = path.slice(page.length);
    if (path.startsWith(page) && rest !== '' && rest !== 'index.html') {
      return { kind: 'file beside', path, name: decoded(rest.split('/').pop() || rest) };
    }
  }
  if (!path.startsWith(base)) return undefined;
  const within = path.slice(base.length);
  const page = pageAt(within);
  if (!page) {
    const slip = slipAt(within);
    return slip ? { kind: 'folder slip', ...slip } : otherPathAt(within);
  }
  return samePage(page, from) ? undefined : page;
}

/**
 * The ids a story's page gives its own parts, beside the body's: a link to one of them is to the
 * page's, not to a section of the body (tests/e2e/site.spec.ts checks the list is whole).
 */
export const STORY_PAGE_IDS: ReadonlySet<string> = new Set([
  'main',
  'top',
  'toc-heading',
  'corrections-heading',
]);

/**
 * A link to a section of a story's page (`/articles/harbour/#reaction`, `../harbour/#reaction`)
 * with its fragment pointed at the id the sanitiser gives that section there (`prefix` before
 * it: `#user-content-reaction`); undefined for any other link, or one already pointed there.
 */
export function storySectionHref(href: string, prefix: string): string | undefined {
  const hash = href.indexOf('#');
  if (hash <= 0 || otherScheme(href) || /^(https?:|\/\/)/i.test(href)) return undefined;
  const fragment = decoded(href.slice(hash + 1));
  if (fragment === '' || fragment.startsWith(prefix) || STORY_PAGE_IDS.has(fragment)) {
    return undefined;
  }
  let path: string;
  try {
    path = new URL(href.slice(0, hash), `${NOWHERE}/articles/self/`).pathname;
  } catch {
    return undefined;
  }
  return /^\/(?:[a-z]{2,3}\/)?articles\/[^/]+\/(?:index\.html)?$/.test(path)
    ? `${href.slice(0, hash)}#${prefix}${fragment}`
    : undefined;
}
