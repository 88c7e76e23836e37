import { describe, expect, it } from 'vitest';
import { selectPublished, sortArticles } from '../../src/lib/articles.ts';

const a = (title: string, date: string, draft = false) => ({ title, date, draft });

describe('sortArticles', () => {
  it('puts the newest first, later times first on one day, then titles in order', () => {
    const sorted = sortArticles(
      [
        a('Old', '2024-12-31'),
        a('Beta', '2025-04-18'),
        a('Alpha', '2025-04-18'),
        a('Evening', '2025-04-18T20:00:00Z'),
        a('Morning', '2025-04-18T08:00:00Z'),
        a('Newest', '2025-04-19'),
      ],
      'UTC',
      'en',
    );
    expect(sorted.map((x) => x.title)).toEqual([
      'Newest',
      'Evening',
      'Morning',
      'Alpha',
      'Beta',
      'Old',
    ]);
  });

  it('places calendar days in the site zone against date-times', () => {
    // 02:00 UTC on the 18th is still the 17th in Los Angeles, so the day's midnight is after it.
    const items = [a('Instant', '2025-04-18T02:00:00Z'), a('Day', '2025-04-18')];
    expect(sortArticles(items, 'UTC', 'en').map((x) => x.title)).toEqual(['Instant', 'Day']);
    expect(sortArticles(items, 'America/Los_Angeles', 'en').map((x) => x.title)).toEqual([
      'Day',
      'Instant',
    ]);
  });

  it('does not change the list it is given', () => {
    const items = [a('B', '2025-01-01'), a('A', '2025-01-02')];
    sortArticles(items, 'UTC', 'en');
    expect(items.map((x) => x.title)).toEqual(['B', 'A']);
  });
});

describe('selectPublished', () => {
  const items = [a('Draft', '2025-05-01', true), a('Live', '2025-04-01')];

  it('leaves drafts out of a build', () => {
    const options = { includeDrafts: false, timeZone: 'UTC', lang: 'en' };
    expect(selectPublished(items, options).map((x) => x.title)).toEqual(['Live']);
  });

  it('keeps drafts for the dev server', () => {
    const options = { includeDrafts: true, timeZone: 'UTC', lang: 'en' };
    expect(selectPublished(items, options).map((x) => x.title)).toEqual(['Draft', 'Live']);
  });
});
