import { describe, expect, it } from 'vitest';
import { standing } from '../../src/cms/standing.ts';

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
