import { escapeXml } from './xml.ts';

/** What the search index needs of one article. */
export interface SearchSource {
  /** The headline, shown as the result's title. */
  title: string;
  /** The body as sanitised HTML. */
  html: string;
}

/**
 * The page Pagefind indexes for an article, made from its record and body rather than read back
 * from the built page: the headline as the result title, the body as the only searchable text
 * (so navigation never matches), its headings and ids kept for sub-results.
 */
export function searchDocument(source: SearchSource, lang: string): string {
  return (
    `<!doctype html><html lang="${escapeXml(lang)}"><head><meta charset="utf-8"></head><body>` +
    `<h1 data-pagefind-meta="title">${escapeXml(source.title)}</h1>` +
    `<div data-pagefind-body>${source.html}</div></body></html>`
  );
}

/** The URL Pagefind records for a page: its path relative to the site's base, which the search UI adds back. */
export function searchUrl(path: string, base: string): string {
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}
