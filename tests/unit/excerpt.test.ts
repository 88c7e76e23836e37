import { describe, expect, it } from 'vitest';
import {
  SUMMARY_MAX_LENGTH,
  deriveSummary,
  firstParagraphOf,
  isStandfirst,
  normalizeSpace,
} from '../../src/lib/excerpt.ts';

describe('deriveSummary', () => {
  it('keeps a short paragraph as it is, white space folded', () => {
    expect(deriveSummary('  A short\n paragraph.  ')).toBe('A short paragraph.');
  });

  it('cuts a long paragraph at a word boundary and marks the cut', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const summary = deriveSummary(words);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(summary.endsWith('…')).toBe(true);
    const kept = summary.slice(0, -1).split(' ');
    // Every kept word is whole.
    kept.forEach((word, i) => expect(word).toBe(`word${i}`));
  });

  it('drops trailing punctuation before the ellipsis', () => {
    const text = `${'a'.repeat(150)} ${'b'.repeat(40)}, ${'c'.repeat(30)}`;
    expect(deriveSummary(text)).toBe(`${'a'.repeat(150)} ${'b'.repeat(40)}…`);
  });

  it('cuts inside a word only when there is no boundary at all', () => {
    const summary = deriveSummary('x'.repeat(500));
    expect(summary).toBe(`${'x'.repeat(199)}…`);
  });

  it('returns an empty summary for an empty paragraph', () => {
    expect(deriveSummary('')).toBe('');
    expect(normalizeSpace('\n\t ')).toBe('');
  });
});

describe('isStandfirst and firstParagraphOf', () => {
  it('shows a summary under the headline only when it is not how the story begins', () => {
    const body =
      '# Heading\n\n![A boat](./boat.jpg)\n\nThe *council* met on [Monday](/x/) and voted.\n\nMore.';
    expect(firstParagraphOf(body)).toBe('The council met on Monday and voted.');
    expect(isStandfirst('The council met on Monday…', firstParagraphOf(body))).toBe(false);
    expect(isStandfirst('Councillors back the harbour plan.', firstParagraphOf(body))).toBe(true);
    expect(isStandfirst('', firstParagraphOf(body))).toBe(false);
    expect(firstParagraphOf('## Only a heading\n')).toBe('');
  });
});
