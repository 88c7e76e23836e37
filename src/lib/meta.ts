import { mustParseDate, toIsoInstant } from './dates.ts';

/** What the page head says about a page beyond its title and description. */
export interface PageMeta {
  /** `article` for a story, `website` for everything else. */
  type: 'article' | 'website';
  /** An absolute image URL and its alt text, for link previews. */
  image?: { url: string; alt: string } | undefined;
  /** RFC 3339 instants, for articles. */
  published?: string | undefined;
  modified?: string | undefined;
  tags?: string[] | undefined;
  /** Structured data for search engines. */
  jsonLd?: Record<string, unknown> | undefined;
}

/** What article metadata needs of an article. */
export interface MetaSource {
  url: string;
  title: string;
  summary: string;
  date: string;
  updated?: string | undefined;
  authors: readonly string[];
  tags: readonly string[];
  image?: { src?: string | undefined; alt?: string | undefined } | undefined;
}

/** Site facts the metadata names. */
export interface MetaSite {
  name: string;
  url: string;
  timeZone: string;
  /** The absolute URL of the home page (with the base path). */
  homeUrl: string;
  /** The absolute URL of the site's logo. */
  logoUrl: string;
}

/** When an article last changed, as an RFC 3339 instant: its `updated`, else its `date`. */
export function modifiedInstant(
  article: { date: string; updated?: string | undefined },
  timeZone: string,
): string {
  return toIsoInstant(mustParseDate(article.updated ?? article.date), timeZone);
}

/** Open Graph, Twitter and NewsArticle JSON-LD for an article page. */
export function articleMeta(article: MetaSource, site: MetaSite): PageMeta {
  const url = new URL(article.url, site.url).href;
  const published = toIsoInstant(mustParseDate(article.date), site.timeZone);
  const modified = modifiedInstant(article, site.timeZone);
  const image = article.image?.src
    ? { url: new URL(article.image.src, site.url).href, alt: article.image.alt ?? '' }
    : undefined;
  return {
    type: 'article',
    image,
    published,
    modified,
    tags: [...article.tags],
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      description: article.summary,
      datePublished: published,
      dateModified: modified,
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      url,
      ...(image && { image: [image.url] }),
      ...(article.authors.length > 0 && {
        author: article.authors.map((name) => ({ '@type': 'Person', name })),
      }),
      ...(article.tags.length > 0 && { keywords: article.tags.join(', ') }),
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: site.name,
        url: site.homeUrl,
        logo: { '@type': 'ImageObject', url: site.logoUrl },
      },
    },
  };
}

/** WebSite JSON-LD for the home page, with the search page as its search action. */
export function websiteMeta(site: MetaSite & { description: string; searchUrl: string }): PageMeta {
  return {
    type: 'website',
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: site.name,
      description: site.description,
      url: site.homeUrl,
      potentialAction: {
        '@type': 'SearchAction',
        target: `${site.searchUrl}?q={search_term_string}`,
        'query-input': 'required name=search_term_string',
      },
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>`, `&` and the two line
 * separators are written as \u escapes, so no value (a title holding `</script>`) can end the
 * element, and the text still parses as the same JSON.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
