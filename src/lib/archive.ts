import { calendarMonth, mustParseDate } from './dates.ts';

/** One month of the archive. */
export interface ArchiveMonth<T> {
  year: number;
  /** 1–12. */
  month: number;
  /** `YYYY-MM`, as calendarMonth writes it. */
  key: string;
  /** Newest first. */
  articles: T[];
}

/** One year of the archive, newest month first. */
export interface ArchiveYear<T> {
  year: number;
  months: ArchiveMonth<T>[];
  count: number;
}

/** Groups articles (newest first) by the year and month of their date in `timeZone`, in one pass. */
export function groupByMonth<T extends { date: string }>(
  articles: readonly T[],
  timeZone: string,
): ArchiveYear<T>[] {
  const years = new Map<number, Map<number, ArchiveMonth<T>>>();
  for (const article of articles) {
    const key = calendarMonth(mustParseDate(article.date), timeZone);
    const [year, month] = [Number(key.slice(0, 4)), Number(key.slice(5, 7))];
    const months = years.get(year) ?? new Map<number, ArchiveMonth<T>>();
    years.set(year, months);
    const entry = months.get(month) ?? { year, month, key, articles: [] };
    months.set(month, entry);
    entry.articles.push(article);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, months]) => {
      const list = [...months.values()].sort((a, b) => b.month - a.month);
      return { year, months: list, count: list.reduce((sum, m) => sum + m.articles.length, 0) };
    });
}
