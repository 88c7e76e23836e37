import { describe, expect, it } from 'vitest';
import { copyKey, copyMessage } from '../../src/lib/copies.ts';

describe('copyKey', () => {
  it('is shared by one headline, case and spacing aside, in one language on one day', () => {
    const key = copyKey('Storm closes the coast road', 'en', '2026-12-06');
    expect(copyKey('  storm closes  the Coast road ', 'en', '2026-12-06')).toBe(key);
    expect(copyKey('Storm closes the coast road', 'es', '2026-12-06')).not.toBe(key);
    expect(copyKey('Storm closes the coast road', 'en', '2026-12-07')).not.toBe(key);
    expect(copyKey('Storm closes the coast', 'en', '2026-12-06')).not.toBe(key);
  });
});

describe('copyMessage', () => {
  it('names the other file and what to do', () => {
    expect(copyMessage('content/2026/12/storm/storm.md')).toBe(
      'is the headline of content/2026/12/storm/storm.md too, on the same day, so readers see the story twice (a copy? delete one of the two files, or give this story its own headline)',
    );
  });
});
