import { mustParseDate, sortTime } from './dates.ts';

/** The fields ordering and publishing need; the full `Article` record satisfies it. */
export interface Dated {
  title: string;
  date: string;
  draft: boolean;
}

/** Options for choosing which articles a build shows. */
export interface PublishOptions {
  /** Show drafts too (the dev server does, marked "Draft"; builds never do). */
  includeDrafts: boolean;
  /** The site's IANA time zone, which places a calendar day on the time line. */
  timeZone: string;
  /** The site's language, for ordering titles that tie on time. */
  lang: string;
}

/** Orders articles newest first; ties go to the later time, then to the title in `lang` order. */
export function sortArticles<T extends Dated>(
  articles: readonly T[],
  timeZone: string,
  lang: string,
): T[] {
  const collator = new Intl.Collator(lang);
  return articles
    .map((article) => ({ article, time: sortTime(mustParseDate(article.date), timeZone) }))
    .sort((a, b) => b.time - a.time || collator.compare(a.article.title, b.article.title))
    .map(({ article }) => article);
}

/** The articles a reader may see, newest first. */
export function selectPublished<T extends Dated>(
  articles: readonly T[],
  options: PublishOptions,
): T[] {
  const visible = options.includeDrafts ? articles : articles.filter((article) => !article.draft);
  return sortArticles(visible, options.timeZone, options.lang);
}
