import { describe, expect, it } from 'vitest';
import { countWords, isBlankMarkdown, quotedWords, readingMinutes } from '../../src/lib/text.ts';

describe('countWords', () => {
  it('counts runs of letters and digits in spaced scripts', () => {
    expect(countWords('The US’s Iranian-backed militia, 600 troops.')).toBe(6);
    expect(countWords('Привет мир — مرحبا بالعالم')).toBe(4);
    expect(countWords('  \n ')).toBe(0);
  });

  it('counts the words of Chinese, Japanese and Thai, written without spaces', () => {
    expect(countWords('我们今天去北京开会')).toBeGreaterThanOrEqual(4);
    expect(countWords('東京で会議があります')).toBeGreaterThanOrEqual(4);
    expect(countWords('สวัสดีครับวันนี้อากาศดี')).toBeGreaterThanOrEqual(4);
    // Mixed text: the Latin words still count once each.
    expect(countWords('AI 模型 GPT')).toBe(3);
  });
});

describe('readingMinutes', () => {
  it('rounds up, so a one-word story takes a minute and an empty one none', () => {
    expect(readingMinutes('')).toBe(0);
    expect(readingMinutes(' \n ')).toBe(0);
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes('word '.repeat(230))).toBe(1);
    expect(readingMinutes('word '.repeat(231))).toBe(2);
    expect(readingMinutes('word '.repeat(1000), 250)).toBe(4);
  });

  it('gives 2,800 characters of Chinese several minutes, not one', () => {
    const chinese = '中国政府今天宣布了新的经济政策以促进国内消费和就业。'.repeat(108);
    expect(chinese.length).toBeGreaterThanOrEqual(2800);
    expect(readingMinutes(chinese)).toBeGreaterThanOrEqual(5);
  });
});

describe('isBlankMarkdown', () => {
  it('holds a body of white space and HTML comments blank, and anything else not', () => {
    expect(isBlankMarkdown('')).toBe(true);
    expect(isBlankMarkdown('\n  <!-- to do:\n quotes -->\n\t<!---->\n')).toBe(true);
    expect(isBlankMarkdown('<!-- note --> Text.')).toBe(false);
    expect(isBlankMarkdown('<div></div>')).toBe(false);
    // A comment never closed hides all that follows: not blank, so the render tells of it.
    expect(isBlankMarkdown('<!-- open')).toBe(false);
  });
});

describe('quotedWords', () => {
  it('runs spaces together and cuts a long text at the end of a word, marked with an ellipsis', () => {
    expect(quotedWords('  The   mayor\nspoke. ')).toBe('The mayor spoke.');
    expect(quotedWords('The mayor spoke on Tuesday', 12)).toBe('The mayor…');
    expect(quotedWords('The mayor spoke', 9)).toBe('The mayor…');
    expect(quotedWords('The mayor', 9)).toBe('The mayor');
  });
});
