import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isByline,
  joinedByline,
  namesOf,
  splitByline,
  unchangedByline,
} from '../../src/cms/bylineNames.ts';

const PROFILES = new Set(['Jane Doe', 'Ali Khan']);

describe('namesOf', () => {
  it('reads one name, a list, or none, leaving out blanks', () => {
    expect(namesOf('Jane Doe')).toEqual(['Jane Doe']);
    expect(namesOf(['Jane Doe', '', '  ', ' Reuters '])).toEqual(['Jane Doe', 'Reuters']);
    expect(namesOf(undefined)).toEqual([]);
  });
});

describe('isByline', () => {
  it('accepts a name, a list of names or none, not what the build would refuse', () => {
    expect([undefined, 'Jane Doe', ['Jane Doe', 'Reuters'], []].map(isByline)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([42, { name: 'Jane Doe' }, ['Jane Doe', 7]].map(isByline)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('splitByline', () => {
  it('puts the names with a profile in the Authors box and the rest in the other box', () => {
    expect(splitByline(['Reuters', 'Jane Doe', 'A Freelance', 'Ali Khan'], PROFILES)).toEqual({
      profiled: ['Jane Doe', 'Ali Khan'],
      others: ['Reuters', 'A Freelance'],
    });
    expect(splitByline('Reuters', PROFILES)).toEqual({ profiled: [], others: ['Reuters'] });
    // Profiles not known (not read): every name is shown, in the other box.
    expect(splitByline(['Jane Doe'], new Set())).toEqual({ profiled: [], others: ['Jane Doe'] });
  });
});

describe('joinedByline', () => {
  const had = ['Reuters Stringer', 'Jane Doe', 'A Freelance', 'Ali Khan'];
  const { profiled, others } = splitByline(had, PROFILES);
  const join = (authors: string[], rest: string[]) => joinedByline(authors, rest, had, others);

  it('keeps each name in the place the file gave it, new names after', () => {
    expect(join(profiled, others)).toEqual(had);
    expect(join([...profiled, 'Ana Ruiz'], [...others, 'Sam Okafor'])).toEqual([
      ...had,
      'Ana Ruiz',
      'Sam Okafor',
    ]);
  });

  it('keeps a name retyped in the place of the one it replaces', () => {
    expect(join(profiled, ['Reuters Stringer', 'A Freelancer'])).toEqual([
      'Reuters Stringer',
      'Jane Doe',
      'A Freelancer',
      'Ali Khan',
    ]);
    // A profile picked for one taken out takes its place too.
    expect(join(['Ana Ruiz', 'Ali Khan'], others)).toEqual([
      'Reuters Stringer',
      'Ana Ruiz',
      'A Freelance',
      'Ali Khan',
    ]);
  });

  it('puts the names of a box in the order the box shows them, in the places of its own', () => {
    expect(join(profiled, ['A Freelance', 'Reuters Stringer'])).toEqual([
      'A Freelance',
      'Jane Doe',
      'Reuters Stringer',
      'Ali Khan',
    ]);
    // A name taken out of the Authors box and picked again comes after the other.
    expect(join(['Ali Khan', 'Jane Doe'], others)).toEqual([
      'Reuters Stringer',
      'Ali Khan',
      'A Freelance',
      'Jane Doe',
    ]);
  });

  it('leaves out a name taken out of either box, the others in their places', () => {
    expect(join(['Ali Khan'], others)).toEqual(['Reuters Stringer', 'A Freelance', 'Ali Khan']);
    expect(join(profiled, ['A Freelance'])).toEqual(['Jane Doe', 'A Freelance', 'Ali Khan']);
    expect(join([], [])).toEqual([]);
  });

  it('writes a new story’s byline Authors first, a name in both boxes once, trimmed', () => {
    expect(joinedByline(['Jane Doe'], ['Reuters', ' Jane Doe ', ''], undefined)).toEqual([
      'Jane Doe',
      'Reuters',
    ]);
  });
});

describe('unchangedByline', () => {
  it('tells a byline the boxes hold as read from one changed', () => {
    const had = ['Reuters', 'Jane Doe'];
    expect(unchangedByline(['Jane Doe'], ['Reuters'], had, ['Reuters'])).toBe(true);
    expect(unchangedByline(['Jane Doe'], ['Reuters', 'AP'], had, ['Reuters'])).toBe(false);
    expect(unchangedByline([], [], undefined, [])).toBe(true);
  });
});

describe('joinedByline, for any byline and any change to the boxes', () => {
  it('writes every name the boxes hold, once, and no other', () => {
    const name = fc.constantFrom('Jane Doe', 'Ali Khan', 'Reuters', 'A Freelance', 'Sam Okafor');
    fc.assert(
      fc.property(
        fc.array(name, { maxLength: 5 }),
        fc.array(name, { maxLength: 5 }),
        fc.array(name, { maxLength: 5 }),
        (had, authors, rest) => {
          const { others } = splitByline(had, PROFILES);
          const joined = joinedByline(authors, rest, had, others);
          expect(new Set(joined).size).toBe(joined.length);
          expect([...joined].sort()).toEqual([...new Set([...authors, ...rest])].sort());
        },
      ),
    );
  });
});
