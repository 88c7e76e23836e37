import { readFile } from 'node:fs/promises';
import { selectPublished } from '../lib/articles.ts';
import { calendarDay, mustParseDate } from '../lib/dates.ts';
import { modifiedInstant } from '../lib/meta.ts';
import { editionBase, editionKey } from '../lib/editions.ts';
import { originalOf, storyVersions } from '../lib/translations.ts';
import { articlePath } from '../lib/urls.ts';
import type { Article } from './articleSchema.ts';
import { writeFileAtomic } from './cacheFiles.ts';

/**
 * The published articles of the last build, as the outputs made after the pages (the sitemap's
 * `lastmod`, the search index) need them: written by the loader from the records, so those
 * outputs follow the records instead of re-reading thousands of built pages.
 */
export interface PublishedEntry {
  /** The story's slug. */
  slug: string;
  /** The page's path under the site's base. */
  url: string;
  /** The headline. */
  title: string;
  /** Published: as in the record. */
  date: string;
  /** When it last changed, as an RFC 3339 instant in the site's time zone. */
  modified: string;
  /** The body's digest in the body store. */
  body: string;
  /** The calendar year of `date` in the site's time zone: which search bundle holds it. */
  year: number;
  /** The paths of its old URLs (aliases), which redirect to it. */
  aliases: string[];
  /** Whether it has a lead image; a story without one is shared with a drawn card (see socialCards.ts). */
  pictured: boolean;
  /** Its language tag. */
  lang: string;
  /** Its edition: `''` for the site's language, else the prefix (see editions.ts). */
  edition: string;
  /** The story in every published language, this one included, plus `x-default` (the original); empty when only this. */
  alternates: { lang: string; url: string }[];
}

/** What decides which articles a build publishes. */
export interface PublishedIndexSettings {
  now: number;
  /** The site's base path, for the aliases' paths. */
  base: string;
  timeZone: string;
  lang: string;
}

/** The index entries of the articles a build publishes, newest first. */
export function publishedEntries(
  articles: readonly Article[],
  settings: PublishedIndexSettings,
): PublishedEntry[] {
  const published = selectPublished(articles, { ...settings, preview: false });
  const versions = storyVersions(published);
  return published.map((article) => {
    const edition = editionKey(article.lang, settings.lang);
    const story = versions.get(article.slug) ?? [];
    const original = originalOf(story);
    return {
      slug: article.slug,
      url: article.url,
      title: article.title,
      date: article.date,
      modified: modifiedInstant(article, settings.timeZone),
      body: article.body,
      year: Number(calendarDay(mustParseDate(article.date), settings.timeZone).slice(0, 4)),
      aliases: article.aliases.map((alias) =>
        articlePath(alias, editionBase(settings.base, edition)),
      ),
      pictured: article.image !== undefined,
      lang: article.lang,
      edition,
      alternates:
        story.length < 2
          ? []
          : [
              ...story.map((version) => ({ lang: version.lang, url: version.url })),
              ...(original ? [{ lang: 'x-default', url: original.url }] : []),
            ],
    };
  });
}

/** Writes the index. */
export async function writePublishedIndex(
  file: string,
  entries: readonly PublishedEntry[],
): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(entries));
}

/** Reads the index the loader wrote during this build. */
export async function readPublishedIndex(file: string): Promise<PublishedEntry[]> {
  return JSON.parse(await readFile(file, 'utf8')) as PublishedEntry[];
}
