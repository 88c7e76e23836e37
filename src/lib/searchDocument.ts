import { escapeXml } from './xml.ts';

/** What the search index needs of one article. */
export interface SearchSource {
  /** The headline, shown as the result's title. */
  title: string;
  /** The body as sanitised HTML. */
  html: string;
  /** The names of its byline and its topics, searched after the body. */
  byline?: readonly string[] | undefined;
  topics?: readonly string[] | undefined;
  /** The date as readers see it ("May 15, 2026"), shown under the result. */
  date: string;
  /** A small made size of its lead photo, and its alt text, shown beside the result. */
  image?: { url: string; alt: string } | undefined;
}

/**
 * The page Pagefind indexes for an article, made from its record and body rather than read back
 * from the built page: the headline as the result title; the body, then a line of its headline,
 * byline and topics, as the searchable text (so navigation never matches, a reader finds a story
 * by its section or its writer, and an excerpt shows the body before that line); its headings and
 * ids kept for sub-results. A body with no words is searched by its headline alone.
 */
export function searchDocument(source: SearchSource, lang: string): string {
  const title = `<h1 data-pagefind-meta="title">${escapeXml(source.title)}</h1>`;
  const wordless = source.html.replace(/<[^>]*>/g, '').trim() === '';
  const about = [
    ...(wordless ? [] : [source.title]),
    ...(source.byline ?? []),
    ...(source.topics ?? []),
  ];
  const line = about.length > 0 ? `<p>${about.map(escapeXml).join(' · ')}</p>` : '';
  return (
    `<!doctype html><html lang="${escapeXml(lang)}"><head><meta charset="utf-8"></head><body>` +
    (wordless ? '' : title) +
    // Read from attributes, so a comma in a value never splits it (Pagefind's list separator).
    `<p data-pagefind-meta="date[data-date]" data-date="${escapeXml(source.date)}"></p>` +
    (source.image
      ? `<p data-pagefind-meta="image[data-src], image_alt[data-alt]" data-src="${escapeXml(source.image.url)}" data-alt="${escapeXml(source.image.alt)}"></p>`
      : '') +
    `<div data-pagefind-body>${wordless ? title : ''}${withoutAddresses(source.html)}${line}</div></body></html>`
  );
}

/** An image's attributes, as sanitised bodies write them: a name, and a value in double quotes. */
const IMG = /<img\b((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g;

/**
 * The body with no picture addresses, only their alt text: Pagefind would show a body's first
 * picture beside a result without a lead photo (often another site's, loaded on every search).
 */
function withoutAddresses(html: string): string {
  return html.replace(
    IMG,
    (_, attributes: string) => `<img${attributes.replace(/\s+(?:src|srcset)="[^"]*"/g, '')}>`,
  );
}

/** The URL Pagefind records for a page: its path relative to the site's base, which the search UI adds back. */
export function searchUrl(path: string, base: string): string {
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}
