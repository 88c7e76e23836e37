import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, isLetterSwap } from '../../src/lib/suggest.ts';

const FIELDS = [
  'title',
  'date',
  'updated',
  'summary',
  'author',
  'source',
  'tags',
  'image',
  'draft',
  'slug',
];

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one edit each', () => {
    expect(editDistance('tittle', 'title')).toBe(1);
    expect(editDistance('tag', 'tags')).toBe(1);
    expect(editDistance('udpated', 'updated')).toBe(1);
    expect(editDistance('date', 'data')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('isLetterSwap', () => {
  it('is two letters swapped, side by side or apart, and nothing else', () => {
    expect(isLetterSwap('sirya', 'syria')).toBe(true);
    expect(isLetterSwap('udpated', 'updated')).toBe(true);
    expect(isLetterSwap('syria', 'syria')).toBe(false);
    expect(isLetterSwap('style', 'title')).toBe(false);
    expect(isLetterSwap('abc', 'cab')).toBe(false);
    expect(isLetterSwap('ab', 'abc')).toBe(false);
  });
});

describe('didYouMean', () => {
  it.each([
    ['tittle', 'title'],
    ['tag', 'tags'],
    ['udpated', 'updated'],
    ['Author', 'author'],
    ['summery', 'summary'],
  ])('suggests %s → %s', (typo, field) => {
    expect(didYouMean(typo, FIELDS)).toBe(field);
  });

  it('suggests nothing for a name unlike any field', () => {
    expect(didYouMean('category', FIELDS)).toBeUndefined();
    expect(didYouMean('x', FIELDS)).toBeUndefined();
  });

  it('takes two letters swapped, even apart, for one slip (Sirya → Syria)', () => {
    expect(didYouMean('sirya', ['syria', 'politics'])).toBe('syria');
    expect(didYouMean('Sirya', ['syria'])).toBe('syria');
  });

  it('keeps a short name two edits from a field a name of its own', () => {
    expect(didYouMean('style', FIELDS)).toBeUndefined();
  });
});
