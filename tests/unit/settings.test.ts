import { describe, expect, it } from 'vitest';
import { defaults, nowFromEnv, settingsFromEnv } from '../../src/settings.ts';

describe('settingsFromEnv', () => {
  it('uses the defaults when the environment sets nothing', () => {
    expect(settingsFromEnv({})).toEqual({ ...defaults, base: '/' });
  });

  it('lets a deploy pipeline set the URL, base path and content folders', () => {
    const settings = settingsFromEnv({
      SITE_URL: 'https://example.org',
      BASE_PATH: 'news',
      DATELINE_CONTENT: 'content, tests/fixtures/site ',
    });
    expect(settings.url).toBe('https://example.org');
    expect(settings.base).toBe('/news/');
    expect(settings.contentDirs).toEqual(['content', 'tests/fixtures/site']);
  });

  it('refuses a bad time zone or URL with a message naming the setting', () => {
    expect(() => settingsFromEnv({}, { ...defaults, timeZone: 'Mars/Base' })).toThrow(
      'timeZone "Mars/Base" is not an IANA time zone',
    );
    expect(() => settingsFromEnv({ SITE_URL: 'example.org' })).toThrow('SITE_URL');
  });
});

describe('nowFromEnv', () => {
  const clock = () => 1234;

  it('reads the clock when nothing is pinned', () => {
    expect(nowFromEnv({}, 'UTC', clock)).toBe(1234);
  });

  it('takes a pinned date or date-time', () => {
    expect(nowFromEnv({ DATELINE_NOW: '2025-05-01T12:00:00Z' }, 'UTC', clock)).toBe(
      Date.UTC(2025, 4, 1, 12),
    );
    expect(nowFromEnv({ DATELINE_NOW: '2025-05-01' }, 'Asia/Tokyo', clock)).toBe(
      Date.UTC(2025, 3, 30, 15),
    );
  });

  it('refuses a value that is not a date, naming the variable', () => {
    expect(() => nowFromEnv({ DATELINE_NOW: 'soon' }, 'UTC', clock)).toThrow(
      'DATELINE_NOW: "soon" is not a date',
    );
  });
});
