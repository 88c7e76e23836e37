import { describe, expect, it } from 'vitest';
import { dateStyle, formatDate, formatMonth, mustParseDate } from '../../src/lib/dates.ts';
import { STRINGS, countIn, languageOf, stringsFor } from '../../src/lib/strings.ts';

describe('the string tables', () => {
  it('are complete in every language: the same keys, no empty string', () => {
    const keys = Object.keys(STRINGS.en).sort();
    for (const [lang, table] of Object.entries(STRINGS)) {
      expect(Object.keys(table).sort(), lang).toEqual(keys);
      for (const [key, value] of Object.entries(table)) {
        const shown =
          typeof value === 'function' ? (value as (...a: string[]) => string)('X', 'Y') : value;
        expect(JSON.stringify(shown), `${lang}.${key}`).not.toMatch(/""/);
      }
    }
  });

  it('pick a table by the primary language subtag, and refuse a language without one', () => {
    expect(languageOf('es-MX')).toBe('es');
    expect(stringsFor('AR').dir).toBe('rtl');
    expect(() => stringsFor('fr')).toThrow('no strings for language "fr" (available: en, es, ar)');
  });

  it("count by each language's plural rules", () => {
    expect(countIn('en', 1, STRINGS.en.articles)).toBe('1 article');
    expect(countIn('en', 1200, STRINGS.en.articles)).toBe('1,200 articles');
    expect(countIn('es', 1200, STRINGS.es.articles)).toBe('1200 artículos');
    expect([1, 2, 3, 11, 100].map((n) => countIn('ar', n, STRINGS.ar.articles))).toEqual([
      'مقال واحد',
      'مقالان',
      '3 مقالات',
      '11 مقالًا',
      '100 مقال',
    ]);
  });
});

describe('dates per language', () => {
  const day = mustParseDate('2025-04-18');
  const instant = mustParseDate('2025-04-18T09:30:00Z');

  it('keep English exactly as it was', () => {
    const en = dateStyle('en', STRINGS.en);
    expect(formatDate(day, 'UTC', en).text).toBe('April 18, 2025');
    expect(formatDate(instant, 'UTC', en).text).toBe('April 18, 2025, 9:30 AM UTC');
    expect(formatMonth(2025, 4, en)).toBe('April 2025');
  });

  it('break a line only between the day and the time, in every language', () => {
    const evening = mustParseDate('2025-04-18T21:05:00Z');
    const units = (lang: 'en' | 'es' | 'ar') =>
      formatDate(evening, 'UTC', dateStyle(lang, STRINGS[lang])).units;
    expect(units('en')).toEqual(['April 18, 2025,', '9:05 PM UTC']);
    expect(units('es')).toEqual(['18 de abril de 2025,', '21:05 UTC']);
    expect(units('ar')).toEqual(['18 أبريل 2025،', '9:05 م UTC']);
    for (const lang of ['en', 'es', 'ar'] as const) {
      const shown = formatDate(evening, 'UTC', dateStyle(lang, STRINGS[lang]));
      expect(shown.text).toBe(shown.units.join(' '));
    }
  });

  it('write Spanish and Arabic dates in their own words', () => {
    expect(formatDate(day, 'UTC', dateStyle('es', STRINGS.es)).text).toBe('18 de abril de 2025');
    expect(formatMonth(2025, 4, dateStyle('es', STRINGS.es))).toBe('abril de 2025');
    expect(formatDate(day, 'UTC', dateStyle('ar', STRINGS.ar)).text).toBe('18 أبريل 2025');
  });
});
