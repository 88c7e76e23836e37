import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../src/lib/suggest.ts';

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
});
