import { describe, expect, it } from 'vitest';
import { groupByMonth } from '../../src/lib/archive.ts';
import { monthPath, yearPath } from '../../src/lib/urls.ts';
import { formatMonth } from '../../src/lib/dates.ts';

describe('groupByMonth', () => {
  const a = (slug: string, date: string) => ({ slug, date });

  it('groups by year and month, newest first, with counts', () => {
    const archive = groupByMonth(
      [
        a('may', '2025-05-02'),
        a('apr2', '2025-04-30'),
        a('apr1', '2025-04-01'),
        a('dec', '2024-12-31'),
      ],
      'UTC',
    );
    expect(
      archive.map((y) => [
        y.year,
        y.count,
        y.months.map((m) => [m.month, m.articles.map((x) => x.slug)]),
      ]),
    ).toEqual([
      [
        2025,
        3,
        [
          [5, ['may']],
          [4, ['apr2', 'apr1']],
        ],
      ],
      [2024, 1, [[12, ['dec']]]],
    ]);
  });

  it('files a date-time under its month in the site zone', () => {
    const [year] = groupByMonth([a('x', '2025-05-01T02:00:00Z')], 'America/Los_Angeles');
    expect([year!.year, year!.months[0]!.month]).toEqual([2025, 4]);
  });

  it('names months and their paths', () => {
    expect(formatMonth(2025, 4)).toBe('April 2025');
    expect(monthPath(2025, 4, '/news/')).toBe('/news/archive/2025/04/');
    expect(yearPath(2025, '/news/')).toBe('/news/archive/2025/');
  });
});
