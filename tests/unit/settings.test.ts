import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import {
  MACHINE_DEFAULTS,
  SettingsError,
  type SiteSettings,
  liveNow,
  nowFromEnv,
  readSettings,
  readSettingsFile,
  readSettingsSource,
  sectionsSourceOf,
  settingsFromEnv,
} from '../../src/settings.ts';

const FILE = 'content/site.yaml';
const GOOD = [
  'name: Dateline',
  "description: 'News, as it happens.'",
  'url: https://news.example.com',
  'lang: en',
  'timeZone: Europe/London',
  'sections: [Politics, Economy]',
  'articlesPerPage: 20',
  'agencies: [Kyodo]',
  '',
].join('\n');

/** The lines a settings file's problems print as. */
function lines(text: string): string[] {
  const read = readSettingsFile(new TextEncoder().encode(text), FILE);
  return read.problems.map(formatProblem);
}

const base: SiteSettings = {
  ...MACHINE_DEFAULTS,
  name: 'Dateline',
  description: 'News.',
  url: 'http://localhost:4321',
  lang: 'en',
  timeZone: 'UTC',
  sections: [],
  articlesPerPage: 20,
  agencies: [],
  editions: [],
};

describe('readSettingsFile', () => {
  it('reads every setting, typed', () => {
    const read = readSettingsFile(new TextEncoder().encode(GOOD), FILE);
    expect(read.problems).toEqual([]);
    expect(read.settings).toEqual({
      name: 'Dateline',
      description: 'News, as it happens.',
      url: 'https://news.example.com',
      lang: 'en',
      timeZone: 'Europe/London',
      sections: ['Politics', 'Economy'],
      articlesPerPage: 20,
      agencies: ['Kyodo'],
    });
    const days = readSettingsFile(new TextEncoder().encode(`${GOOD}drawnCardDays: 30\n`), FILE);
    expect(days.settings?.drawnCardDays).toBe(30);
  });

  it('names the file, line and field of a syntax error, with a fix', () => {
    expect(
      lines(GOOD.replace("description: 'News, as it happens.'", 'description: News: today')),
    ).toEqual([
      `${FILE}:2 description: has ": " in its value, which YAML reads as the start of another field (put the value in quotes: description: 'News: today')`,
    ]);
  });

  it('names the file, line and field of a wrong value, in the words the build uses', () => {
    expect(lines(GOOD.replace('Europe/London', 'Mars/Base'))).toEqual([
      `${FILE}:5 timeZone: "Mars/Base" is not an IANA time zone (e.g. Europe/London, America/New_York, UTC)`,
    ]);
    expect(lines(GOOD.replace('articlesPerPage: 20', 'articlesPerPage: twenty'))).toEqual([
      `${FILE}:7 articlesPerPage: expected a whole number, got "twenty" (e.g. articlesPerPage: 20)`,
    ]);
    expect(lines(`${GOOD}drawnCardDays: -1\n`)).toEqual([
      `${FILE}:9 drawnCardDays: is below 0 days (e.g. drawnCardDays: 30)`,
    ]);
    expect(lines(`${GOOD}drawnCardDays: a month\n`)).toEqual([
      `${FILE}:9 drawnCardDays: expected a whole number of days, got "a month" (e.g. drawnCardDays: 30)`,
    ]);
    expect(lines(GOOD.replace('lang: en', 'lang: fr'))).toEqual([
      `${FILE}:4 lang: "fr" has no words on this site (available: en, es, ar; add a table in src/lib/strings.ts)`,
    ]);
    expect(lines(GOOD.replace('url: https://news.example.com', 'url: news.example.com'))).toEqual([
      `${FILE}:3 url: "news.example.com" is not an absolute URL (e.g. url: https://news.example.com)`,
    ]);
  });

  it('refuses a missing setting and a misspelt one, so a change is never silently lost', () => {
    expect(
      lines(GOOD.replace('name: Dateline\n', '').replace('articlesPerPage', 'articlesPerPag')),
    ).toEqual([
      `${FILE}:1 name: is required (e.g. name: Dateline)`,
      // Not "articlesPerPage: is required" too: the line below says where it went.
      `${FILE}:6 articlesPerPag: is not a setting (did you mean articlesPerPage?)`,
    ]);
  });
});

