import { editionBase } from './languages.ts';
import { SITEMAP_NS, escapeXml, xmlDocument } from './xml.ts';

/** One page as the sitemap lists it. */
export interface SitemapPage {
  /** Its absolute URL. */
  url: string;
  /** When it last changed, as an RFC 3339 instant (a W3C datetime, as sitemaps take). */
  lastmod?: string | undefined;
  /** The same page in other languages (`x-default` included), as on the page. */
  alternates?: readonly { lang: string; url: string }[] | undefined;
}

/** URLs a sitemap file holds at most (the protocol allows 50,000; this leaves room). */
export const SITEMAP_LIMIT = 45_000;

/** The file search engines are given (robots.txt names it): it lists the sitemap files. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/**
 * The paths of pages that are not for search engines, as written (not percent-encoded), under
 * the site's `base` (ending in `/`): each edition's not-found page (the site's own language's at
 * `404/`, see src/pages/[...edition]/not-found.astro) and search page, the CMS, and the old URLs
 * of moved stories (`aliases`), which only send readers on.
 */
export function unlistedPaths(
  base: string,
  editions: Iterable<string>,
  aliases: Iterable<string>,
): Set<string> {
  const paths = new Set([...aliases, `${base}404/`, `${base}admin/`, `${base}search/`]);
  for (const edition of editions) {
    if (!edition) continue;
    paths.add(`${editionBase(base, edition)}not-found/`);
    paths.add(`${editionBase(base, edition)}search/`);
  }
  return paths;
}

/**
 * Orders URLs as a reader would (`page/2/` before `page/10/`), in one locale whatever the
 * machine's, code unit order breaking ties, so the same pages always give the same bytes.
 */
const collator = new Intl.Collator('en', { numeric: true });
const byUrl = (a: SitemapPage, b: SitemapPage) =>
  collator.compare(a.url, b.url) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/**
 * The sitemap files of `pages`, by file name: `sitemap-0.xml`, `sitemap-1.xml`… of `limit` URLs
 * each, sorted, and `sitemap-index.xml` naming them (at `folderUrl`, the site's base URL) with
 * the newest `lastmod` of each.
 */
export function sitemapFiles(
  pages: readonly SitemapPage[],
  folderUrl: string,
  limit: number = SITEMAP_LIMIT,
): Map<string, string> {
  const files = new Map<string, string>();
  const sorted = [...pages].sort(byUrl);
  const index: string[] = [];
  // No pages still gives an (empty) sitemap: robots.txt names the index whatever the site holds.
  for (let start = 0, n = 0; n === 0 || start < sorted.length; start += limit, n++) {
    const chunk = sorted.slice(start, start + limit);
    const name = `sitemap-${n}.xml`;
    files.set(name, urlset(chunk));
    const newest = chunk.reduce<string | undefined>(
      (latest, page) =>
        page.lastmod && (!latest || Date.parse(page.lastmod) > Date.parse(latest))
          ? page.lastmod
          : latest,
      undefined,
    );
    index.push(
      `<sitemap><loc>${escapeXml(new URL(name, folderUrl).href)}</loc>${newest ? `<lastmod>${escapeXml(newest)}</lastmod>` : ''}</sitemap>`,
    );
  }
  files.set(
    SITEMAP_INDEX,
    xmlDocument([`<sitemapindex xmlns="${SITEMAP_NS}">`, ...index, '</sitemapindex>']),
  );
  return files;
}

/** One sitemap file: a `<url>` a line. */
function urlset(pages: readonly SitemapPage[]): string {
  const url = (page: SitemapPage) =>
    [
      `<url><loc>${escapeXml(page.url)}</loc>`,
      page.lastmod ? `<lastmod>${escapeXml(page.lastmod)}</lastmod>` : '',
      ...(page.alternates ?? []).map(
        (link) =>
          `<xhtml:link rel="alternate" hreflang="${escapeXml(link.lang)}" href="${escapeXml(link.url)}"/>`,
      ),
      '</url>',
    ].join('');
  return xmlDocument([
    `<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
    ...pages.map(url),
    '</urlset>',
  ]);
}
