import { describe, expect, it } from 'vitest';
import { isByline, joinedByline, namesOf, splitByline } from '../../src/cms/bylineNames.ts';

const PROFILES = new Set(['Jane Doe', 'Ali Khan']);

describe('namesOf', () => {
  it('reads one name, a list, or none, leaving out blanks', () => {
    expect(namesOf('Jane Doe')).toEqual(['Jane Doe']);
    expect(namesOf(['Jane Doe', '', '  ', 'Reuters'])).toEqual(['Jane Doe', 'Reuters']);
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
  it('joins the boxes in the file’s order, new names after', () => {
    const had = ['Reuters', 'Jane Doe', 'A Freelance'];
    const { profiled, others } = splitByline(had, PROFILES);
    expect(joinedByline(profiled, others, had)).toEqual(had);
    expect(joinedByline([...profiled, 'Ali Khan'], [...others, 'AP'], had)).toEqual([
      ...had,
      'Ali Khan',
      'AP',
    ]);
  });

  it('leaves out a name taken out of either box', () => {
    const had = ['Reuters', 'Jane Doe', 'A Freelance'];
    expect(joinedByline(['Jane Doe'], ['A Freelance'], had)).toEqual(['Jane Doe', 'A Freelance']);
    expect(joinedByline([], ['Reuters'], had)).toEqual(['Reuters']);
    expect(joinedByline([], [], had)).toEqual([]);
  });

  it('writes a new story’s byline Authors first, a name in both boxes once', () => {
    expect(joinedByline(['Jane Doe'], ['Reuters', 'Jane Doe'], undefined)).toEqual([
      'Jane Doe',
      'Reuters',
    ]);
  });
});