describe('readSettingsFile: settings under the names other tools give them', () => {
  it("names the setting Hugo's or Jekyll's name means, and not also that setting as missing", () => {
    const hugo = GOOD.replace('name: Dateline', 'title: Dateline')
      .replace('url:', 'baseURL:')
      .replace('lang: en', 'languageCode: en')
      .replace('articlesPerPage', 'paginate');
    expect(lines(hugo)).toEqual([
      `${FILE}:1 title: is what other tools call name: (rename it name:)`,
      `${FILE}:3 baseURL: is what other tools call url: (rename it url:)`,
      `${FILE}:4 languageCode: is what other tools call lang: (rename it lang:)`,
      `${FILE}:7 paginate: is what other tools call articlesPerPage: (rename it articlesPerPage:)`,
    ]);
  });

  it('names the line of the setting it means when that is there already', () => {
    expect(lines(`${GOOD}title: Another name\n`)).toEqual([
      `${FILE}:9 title: is what other tools call name: (name: is on line 1 already: keep one of the two)`,
    ]);
  });
});

describe("readSettingsFile: each edition's description", () => {
  const editions = (...entries: string[]) => `${GOOD}editions:\n${entries.join('\n')}\n`;

  it('reads a description for each other language', () => {
    const read = readSettingsFile(
      new TextEncoder().encode(editions('  - lang: es', '    description: Noticias al momento.')),
      FILE,
    );
    expect(read.problems).toEqual([]);
    expect(read.settings?.editions).toEqual([{ lang: 'es', description: 'Noticias al momento.' }]);
  });

  it('names the entry and field of each mistake, all at once', () => {
    expect(
      lines(
        editions(
          '  - lang: en',
          '    description: News.',
          '  - lang: fr',
          '    description: Nouvelles.',
          '  - lang: es',
          '    descripton: Noticias.',
          '  - lang: es-MX',
          '    description: ""',
          '  - lang: Arabic',
          '    description: أخبار.',
        ),
      ),
    ).toEqual([
      `${FILE}:10 editions, 1st entry, lang: "en" is the site's own language, whose description is description: (delete this entry)`,
      `${FILE}:12 editions, 2nd entry, lang: "fr" is a language the site has no words for (use one of en (English), es (Spanish), ar (Arabic); a developer adds a language in src/lib/strings.ts)`,
      // Not "description: is required" too: the misspelt name says where it went.
      `${FILE}:15 editions, 3rd entry, descripton: is not a field of an edition (did you mean description?)`,
      `${FILE}:16 editions, 4th entry, lang: "es-MX" is the same edition as "es", entry 3 (keep one of them)`,
      `${FILE}:17 editions, 4th entry, description: is empty (write one sentence about the site, in that language)`,
      `${FILE}:18 editions, 5th entry, lang: "Arabic" is a language's name: write its code, ar`,
    ]);
  });
});

describe('readSettings', () => {
  it('reads the file DATELINE_SETTINGS names, and throws one line per problem, without a stack', () => {
    const root = mkdtempSync(join(tmpdir(), 'dateline-settings-'));
    writeFileSync(join(root, 'site.yaml'), GOOD.replace('lang: en', 'lang: [en]'));
    let error: unknown;
    try {
      readSettings({ DATELINE_SETTINGS: 'site.yaml' }, root);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as Error).message).toBe(
      'site.yaml:4 lang: expected a language code, got a list (e.g. lang: en)',
    );
    expect((error as Error).stack).toBe('');
    expect(() => readSettings({ DATELINE_SETTINGS: 'nowhere.yaml' }, root)).toThrow(
      /^nowhere\.yaml: settings: cannot be read/,
    );
  });

  it('says where each section is written, for messages: the file and its line, or the variable', () => {
    const root = mkdtempSync(join(tmpdir(), 'dateline-settings-'));
    const yaml = GOOD.replace(
      'sections: [Politics, Economy]',
      'sections:\n  - Sirya\n  - Politics',
    );
    writeFileSync(join(root, 'site.yaml'), yaml);
    const { settings, sections } = readSettingsSource({ DATELINE_SETTINGS: 'site.yaml' }, root);
    expect(settings.sections).toEqual(['Sirya', 'Politics']);
    expect(sections).toEqual({ file: 'site.yaml', lines: [7, 8] });
    expect(sectionsSourceOf({ DATELINE_SECTIONS: 'Sirya' }, sections)).toEqual({
      file: 'DATELINE_SECTIONS',
      lines: [],
    });
    expect(sectionsSourceOf({}, sections)).toBe(sections);
  });

  it('reads the project’s own settings file', () => {
    const settings = readSettings({});
    expect(settings.contentDirs).toEqual(['content']);
    expect(settings.articlesPerPage).toBeGreaterThan(0);
  });
});

