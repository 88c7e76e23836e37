import { describe, expect, it } from 'vitest';
import { correctionsHtml, showCorrections } from '../../src/lib/corrections.ts';
import { modifiedInstant } from '../../src/lib/meta.ts';

const corrections = [{ date: '2025-04-19', text: 'The toll was 12, not 21 <sic> & more.' }];

describe('corrections', () => {
  it('are shown as dated notes', () => {
    expect(showCorrections(corrections, 'UTC')).toEqual([
      {
        label: 'Correction, April 19, 2025',
        datetime: '2025-04-19',
        dateText: 'April 19, 2025',
        text: 'The toll was 12, not 21 <sic> & more.',
      },
    ]);
  });

  it('end a feed item as escaped HTML, and nothing when there are none', () => {
    expect(correctionsHtml(corrections, 'UTC')).toBe(
      '<aside class="corrections"><h2>Corrections</h2><p><strong>Correction, April 19, 2025:</strong> The toll was 12, not 21 &lt;sic&gt; &amp; more.</p></aside>',
    );
    expect(correctionsHtml([], 'UTC')).toBe('');
  });

  it('count as the last change of a story, after its update', () => {
    const story = { date: '2025-04-18', updated: '2025-04-18T20:00:00Z' };
    expect(modifiedInstant(story, 'UTC')).toBe('2025-04-18T20:00:00Z');
    expect(modifiedInstant({ ...story, corrections }, 'UTC')).toBe('2025-04-19T00:00:00Z');
    expect(
      modifiedInstant({ ...story, corrections: [{ date: '2025-04-18T10:00:00Z' }] }, 'UTC'),
    ).toBe('2025-04-18T20:00:00Z');
  });

  it('never date the last change before the story: a day-only change on its day keeps its time', () => {
    const story = { date: '2025-04-18T10:30:00+02:00' };
    expect(modifiedInstant({ ...story, updated: '2025-04-18' }, 'Europe/Madrid')).toBe(
      '2025-04-18T10:30:00+02:00',
    );
    expect(
      modifiedInstant({ ...story, corrections: [{ date: '2025-04-18' }] }, 'Europe/Madrid'),
    ).toBe('2025-04-18T10:30:00+02:00');
    expect(modifiedInstant({ ...story, updated: '2025-04-19' }, 'Europe/Madrid')).toBe(
      '2025-04-19T00:00:00+02:00',
    );
  });
});
