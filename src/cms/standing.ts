/**
 * Where a story in the CMS stands with readers, which Decap's own status (of the file in git:
 * "Published" once saved) does not say: a draft, or held back until its date.
 */
import { articleStatus, formatRelease } from '../lib/articleStatus.ts';
import { parseDateValue, sortTime } from '../lib/dates.ts';

/**
 * A line on a story that readers do not see yet, at `now` in the site's `timeZone`: a draft, or
 * one held back until its date; undefined for a story out (or with no date to read yet).
 */
export function standing(
  fields: Record<string, unknown>,
  now: number,
  timeZone: string,
): string | undefined {
  const draft = fields.draft === true;
  if (draft) return 'Draft: readers do not see it while Draft is on.';
  const { date } = fields;
  const parsed = typeof date === 'string' ? parseDateValue(date) : undefined;
  if (!parsed?.ok || typeof date !== 'string') return undefined;
  if (articleStatus({ title: '', date, draft }, now, timeZone) !== 'scheduled') return undefined;
  const release = sortTime(parsed.value, timeZone);
  return `Scheduled: held back until ${formatRelease(release, timeZone)}, then published by the next build.`;
}

/** What the list of stories puts before a story dated a later day: as it puts `Draft: `. */
export const SCHEDULED_MARK = 'Scheduled: ';

/**
 * Whether a story the list shows as `summary` ("Title (2027-01-15)", see config.ts; a draft's
 * begins `Draft: `) is dated a later day than `today` (`YYYY-MM-DD`, on the editor's clock, as
 * the list's day is): held back until then. One dated later today is not told (the list has no time).
 */
export function listedAsScheduled(summary: string, today: string): boolean {
  if (summary.startsWith('Draft: ')) return false;
  const day = /\((\d{4}-\d{2}-\d{2})\)$/.exec(summary.trim())?.[1];
  return day !== undefined && day > today;
}
