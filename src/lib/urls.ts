/** Normalises a base path to start and end with one slash (`news` → `/news/`, `` → `/`). */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A site-internal path under `base` (`pathUnderBase('/news/', 'articles/x/')` → `/news/articles/x/`). */
export function pathUnderBase(base: string, path: string): string {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

/** The folder of the site the article pages are in: `/articles/<slug>/`. */
export const ARTICLES_FOLDER = 'articles';

/** The path of an article's page. */
export function articlePath(slug: string, base: string): string {
  return pathUnderBase(base, `${ARTICLES_FOLDER}/${slug}/`);
}

/** The path of the index page. */
export function homePath(base: string): string {
  return normalizeBase(base);
}

/** An absolute URL for a site path, given the site's origin URL. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}

/** The path of a topic's first page: `/topics/us-military/`. */
export function topicPath(slug: string, base: string): string {
  return pathUnderBase(base, `topics/${slug}/`);
}

/** The path of a year's page of the archive: `/archive/2025/`. */
export function yearPath(year: number, base: string): string {
  return pathUnderBase(base, `archive/${year}/`);
}

/** The path of one month of the archive: `/archive/2025/04/`. */
export function monthPath(year: number, month: number, base: string): string {
  return pathUnderBase(base, `archive/${year}/${String(month).padStart(2, '0')}/`);
}

/** The file names of the site's feeds, each also served per topic for RSS. */
export const FEEDS = {
  rss: { file: 'rss.xml', type: 'application/rss+xml' },
  atom: { file: 'atom.xml', type: 'application/atom+xml' },
  json: { file: 'feed.json', type: 'application/feed+json' },
} as const;

/** The output folder of the drawn link-preview cards, under the base (see drawnCard.ts). */
export const CARDS_FOLDER = 'cards';

/** The path of a drawn link-preview card under the base: `/cards/<name>.png`. */
export function cardPath(name: string, base: string): string {
  return pathUnderBase(base, `${CARDS_FOLDER}/${name}.png`);
}

/** The folder of author profiles inside each content folder: its files are not articles. */
export const AUTHORS_FOLDER = 'authors';

/** The path of the index of authors: `/authors/`. */
export function authorsPath(base: string): string {
  return pathUnderBase(base, `${AUTHORS_FOLDER}/`);
}

/** The path of an author's page: `/authors/jane-doe/`. */
export function authorPath(slug: string, base: string): string {
  return pathUnderBase(base, `${AUTHORS_FOLDER}/${slug}/`);
}

/**
 * An address of a page as readers' browsers read it: tabs and line breaks dropped, and each `\`
 * before its query or fragment a `/` in a web address or a relative one (`\\host\x.png` is
 * `//host/x.png`, another site); other schemes' addresses (`mailto:`) as written.
 */
export function asBrowsersRead(url: string): string {
  const read = url.replace(/[\t\n\r]/g, '');
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(read)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return url;
  // Only up to the query or fragment, which browsers leave as written.
  const end = read.search(/[?#]/);
  const path = end === -1 ? read : read.slice(0, end);
  return path.replaceAll('\\', '/') + read.slice(path.length);
}
