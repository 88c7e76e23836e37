import { describe, expect, it } from 'vitest';
import { countOf } from '../../src/lib/plural.ts';

describe('countOf', () => {
  it('uses the singular for exactly one', () => {
    expect(countOf(1, 'article')).toBe('1 article');
    expect(countOf(0, 'article')).toBe('0 articles');
    expect(countOf(2, 'story', 'stories')).toBe('2 stories');
  });
  it('groups thousands', () => {
    expect(countOf(12000, 'file')).toBe('12,000 files');
  });
});
