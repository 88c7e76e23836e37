import { describe, expect, it } from 'vitest';
import { defaults, settingsFromEnv } from '../../src/site.ts';

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
