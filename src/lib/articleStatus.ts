import { TZDate } from '@date-fns/tz';
// One module, not date-fns' index of 316 (see dates.ts).
import { format } from 'date-fns/format';
import { calendarDay, mustParseDate, sortTime } from './dates.ts';
import { countOf } from './plural.ts';

/** The fields ordering and publishing need; the full `Article` record satisfies it. */
export interface Dated {
  title: string;
  date: string;
  draft: boolean;
}

/** Where an article stands at build time. */
export type ArticleStatus = 'published' | 'draft' | 'scheduled';

/** Options for choosing which articles a build shows. */
export interface PublishOptions {
  /** Show drafts and scheduled articles too, marked (the dev server does; builds never do). */
  preview: boolean;
  /** The build's "now", in epoch milliseconds: articles dated later are held back. */
  now: number;
  /** The site's IANA time zone, which places a calendar day on the time line. */
  timeZone: string;
  /** The site's language, for ordering titles that tie on time. */
  lang: string;
}

/** Whether `date` is still in the future at `now`: a calendar day after today, or a later instant. */
export function isEmbargoed(date: string, now: number, timeZone: string): boolean {
  const value = mustParseDate(date);
  if (value.kind === 'datetime') return value.epochMs > now;
  return calendarDay(value, timeZone) > calendarDay({ kind: 'datetime', epochMs: now }, timeZone);
}

/** An article's status at `now`. */
export function articleStatus(article: Dated, now: number, timeZone: string): ArticleStatus {
  if (article.draft) return 'draft';
  return isEmbargoed(article.date, now, timeZone) ? 'scheduled' : 'published';
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

/** The articles a reader may see, newest first, each with its status. */
export function selectPublished<T extends Dated>(
  articles: readonly T[],
  options: PublishOptions,
): (T & { status: ArticleStatus })[] {
  const withStatus = articles.map((article) => ({
    ...article,
    status: articleStatus(article, options.now, options.timeZone),
  }));
  const visible = options.preview
    ? withStatus
    : withStatus.filter((article) => article.status === 'published');
  return sortArticles(visible, options.timeZone, options.lang);
}

/** "3 published, 1 draft, 2 scheduled (first release: 2026-12-01 00:00 UTC)": what a build will show, and when more comes. */
export function statusSummary(articles: readonly Dated[], now: number, timeZone: string): string {
  let published = 0;
  let drafts = 0;
  let scheduled = 0;
  let first = Infinity;
  for (const article of articles) {
    const status = articleStatus(article, now, timeZone);
    if (status === 'published') published += 1;
    else if (status === 'draft') drafts += 1;
    else {
      scheduled += 1;
      first = Math.min(first, sortTime(mustParseDate(article.date), timeZone));
    }
  }
  // On the site's clock, as npm run scheduled says it: written dates' own offsets would mislead
  // a reader comparing them (2026-12-08T09:00+13:00 is before 2026-12-07T23:00Z).
  const release = scheduled > 0 ? ` (first release: ${formatRelease(first, timeZone)})` : '';
  return `${published} published, ${countOf(drafts, 'draft')}, ${scheduled} scheduled${release}`;
}

/**
 * The scheduled stories among `articles`, soonest first, each with its release: the instant it
 * gives, or the start of its calendar day in the site's zone. The first build at or after the
 * release publishes it.
 */
export function scheduledStories<T extends Dated>(
  articles: readonly T[],
  now: number,
  timeZone: string,
): (T & { release: number })[] {
  return articles
    .filter((article) => articleStatus(article, now, timeZone) === 'scheduled')
    .map((article) => ({ ...article, release: sortTime(mustParseDate(article.date), timeZone) }))
    .sort((a, b) => a.release - b.release);
}

/** A release as the site's clock reads it: `2026-06-02 09:30 Europe/Paris`. */
export function formatRelease(release: number, timeZone: string): string {
  return `${format(new TZDate(release, timeZone), 'yyyy-MM-dd HH:mm')} ${timeZone}`;
}
