import { describe, expect, it } from 'vitest';
import { remembered, topicKey } from '../../src/lib/topicKey.ts';

describe('topicKey', () => {
  it('reads tags that differ in case, spacing, hyphens, accents or unseen characters as one topic', () => {
    const key = topicKey('US Military');
    for (const tag of ['us-military', 'US  military', ' us_military ', 'US\u200B Military']) {
      expect(topicKey(tag), tag).toBe(key);
    }
    expect(topicKey('Économie')).toBe(topicKey('economie'));
  });

  it('keeps apart tags that differ in a sign or a letter, and accents outside Latin script', () => {
    expect(topicKey('C#')).not.toBe(topicKey('C'));
    expect(topicKey('Weather')).not.toBe(topicKey('Whether'));
    // In Greek an accent is part of the word: kept.
    expect(topicKey('πόλη')).not.toBe(topicKey('πολη'));
  });
});

describe('remembered', () => {
  it('makes each value once', () => {
    let made = 0;
    const upper = remembered((tag) => {
      made += 1;
      return tag.toUpperCase();
    });
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(made).toBe(2);
  });
});
