import { escapeXml } from './xml.ts';

/** What the search index needs of one article. */
export interface SearchSource {
  /** The headline, shown as the result's title. */
  title: string;
  /** The body as sanitised HTML. */
  html: string;
  /** The names of its byline and its topics, searched as metadata. */
  byline?: readonly string[] | undefined;
  topics?: readonly string[] | undefined;
  /** The date as readers see it ("May 15, 2026"), shown under the result. */
  date: string;
  /** A small made size of its lead photo, and its alt text, shown beside the result. */
  image?: { url: string; alt: string } | undefined;
}

/** The metadata a result is found by but does not show (the search page's script drops it). */
export const FOUND_BY = ['byline', 'topics'] as const;

/**
 * The page Pagefind indexes for an article, made from its record and body rather than read back
 * from the built page: the headline as the result title; the body as the searchable text, so
 * navigation never matches and an excerpt is always the story's own words; its byline's names
 * and its topics as metadata, which Pagefind searches as it does the title, so a reader finds a
 * story by its writer or its section; its headings and ids kept for sub-results. A body with no
 * words is searched by its headline alone.
 */
export function searchDocument(source: SearchSource, lang: string): string {
  const title = `<h1 data-pagefind-meta="title">${escapeXml(source.title)}</h1>`;
  const wordless = source.html.replace(/<[^>]*>/g, '').trim() === '';
  // Read from attributes, so a comma in a value never splits it (Pagefind's list separator).
  const meta = (key: string, value: string) =>
    `<p data-pagefind-meta="${key}[data-${key}]" data-${key}="${escapeXml(value)}"></p>`;
  const [byline, topics] = FOUND_BY;
  return (
    `<!doctype html><html lang="${escapeXml(lang)}"><head><meta charset="utf-8"></head><body>` +
    (wordless ? '' : title) +
    meta('date', source.date) +
    (source.byline?.length ? meta(byline, source.byline.join(' · ')) : '') +
    (source.topics?.length ? meta(topics, source.topics.join(' · ')) : '') +
    (source.image
      ? `<p data-pagefind-meta="image[data-src], image_alt[data-alt]" data-src="${escapeXml(source.image.url)}" data-alt="${escapeXml(source.image.alt)}"></p>`
      : '') +
    `<div data-pagefind-body>${wordless ? title : ''}${withoutAddresses(source.html)}</div></body></html>`
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
