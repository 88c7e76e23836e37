import { describe, expect, it } from 'vitest';
import { farAheadDates } from '../../src/content/checks.ts';
import type { ValidArticle } from '../../src/content/validate.ts';

const NOW = Date.UTC(2026, 11, 4, 12);

/** A valid article with only what the check reads. */
const article = (date: string, draft = false): ValidArticle => ({
  file: `content/${date}.md`,
  fields: { title: 'T', date, draft } as ValidArticle['fields'],
  slug: 's',
  text: '',
  lang: 'en',
  dateLine: 3,
});

describe('farAheadDates', () => {
  it('warns of a story dated more than a year ahead, on its date line', () => {
    expect(farAheadDates([article('2062-12-04'), article('2028-01-10T09:00:00Z')], NOW)).toEqual([
      {
        file: 'content/2062-12-04.md',
        line: 3,
        field: 'date',
        message:
          '"2062-12-04" is 36 years ahead, so the story is held back until then (check the year)',
        severity: 'warning',
      },
      {
        file: 'content/2028-01-10T09:00:00Z.md',
        line: 3,
        field: 'date',
        message:
          '"2028-01-10T09:00:00Z" is more than a year ahead, so the story is held back until then (check the year)',
        severity: 'warning',
      },
    ]);
  });

  it('leaves an embargo within the year, a story already out and a draft', () => {
    expect(
      farAheadDates(
        [article('2027-12-01'), article('2025-01-01'), article('2090-01-01', true)],
        NOW,
      ),
    ).toEqual([]);
  });
});
