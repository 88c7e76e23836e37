import { describe, expect, it } from 'vitest';
import { byline, bylineText, initialsOf } from '../../src/lib/byline.ts';

const people = (...names: string[]) => names.map((name) => ({ name }));

describe('byline', () => {
  it('credits authors and source the way a reader says them, either alone, or nothing', () => {
    expect(bylineText(people('Jane Doe'), 'AP')).toBe('By Jane Doe, AP');
    expect(bylineText(people('Jane Doe', 'Sam Roe'))).toBe('By Jane Doe and Sam Roe');
    expect(bylineText(people('A', 'B', 'C'))).toBe('By A, B and C');
    expect(bylineText([], 'AP')).toBe('AP');
    expect(byline([])).toEqual([]);
  });

  it('links the names that have a profile, and only those, each name a piece of its own', () => {
    expect(
      byline([{ name: 'Jane Doe', url: '/authors/jane-doe/' }, { name: 'Wire Staff' }], 'AP'),
    ).toEqual([
      { text: 'By ' },
      { text: 'Jane Doe', url: '/authors/jane-doe/', name: true },
      { text: ' and ' },
      { text: 'Wire Staff', name: true },
      { text: ', AP' },
    ]);
  });
});

describe('initialsOf', () => {
  it.each([
    ['Ana María Ruiz', 'AR'],
    ['chen wei', 'CW'],
    ['Madonna', 'M'],
    ['  Jane   "JJ"  Doe ', 'JD'],
    ['أحمد الخطيب', 'أا'],
    ['', ''],
  ])('gives %j the initials %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
