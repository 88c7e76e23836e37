/**
 * A story's date that is most likely a slip of the year: more than a year ahead (`2052` for
 * `2025`), which holds the story back for decades, or more than a century ago (`1925`, `0025`),
 * which files it at the end of the archive, either without a word.
 */
import { parseDateValue } from './dates.ts';

/** How far ahead a story's date may be before it looks like a typo for this year's (`2052`). */
const FAR_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;

/** How far back a story's date may be before it looks like a typo (`1925`, `0025` for `2025`). */
const LONG_AGO_YEARS = 100;

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

/** A calendar day's UTC midnight, for years 0–99 too (`Date.UTC` reads them as 1900–1999). */
function utcDay({ year, month, day }: { year: number; month: number; day: number }): number {
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  return at.getTime();
}

/** What is unlikely about a story's `date` as of `now` (epoch ms), or undefined. */
export function unlikelyDate(date: string, now: number): string | undefined {
  const parsed = parseDateValue(date);
  if (!parsed.ok) return undefined;
  const { value } = parsed;
  const at = value.kind === 'datetime' ? value.epochMs : utcDay(value);
  if (at - now > FAR_AHEAD_MS) {
    const years = Math.round((at - now) / YEAR_MS);
    return `"${date}" is ${years <= 1 ? 'more than a year' : `${years} years`} ahead, so the story is held back until then (check the year)`;
  }
  if (now - at > LONG_AGO_YEARS * YEAR_MS) {
    // Counted as the editor counts, by the year written: 1925 is 101 years before 2026.
    const years = new Date(now).getUTCFullYear() - Number(String(date).slice(0, 4));
    return `"${date}" is ${years} years ago, so the story is filed that far back, at the end of the archive (check the year)`;
  }
  return undefined;
}
