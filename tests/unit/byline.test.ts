import { describe, expect, it } from 'vitest';
import { byline, joinNames } from '../../src/lib/byline.ts';

describe('byline', () => {
  it('joins names the way a reader says them', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('credits authors and source, either alone, or nothing', () => {
    expect(byline(['Jane Doe'], 'AP')).toBe('By Jane Doe, AP');
    expect(byline(['Jane Doe', 'Sam Roe'])).toBe('By Jane Doe and Sam Roe');
    expect(byline([], 'AP')).toBe('AP');
    expect(byline([])).toBe('');
  });
});
