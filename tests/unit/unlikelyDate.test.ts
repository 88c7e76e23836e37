import { describe, expect, it } from 'vitest';
import { unlikelyDate } from '../../src/lib/unlikelyDate.ts';

const NOW = Date.parse('2026-12-04T12:00:00Z');

describe('unlikelyDate', () => {
  it('tells a date more than a year ahead, by how many years', () => {
    expect(unlikelyDate('2062-12-04', NOW)).toBe(
      '"2062-12-04" is 36 years ahead, so the story is held back until then (check the year)',
    );
    expect(unlikelyDate('2028-01-10T09:00:00Z', NOW)).toMatch(
      /^"2028-01-10T09:00:00Z" is more than a year ahead/,
    );
  });

  it('tells a date more than a century ago, counted by the year written', () => {
    expect(unlikelyDate('0025-05-31', NOW)).toBe(
      '"0025-05-31" is 2001 years ago, so the story is filed that far back, at the end of the archive (check the year)',
    );
  });

  it('says nothing of a date within a year ahead, a century back, or no date at all', () => {
    for (const date of ['2027-12-04', '2026-12-04T09:00:00Z', '1930-01-01', 'soon']) {
      expect(unlikelyDate(date, NOW), date).toBeUndefined();
    }
  });
});
