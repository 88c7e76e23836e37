import { mustParseDate, sortTime, toIsoInstant } from './dates.ts';

/** What the page head says about a page beyond its title and description. */
export interface PageMeta {
  /** `article` for a story, `website` for everything else. */
  type: 'article' | 'website';
  /** An absolute image URL and its alt text, for link previews, with its size when known. */
  image?:
    | { url: string; alt: string; width?: number | undefined; height?: number | undefined }
    | undefined;
  /** RFC 3339 instants, for articles. */
  published?: string | undefined;
  modified?: string | undefined;
  tags?: string[] | undefined;
  /** Structured data for search engines. */
  jsonLd?: Record<string, unknown> | undefined;
  /** The page in other languages, as absolute URLs: `<link rel="alternate" hreflang>`. */
  alternates?: { lang: string; url: string }[] | undefined;
}

/** What article metadata needs of an article. */
export interface MetaSource {
  url: string;
  title: string;
  summary: string;
  date: string;
  updated?: string | undefined;
  corrections?: readonly { date: string }[] | undefined;
  authors: readonly string[];
  tags: readonly string[];
  image?:
    | {
        src?: string | undefined;
        alt?: string | undefined;
        width?: number | undefined;
        height?: number | undefined;
      }
    | undefined;
  /** Its language tag. */
  lang?: string | undefined;
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

/** What says when an article last changed. */
export interface Changes {
  date: string;
  updated?: string | undefined;
  corrections?: readonly { date: string }[] | undefined;
}

/**
 * When an article last changed after it was published, as written: the later of its `updated`
 * and its newest correction; undefined when it never changed. Pages say "Updated" with it.
 */
export function lastChange(article: Changes, timeZone: string): string | undefined {
  const dates = [
    ...(article.updated ? [article.updated] : []),
    ...(article.corrections ?? []).map((c) => c.date),
  ];
  if (dates.length === 0) return undefined;
  return dates
    .map((date) => ({ date, time: sortTime(mustParseDate(date), timeZone) }))
    .reduce((a, b) => (b.time > a.time ? b : a)).date;
}

/**
 * When an article last changed, as an RFC 3339 instant: its last change (see lastChange), else
 * its `date`, never before its `date`. Metadata, feeds and the sitemap all take it from here.
 */
export function modifiedInstant(article: Changes, timeZone: string): string {
  const published = mustParseDate(article.date);
  const changed = lastChange(article, timeZone);
  const change = changed === undefined ? published : mustParseDate(changed);
  // A change dated by day alone, on the day of a story with a time (a correction the same
  // afternoon): that day's midnight is before the story, so the story's own time stands.
  const later = sortTime(change, timeZone) < sortTime(published, timeZone) ? published : change;
  return toIsoInstant(later, timeZone);
}

/** The sizes made of a story's lead photo for other sites: absolute URLs. */
export interface LeadImages {
  /** The link-preview card, 1200×630, with its own alt text when it is not the lead photo's. */
  card: { url: string; width: number; height: number; alt?: string | undefined };
  /** The 16×9, 4×3 and 1×1 crops search engines ask for, in that order. */
  crops: string[];
}

/** Open Graph, Twitter and NewsArticle JSON-LD for an article page. */
export function articleMeta(
  article: MetaSource,
  site: MetaSite,
  people: readonly { name: string; url?: string | undefined }[] = article.authors.map((name) => ({
    name,
  })),
  images?: LeadImages,
): PageMeta {
  const url = new URL(article.url, site.url).href;
  const published = toIsoInstant(mustParseDate(article.date), site.timeZone);
  const modified = modifiedInstant(article, site.timeZone);
  const alt = article.image?.alt ?? '';
  const image = images
    ? { ...images.card, alt: images.card.alt ?? alt }
    : article.image?.src
      ? {
          url: new URL(article.image.src, site.url).href,
          alt,
          width: article.image.width,
          height: article.image.height,
        }
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
      // A story whose body shows no words has no summary to give: none rather than "".
      ...(article.summary && { description: article.summary }),
      ...(article.lang && { inLanguage: article.lang }),
      datePublished: published,
      dateModified: modified,
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      url,
      ...(image && { image: images ? images.crops : [image.url] }),
      ...(people.length > 0 && {
        author: people.map(({ name, url: path }) => ({
          '@type': 'Person',
          name,
          ...(path && { url: new URL(path, site.url).href }),
        })),
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
export function websiteMeta(
  site: MetaSite & { description: string; searchUrl: string; lang?: string | undefined },
): PageMeta {
  return {
    type: 'website',
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: site.name,
      description: site.description,
      ...(site.lang && { inLanguage: site.lang }),
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

/** What a profile page says about its person. */
export interface ProfileSource {
  name: string;
  /** The absolute URL of the profile page. */
  url: string;
  role?: string | undefined;
  /** The absolute URL of the portrait. */
  image?: string | undefined;
  /** Their pages elsewhere. */
  links: readonly string[];
}

/** ProfilePage JSON-LD about a Person, for an author's page. */
export function profileMeta(person: ProfileSource, site: MetaSite): PageMeta {
  return {
    type: 'website',
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: person.url,
      mainEntity: {
        '@type': 'Person',
        name: person.name,
        url: person.url,
        ...(person.role && { jobTitle: person.role }),
        ...(person.image && { image: person.image }),
        ...(person.links.length > 0 && { sameAs: [...person.links] }),
        worksFor: { '@type': 'NewsMediaOrganization', name: site.name, url: site.homeUrl },
      },
    },
  };
}