describe('settingsFromEnv', () => {
  it('keeps the file’s settings when the environment sets nothing', () => {
    expect(settingsFromEnv({}, base)).toEqual(base);
  });

  it('lets a deploy pipeline set the URL, base path and content folders', () => {
    const settings = settingsFromEnv(
      {
        SITE_URL: 'https://example.org',
        BASE_PATH: 'news',
        DATELINE_CONTENT: 'content, tests/fixtures/site ',
      },
      base,
    );
    expect(settings.url).toBe('https://example.org');
    expect(settings.base).toBe('/news/');
    expect(settings.contentDirs).toEqual(['content', 'tests/fixtures/site']);
  });

  it("takes a URL's path as the base path, and refuses a base path set apart that differs", () => {
    const pasted = settingsFromEnv({ SITE_URL: 'https://owner.github.io/news' }, base);
    expect([pasted.url, pasted.base]).toEqual(['https://owner.github.io', '/news/']);
    const both = settingsFromEnv({ SITE_URL: 'https://x.org/news/', BASE_PATH: '/news/' }, base);
    expect([both.url, both.base]).toEqual(['https://x.org', '/news/']);
    expect(() =>
      settingsFromEnv({ SITE_URL: 'https://x.org/news/', BASE_PATH: '/paper/' }, base),
    ).toThrow(
      'SITE_URL: "https://x.org/news/" has the path /news/, and BASE_PATH is /paper/: say where the site lives once (write SITE_URL=https://x.org and BASE_PATH=/news/, or the other path)',
    );
  });

  it('refuses a URL with a query, a part or a user name, naming the address to write', () => {
    expect(() => settingsFromEnv({ SITE_URL: 'https://example.org/news/?x=1' }, base)).toThrow(
      'SITE_URL: "https://example.org/news/?x=1" has a query (?x=1), which the site\'s address never has (write SITE_URL=https://example.org/news/)',
    );
    expect(() => settingsFromEnv({}, { ...base, url: 'https://ed@example.org/#top' })).toThrow(
      'url: "https://ed@example.org/#top" has a user name and a part (#top), which the site\'s address never has (write url=https://example.org)',
    );
  });

  it('refuses a bad time zone or URL with a message naming the setting', () => {
    expect(() => settingsFromEnv({}, { ...base, timeZone: 'Mars/Base' })).toThrow(
      'timeZone "Mars/Base" is not an IANA time zone',
    );
    expect(() => settingsFromEnv({ SITE_URL: 'example.org' }, base)).toThrow(SettingsError);
    expect(() => settingsFromEnv({ SITE_URL: 'example.org' }, base)).toThrow('SITE_URL');
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

describe('liveNow', () => {
  const pinned = process.env.DATELINE_NOW;
  afterEach(() => {
    vi.useRealTimers();
    if (pinned === undefined) delete process.env.DATELINE_NOW;
    else process.env.DATELINE_NOW = pinned;
  });

  it('reads the clock each time it is asked, as the dev server runs for hours', () => {
    delete process.env.DATELINE_NOW;
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 11, 6, 9));
    expect(liveNow()).toBe(Date.UTC(2026, 11, 6, 9));
    vi.setSystemTime(Date.UTC(2026, 11, 6, 11));
    expect(liveNow()).toBe(Date.UTC(2026, 11, 6, 11));
  });

  it('keeps to DATELINE_NOW when it is set, for tests and reproducible runs', () => {
    process.env.DATELINE_NOW = '2025-05-01T12:00:00Z';
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 11, 6, 9));
    expect(liveNow()).toBe(Date.UTC(2025, 4, 1, 12));
  });
});
