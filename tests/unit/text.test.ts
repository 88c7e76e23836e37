import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/text.ts';

describe('countWords', () => {
  it('counts words in any script, with apostrophes and hyphens inside words', () => {
    expect(countWords('The US’s Iranian-backed militia, 600 troops.')).toBe(6);
    expect(countWords('Привет мир — مرحبا بالعالم')).toBe(4);
    expect(countWords('  \n ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds up, and is never less than a minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(231)).toBe(2);
    expect(readingMinutes(1000, 250)).toBe(4);
  });
});
