/** Characters XML 1.0 does not allow anywhere in a document, lone surrogates included. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text without the characters XML forbids, which would make a feed unreadable to every reader. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Escapes text for XML element content and double- or single-quoted attributes. */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** The sitemap protocol's namespace, of every sitemap and sitemap index. */
export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** An XML document from its root element's lines: the declaration first, a newline last. */
export function xmlDocument(lines: readonly string[]): string {
  return ['<?xml version="1.0" encoding="UTF-8"?>', ...lines, ''].join('\n');
}
