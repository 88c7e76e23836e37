import { describe, expect, it } from 'vitest';
import {
  formatRelease,
  isEmbargoed,
  scheduledStories,
  selectPublished,
  sortArticles,
  statusSummary,
} from '../../src/lib/articleStatus.ts';

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
  const now = Date.UTC(2025, 4, 1, 12);
  const items = [
    a('Draft', '2025-04-30', true),
    a('Tomorrow', '2025-05-02'),
    a('Later today', '2025-05-01T18:00:00Z'),
    a('Today', '2025-05-01'),
    a('Live', '2025-04-01'),
  ];

  it('leaves drafts and future-dated articles out of a build', () => {
    const options = { preview: false, now, timeZone: 'UTC', lang: 'en' };
    expect(selectPublished(items, options).map((x) => [x.title, x.status])).toEqual([
      ['Today', 'published'],
      ['Live', 'published'],
    ]);
  });

  it('keeps them, marked, for the dev server', () => {
    const options = { preview: true, now, timeZone: 'UTC', lang: 'en' };
    expect(selectPublished(items, options).map((x) => [x.title, x.status])).toEqual([
      ['Tomorrow', 'scheduled'],
      ['Later today', 'scheduled'],
      ['Today', 'published'],
      ['Draft', 'draft'],
      ['Live', 'published'],
    ]);
  });
});

describe('isEmbargoed', () => {
  it('holds a calendar day back until that day has begun in the site zone', () => {
    const now = Date.UTC(2025, 4, 1, 20); // 20:00 UTC is already May 2 in Auckland
    expect(isEmbargoed('2025-05-01', now, 'UTC')).toBe(false);
    expect(isEmbargoed('2025-05-02', now, 'UTC')).toBe(true);
    expect(isEmbargoed('2025-05-02', now, 'Pacific/Auckland')).toBe(false);
  });

  it('holds a date-time back until its instant', () => {
    const now = Date.UTC(2025, 4, 1, 12);
    expect(isEmbargoed('2025-05-01T12:00:00Z', now, 'UTC')).toBe(false);
    expect(isEmbargoed('2025-05-01T12:00:01Z', now, 'UTC')).toBe(true);
    expect(isEmbargoed('2025-05-01T13:00:00+02:00', now, 'UTC')).toBe(false);
  });
});

describe('scheduledStories', () => {
  it('lists what is held back, soonest first, with its release in the site zone', () => {
    const now = Date.UTC(2026, 5, 1, 12);
    const stories = [
      { title: 'Later', date: '2026-06-03', draft: false },
      { title: 'Out', date: '2026-05-01', draft: false },
      { title: 'Draft', date: '2026-06-02', draft: true },
      { title: 'Sooner', date: '2026-06-02T09:30:00+02:00', draft: false },
    ];
    const list = scheduledStories(stories, now, 'America/New_York');
    expect(
      list.map((story) => [story.title, formatRelease(story.release, 'America/New_York')]),
    ).toEqual([
      ['Sooner', '2026-06-02 03:30 America/New_York'],
      ['Later', '2026-06-03 00:00 America/New_York'],
    ]);
  });
});

describe('statusSummary', () => {
  it('counts each status and gives the first release on the site clock, whatever offset a date has', () => {
    const now = Date.UTC(2026, 11, 7, 12);
    const stories = [
      { title: 'Out', date: '2026-12-01', draft: false },
      { title: 'Draft', date: '2026-12-01', draft: true },
      { title: 'Later in UTC', date: '2026-12-07T23:00:00Z', draft: false },
      { title: 'Sooner, written in Auckland', date: '2026-12-08T09:00:00+13:00', draft: false },
    ];
    expect(statusSummary(stories, now, 'Pacific/Auckland')).toBe(
      '1 published, 1 draft, 2 scheduled (first release: 2026-12-08 09:00 Pacific/Auckland)',
    );
    expect(statusSummary(stories.slice(0, 2), now, 'UTC')).toBe(
      '1 published, 1 draft, 0 scheduled',
    );
  });
});
