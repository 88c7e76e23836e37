import { mustParseDate, sortTime, toIsoInstant } from './dates.ts';
import { SITEMAP_NS, escapeXml, xmlDocument } from './xml.ts';

/** Google News includes articles published in the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_SITEMAP_LIMIT = 1000;

/** What the news sitemap needs of an article. */
export interface NewsSource {
  url: string;
  title: string;
  date: string;
  /** Its language tag; the site's when absent. */
  lang?: string | undefined;
}

/**
 * The language as Google News names it: an ISO 639 code, with the two Chinese scripts as
 * `zh-cn` and `zh-tw`.
 */
export function newsLanguage(lang: string): string {
  const [primary = lang, ...rest] = lang.toLowerCase().split('-');
  if (primary !== 'zh') return primary;
  return rest.some((part) => part === 'tw' || part === 'hk' || part === 'hant') ? 'zh-tw' : 'zh-cn';
}

/**
 * A Google News sitemap of the articles (newest first, in every language) published in the two
 * days before `now`.
 */
export function newsSitemap(
  articles: readonly NewsSource[],
  options: { now: number; siteUrl: string; name: string; lang: string; timeZone: string },
): string {
  const recent = articles
    .filter((article) => {
      const time = sortTime(mustParseDate(article.date), options.timeZone);
      return time <= options.now && time > options.now - NEWS_WINDOW_MS;
    })
    .slice(0, NEWS_SITEMAP_LIMIT);
  const url = (article: NewsSource) =>
    [
      '  <url>',
      `    <loc>${escapeXml(new URL(article.url, options.siteUrl).href)}</loc>`,
      '    <news:news>',
      '      <news:publication>',
      `        <news:name>${escapeXml(options.name)}</news:name>`,
      `        <news:language>${escapeXml(newsLanguage(article.lang ?? options.lang))}</news:language>`,
      '      </news:publication>',
      `      <news:publication_date>${toIsoInstant(mustParseDate(article.date), options.timeZone)}</news:publication_date>`,
      `      <news:title>${escapeXml(article.title)}</news:title>`,
      '    </news:news>',
      '  </url>',
    ].join('\n');
  return xmlDocument([
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`,
    ...recent.map(url),
    '</urlset>',
  ]);
}
