import { describe, expect, it } from 'vitest';
import { fitsScript, likelyLang, writtenScript } from '../../src/lib/scripts.ts';

describe('writtenScript', () => {
  it('names the script most letters are in', () => {
    expect(writtenScript('الحكومة تعلن خطة جديدة للنقل العام')).toBe('Arabic');
    expect(writtenScript('Совет одобрил план гавани во вторник')).toBe('Cyrillic');
    expect(writtenScript('Council approves the harbour plan')).toBe('Latin');
    // Kana beside Han characters is Japanese; Han alone may be Chinese or Japanese.
    expect(writtenScript('政府は本日、新しい交通計画を発表しました')).toBe('Japanese');
    expect(writtenScript('政府今天公布了新的交通计划和城市规划')).toBe('Han');
  });

  it('says nothing of a short text or one in no script mostly', () => {
    expect(writtenScript('Gaza')).toBeUndefined();
    expect(writtenScript('2026 — 14:00 · 3/4')).toBeUndefined();
    expect(writtenScript('Harbour خطة Совет')).toBeUndefined();
  });
});

describe('fitsScript', () => {
  it('fits a language to the scripts it is written in', () => {
    expect(fitsScript('ar', 'Arabic')).toBe(true);
    expect(fitsScript('en', 'Arabic')).toBe(false);
    expect(fitsScript('en-GB', 'Latin')).toBe(true);
    expect(fitsScript('ar', 'Latin')).toBe(false);
    // Serbian is written in both.
    expect(fitsScript('sr', 'Latin')).toBe(true);
    expect(fitsScript('sr', 'Cyrillic')).toBe(true);
    expect(fitsScript('ja', 'Han')).toBe(true);
    expect(fitsScript('en', undefined)).toBe(true);
  });

  it('suggests the language most written in a script', () => {
    expect(likelyLang('Arabic')).toBe('ar');
    expect(likelyLang('Hangul')).toBe('ko');
    expect(likelyLang('Latin')).toBeUndefined();
  });
});
