import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { type CachePaths, cachePaths } from './build/caches.ts';
import { isValidTimeZone, parseDateValue, sortTime } from './lib/dates.ts';
import { type Edition, makeEdition } from './lib/editions.ts';
import { STRINGS, languageOf } from './lib/strings.ts';
import { cpuQuota, renderThreads } from './lib/threads.ts';
import { normalizeBase } from './lib/urls.ts';

/** Every setting of the site, defined once here. */
export interface SiteSettings {
  /** The site's name, shown in the header and in every `<title>`. */
  name: string;
  /** One sentence about the site, for the index's meta description. */
  description: string;
  /** The origin the site is served from; `SITE_URL` overrides it. */
  url: string;
  /** The path the site lives under (`/` or e.g. `/news/`); `BASE_PATH` overrides it. */
  base: string;
  /** The language of the site's text, for `<html lang>` and ordering. */
  lang: string;
  /** The IANA time zone date-times are shown in; calendar dates are never shifted. */
  timeZone: string;
  /** Folders of articles, relative to the project root; `DATELINE_CONTENT` (comma-separated) overrides. */
  contentDirs: string[];
  /** Articles on each page of the index, a topic or the archive. */
  articlesPerPage: number;
  /**
   * The front page's sections, in order: topic names (`Politics`), each shown with its newest
   * stories. Empty: the front page is the lead story and the latest. `DATELINE_SECTIONS`
   * (comma-separated) overrides.
   */
  sections: string[];
  /**
   * Where builds keep what the next build reuses (Astro's `cacheDir`: records, rendered bodies,
   * pages, the search index), relative to the project root; `DATELINE_CACHE_DIR` overrides.
   */
  cacheDir: string;
  /**
   * Threads that render articles; `undefined` means the cores the machine and its container
   * quota allow (at most 8). `DATELINE_THREADS` overrides.
   */
  renderThreads: number | undefined;
  /**
   * News agencies `npm run import` recognises in a wire story's dateline (`TOKYO (Kyodo) —`),
   * besides AP, Reuters and AFP: the story's `source`.
   */
  agencies: string[];
}

/** The environment variables the settings read: only these, only here. */
export interface SettingsEnv {
  SITE_URL?: string | undefined;
  BASE_PATH?: string | undefined;
  DATELINE_CONTENT?: string | undefined;
  DATELINE_NOW?: string | undefined;
  DATELINE_CACHE_DIR?: string | undefined;
  DATELINE_THREADS?: string | undefined;
  DATELINE_SECTIONS?: string | undefined;
  DATELINE_LANG?: string | undefined;
}

/** The defaults, changed by editing this object. */
export const defaults: SiteSettings = {
  name: 'Dateline',
  description: 'News, as it happens: fast, readable and free of tracking.',
  url: 'http://localhost:4321',
  base: '/',
  lang: 'en',
  timeZone: 'UTC',
  contentDirs: ['content'],
  articlesPerPage: 20,
  sections: [],
  cacheDir: 'node_modules/.astro',
  renderThreads: undefined,
  agencies: [],
};

/** The settings for a build, from the defaults and the deploy pipeline's environment. */
export function settingsFromEnv(env: SettingsEnv, base: SiteSettings = defaults): SiteSettings {
  const settings: SiteSettings = {
    ...base,
    url: env.SITE_URL?.trim() || base.url,
    base: normalizeBase(env.BASE_PATH ?? base.base),
    contentDirs: env.DATELINE_CONTENT
      ? env.DATELINE_CONTENT.split(',')
          .map((dir) => dir.trim())
          .filter(Boolean)
      : base.contentDirs,
    cacheDir: env.DATELINE_CACHE_DIR?.trim() || base.cacheDir,
    lang: env.DATELINE_LANG?.trim() || base.lang,
    sections:
      env.DATELINE_SECTIONS !== undefined
        ? env.DATELINE_SECTIONS.split(',')
            .map((name) => name.trim())
            .filter(Boolean)
        : base.sections,
    renderThreads: env.DATELINE_THREADS?.trim() ? Number(env.DATELINE_THREADS) : base.renderThreads,
  };
  const threads = settings.renderThreads;
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    throw new Error(
      `site settings: renderThreads "${env.DATELINE_THREADS ?? threads}" is not a whole number of at least 1 (DATELINE_THREADS)`,
    );
  }
  if (!languageOf(settings.lang)) {
    throw new Error(
      `site settings: lang "${settings.lang}" has no strings (available: ${Object.keys(STRINGS).join(', ')}; add a table in src/lib/strings.ts)`,
    );
  }
  if (!isValidTimeZone(settings.timeZone)) {
    throw new Error(`site settings: timeZone "${settings.timeZone}" is not an IANA time zone`);
  }
  try {
    new URL(settings.url);
  } catch {
    throw new Error(`site settings: url "${settings.url}" is not an absolute URL (SITE_URL)`);
  }
  return settings;
}

/**
 * The build's "now" in epoch ms: `DATELINE_NOW` (a date or date-time) when set, so builds and
 * tests are reproducible, else the clock. Articles dated later are held back.
 */
export function nowFromEnv(env: SettingsEnv, timeZone: string, clock: () => number): number {
  if (!env.DATELINE_NOW) return clock();
  const parsed = parseDateValue(env.DATELINE_NOW);
  if (!parsed.ok) throw new Error(`DATELINE_NOW: ${parsed.reason}`);
  return sortTime(parsed.value, timeZone);
}

/** This build's settings. */
export const settings: SiteSettings = settingsFromEnv(process.env);

/** Where this build's front-page sections are set, for messages: the variable, or this file. */
export const sectionsSource: string =
  process.env.DATELINE_SECTIONS !== undefined ? 'DATELINE_SECTIONS' : 'src/settings.ts';

/** This build's "now", read once. */
export const buildNow: number = nowFromEnv(process.env, settings.timeZone, Date.now);

const editions = new Map<string, Edition>();

/**
 * The edition a page belongs to, by its route's `edition` parameter (`Astro.params.edition`):
 * the site's own language when there is none. Its words, dates and base path (see editions.ts).
 */
export function editionAt(key: string | undefined = ''): Edition {
  let edition = editions.get(key);
  if (!edition) {
    edition = makeEdition(key, settings.lang, settings.base);
    editions.set(key, edition);
  }
  return edition;
}

/** How many threads render articles in this build (see renderThreads in src/lib/threads.ts). */
export const threads: number = renderThreads({
  cores: availableParallelism(),
  quota: cpuQuota(readIfPresent('/sys/fs/cgroup/cpu.max')),
  override: settings.renderThreads,
});

/** A small system file's text, or undefined where it does not exist (outside Linux containers). */
function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Where this build keeps its own reusable products, below the cache folder (run from the project root). */
export const cache: CachePaths = cachePaths(resolve(settings.cacheDir));
