import { describe, expect, it } from 'vitest';
import { listedAsScheduled, standing } from '../../src/cms/standing.ts';

const NOW = Date.parse('2026-12-06T12:00:00Z');

describe('standing', () => {
  it('says a draft is unseen, and when a story held back comes out, on the site’s clock', () => {
    expect(standing({ date: '2026-12-01', draft: true }, NOW, 'UTC')).toBe(
      'Draft: readers do not see it while Draft is on.',
    );
    expect(standing({ date: '2026-12-07T09:00:00+00:00' }, NOW, 'America/New_York')).toBe(
      'Scheduled: held back until 2026-12-07 04:00 America/New_York, then published by the next build.',
    );
    expect(standing({ date: '2026-12-07' }, NOW, 'Europe/Paris')).toBe(
      'Scheduled: held back until 2026-12-07 00:00 Europe/Paris, then published by the next build.',
    );
  });

  it('says nothing of a story out, or of one with no date to read yet', () => {
    expect(standing({ date: '2026-12-06' }, NOW, 'UTC')).toBeUndefined();
    expect(standing({ date: '2026-12-06T11:00:00Z' }, NOW, 'UTC')).toBeUndefined();
    expect(standing({ date: '' }, NOW, 'UTC')).toBeUndefined();
    expect(standing({}, NOW, 'UTC')).toBeUndefined();
  });
});

describe('listedAsScheduled', () => {
  it('finds a story in the list dated a later day than the editor’s today', () => {
    expect(listedAsScheduled('Bridge opens (2027-01-15)', '2026-12-06')).toBe(true);
    expect(listedAsScheduled('A title (with brackets) (2026-12-07)', '2026-12-06')).toBe(true);
  });

  it('leaves a story of today or before, a draft (marked already) and a summary with no day', () => {
    expect(listedAsScheduled('Bridge opens (2026-12-06)', '2026-12-06')).toBe(false);
    expect(listedAsScheduled('Bridge opens (2025-01-15)', '2026-12-06')).toBe(false);
    expect(listedAsScheduled('Draft: Bridge opens (2027-01-15)', '2026-12-06')).toBe(false);
    expect(listedAsScheduled('Bridge opens', '2026-12-06')).toBe(false);
  });
});
