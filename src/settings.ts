import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { type CachePaths, cachePaths } from './build/caches.ts';
import { readYamlFields, toldAlready } from './content/frontmatter.ts';
import { OTHER_SETTING_NAMES } from './content/otherNames.ts';
import {
  SETTINGS_FILE,
  SITE_FILE_FIELDS,
  type SiteFile,
  siteFileSchema,
  siteLangProblem,
} from './content/siteSchema.ts';
import { parseDateValue, sortTime, timeZoneProblem } from './lib/dates.ts';
import { type Edition, editionKey, langProblem, makeEdition } from './lib/editions.ts';
import { type Problem, formatProblem, sortProblems } from './lib/problems.ts';
import type { SectionsSource } from './lib/sections.ts';
import { didYouMean } from './lib/suggest.ts';
import { cpuQuota, renderThreads } from './lib/threads.ts';
import { normalizeBase } from './lib/urls.ts';
import { decodeText, notUtf8Message } from './lib/utf8.ts';

/**
 * Every setting of the site: what editors change lives in `content/site.yaml` (see
 * src/content/siteSchema.ts), where builds keep their files is set here.
 */
export interface SiteSettings {
  /** The site's name, shown in the header and in every `<title>`. */
  name: string;
  /** One sentence about the site, for the index's meta description. */
  description: string;
  /** The description in each other language the site has an edition in (see editionAt). */
  editions: { lang: string; description: string }[];
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
   * Days a story without a picture is shared with a card drawn with its headline, from its date;
   * after that with the site's card (see keepsOwnCard). Undefined: every story keeps its own.
   */
  drawnCardDays?: number | undefined;
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
  DATELINE_SETTINGS?: string | undefined;
}

/** The settings that say where things are, not what the site shows: not in the settings file. */
export const MACHINE_DEFAULTS = {
  base: '/',
  contentDirs: ['content'],
  cacheDir: 'node_modules/.astro',
  renderThreads: undefined,
} satisfies Partial<SiteSettings>;

/**
 * Thrown for settings the site cannot be built with: its message is one line per problem
 * (`content/site.yaml:4 timeZone: "Mars/Base" is not an IANA time zone (…)`), and it has no
 * stack, which would only bury that line (see ContentError).
 */
export class SettingsError extends Error {
  override name = 'SettingsError';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}

/** What a settings file holds, or every problem with it, each with its file, line and field. */
export function readSettingsFile(
  bytes: Uint8Array,
  file: string,
):
  | { settings: SiteFile; problems: []; sectionLines: number[]; editionLines: number[] }
  | { settings: undefined; problems: Problem[] } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const message = notUtf8Message(bytes, decoded);
    return {
      settings: undefined,
      problems: [{ file, line: decoded.line, field: 'encoding', message, severity: 'error' }],
    };
  }
  const read = readYamlFields(decoded.text.replace(/\r\n?/g, '\n'), file, {
    firstLine: 1,
    whole: 'settings',
    notFields: 'expected settings such as name: and url:, one a line',
  });
  if (!read.data) return { settings: undefined, problems: read.problems };
  const problems = [...read.problems];
  const fail = (path: readonly PropertyKey[], message: string) =>
    problems.push({
      file,
      line: read.lineOf(path),
      field: path.join('.'),
      message,
      severity: 'error',
    });
  for (const key of Object.keys(read.data)) {
    if (SITE_FILE_FIELDS.includes(key)) continue;
    // A setting spelt wrong would be ignored without a word: refused, so the change is not lost.
    const other = Object.hasOwn(OTHER_SETTING_NAMES, key) ? OTHER_SETTING_NAMES[key] : undefined;
    if (other) {
      const fix =
        other in read.data
          ? `${other}: is on line ${read.lineOf([other])} already: keep one of the two`
          : `rename it ${other}:`;
      fail([key], `is what other tools call ${other}: (${fix})`);
      continue;
    }
    const near = didYouMean(key, SITE_FILE_FIELDS);
    fail(
      [key],
      `is not a setting (${near ? `did you mean ${near}?` : `settings: ${SITE_FILE_FIELDS.join(', ')}`})`,
    );
  }
  const parsed = siteFileSchema.safeParse(read.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // `name: is required` says again what `title: is what other tools call name:` said.
      if (!toldAlready(issue.path, read, OTHER_SETTING_NAMES)) fail(issue.path, issue.message);
    }
  }
  const lang = typeof read.data.lang === 'string' ? read.data.lang : undefined;
  problems.push(...editionProblems(read.data, lang, file, read.lineOf));
  if (!parsed.success || problems.length > 0)
    return { settings: undefined, problems: sortProblems(problems) };
  const sectionLines = (parsed.data.sections ?? []).map((_, i) => read.lineOf(['sections', i]));
  const editionLines = (parsed.data.editions ?? []).map((_, i) =>
    read.lineOf(['editions', i, 'lang']),
  );
  return { settings: parsed.data, problems: [], sectionLines, editionLines };
}

/** The fields of an entry of `editions:`. */
const EDITION_FIELDS = ['lang', 'description'];

/**
 * What the file's `editions:` gets wrong across entries: a field no entry has, the site's own
 * language (its description is `description:`), a language listed twice.
 */
function editionProblems(
  data: Record<string, unknown>,
  siteLang: string | undefined,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
): Problem[] {
  if (!Array.isArray(data.editions)) return [];
  const problems: Problem[] = [];
  const fail = (path: readonly PropertyKey[], message: string) =>
    problems.push({ file, line: lineOf(path), field: path.join('.'), message, severity: 'error' });
  const seen = new Map<string, { lang: string; index: number }>();
  data.editions.forEach((entry: unknown, i) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return;
    for (const key of Object.keys(entry)) {
      if (EDITION_FIELDS.includes(key)) continue;
      const near = didYouMean(key, EDITION_FIELDS);
      fail(
        ['editions', i, key],
        `is not a field of an edition (${near ? `did you mean ${near}?` : 'fields: lang, description'})`,
      );
    }
    const lang = (entry as { lang?: unknown }).lang;
    if (typeof lang !== 'string' || langProblem(lang)) return;
    if (siteLang === undefined || siteLangProblem(siteLang)) return;
    const key = editionKey(lang, siteLang);
    if (key === '') {
      fail(
        ['editions', i, 'lang'],
        `"${lang}" is the site's own language, whose description is description: (delete this entry)`,
      );
    } else if (seen.has(key)) {
      const first = seen.get(key)!;
      const same =
        first.lang === lang ? 'is listed already' : `is the same edition as "${first.lang}"`;
      fail(
        ['editions', i, 'lang'],
        `"${lang}" ${same}, entry ${first.index + 1} (keep one of them)`,
      );
    } else {
      seen.set(key, { lang, index: i });
    }
  });
  return problems;
}

/** The settings file this run reads, from the project root: `DATELINE_SETTINGS` or the fixed one. */
export function settingsFilePath(env: SettingsEnv): string {
  return env.DATELINE_SETTINGS?.trim() || SETTINGS_FILE;
}

/** The site's settings from its file (relative to `root`) and the machinery's defaults. */
export function readSettings(env: SettingsEnv, root: string = process.cwd()): SiteSettings {
  return readSettingsSource(env, root).settings;
}

/** The settings from their file, with where the file writes each front-page section. */
export function readSettingsSource(
  env: SettingsEnv,
  root: string = process.cwd(),
): { settings: SiteSettings; sections: SectionsSource; editions: SectionsSource } {
  const path = resolve(root, settingsFilePath(env));
  const file = relative(root, path).split(sep).join('/');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new SettingsError(
      `${file}: settings: cannot be read (it holds the site's name, url, lang, timeZone and articlesPerPage; restore it from git)`,
    );
  }
  const read = readSettingsFile(bytes, file);
  if (!read.settings) throw new SettingsError(read.problems.map(formatProblem).join('\n'));
  const { sections = [], agencies = [], editions = [], ...shown } = read.settings;
  return {
    settings: { ...MACHINE_DEFAULTS, ...shown, sections, agencies, editions },
    sections: { file, lines: read.sectionLines },
    editions: { file, lines: read.editionLines },
  };
}

/** Where a build's sections are set: `DATELINE_SECTIONS` when it is set (no line), else the file. */
export function sectionsSourceOf(env: SettingsEnv, file: SectionsSource): SectionsSource {
  return env.DATELINE_SECTIONS !== undefined ? { file: 'DATELINE_SECTIONS', lines: [] } : file;
}

/** The settings for a build: the file's, with the deploy pipeline's environment over them. */
export function settingsFromEnv(env: SettingsEnv, base: SiteSettings): SiteSettings {
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
    throw new SettingsError(
      `DATELINE_THREADS: "${env.DATELINE_THREADS ?? threads}" is not a whole number of at least 1`,
    );
  }
  const langProblem = siteLangProblem(settings.lang);
  if (langProblem) throw new SettingsError(`DATELINE_LANG: ${langProblem}`);
  const zoneProblem = timeZoneProblem(settings.timeZone);
  if (zoneProblem) throw new SettingsError(`settings: timeZone ${zoneProblem}`);
  if (!URL.canParse(settings.url)) {
    throw new SettingsError(
      `SITE_URL: "${settings.url}" is not an absolute URL (e.g. https://news.example.com)`,
    );
  }
  return withPathAsBase(settings, env.SITE_URL?.trim() ? 'SITE_URL' : 'url', env.BASE_PATH);
}

/**
 * A URL with a path (`https://owner.github.io/news/`, a project site's address pasted whole):
 * the path is where the site lives, its base, unless a base is set and differs, which is refused.
 */
function withPathAsBase(
  settings: SiteSettings,
  urlName: string,
  basePath: string | undefined,
): SiteSettings {
  const { origin, pathname, search, hash, username, password } = new URL(settings.url);
  // `https://x.org/news/?utm=1`, `https://user@x.org`: parts no page's address carries.
  const extra = [
    ...(username || password ? ['a user name'] : []),
    ...(search ? [`a query (${search})`] : []),
    ...(hash ? [`a part (${hash})`] : []),
  ];
  if (extra.length > 0) {
    throw new SettingsError(
      `${urlName}: "${settings.url}" has ${extra.join(' and ')}, which the site's address never has (write ${urlName}=${origin}${pathname === '/' ? '' : pathname})`,
    );
  }
  if (pathname === '/' || pathname === '') return settings;
  const fromUrl = normalizeBase(pathname);
  if (settings.base !== '/' && settings.base !== fromUrl) {
    const baseName = basePath === undefined ? 'base' : 'BASE_PATH';
    throw new SettingsError(
      `${urlName}: "${settings.url}" has the path ${fromUrl}, and ${baseName} is ${settings.base}: say where the site lives once (write ${urlName}=${origin} and ${baseName}=${fromUrl}, or the other path)`,
    );
  }
  return { ...settings, url: origin, base: fromUrl };
}

/** Set once this process has read good settings: a later read is a dev server's restart. */
const READ_BEFORE = Symbol.for('dateline.settingsReadBefore');

/**
 * Runs `read`; settings the site cannot be built with end the process with their lines alone,
 * whoever asked (astro build, astro dev, check:content), never with a stack trace. A dev server
 * re-reading them after an edit goes on with its last good settings instead: the error is
 * thrown for Astro to print (in the terminal and the browser), and the next save is read again.
 */
export function settingsOrExit<T>(read: () => T): T {
  const global = globalThis as { [READ_BEFORE]?: boolean };
  try {
    const value = read();
    global[READ_BEFORE] = true;
    return value;
  } catch (error) {
    if (!(error instanceof SettingsError) || global[READ_BEFORE]) throw error;
    console.error(error.message);
    // Without it, "no other problem" could read as "the stories are fine".
    const count = error.message.split('\n').length;
    console.error(
      `${count === 1 ? 'fix this' : `fix these ${count}`} first: the stories are checked once the settings can be read`,
    );
    process.exit(1);
  }
}

/**
 * The build's "now" in epoch ms: `DATELINE_NOW` (a date or date-time) when set, so builds and
 * tests are reproducible, else the clock. Articles dated later are held back.
 */
export function nowFromEnv(env: SettingsEnv, timeZone: string, clock: () => number): number {
  if (!env.DATELINE_NOW) return clock();
  const parsed = parseDateValue(env.DATELINE_NOW);
  if (!parsed.ok) throw new SettingsError(`DATELINE_NOW: ${parsed.reason}`);
  return sortTime(parsed.value, timeZone);
}

/** This build's settings file, from the project root. */
export const settingsFile: string = settingsFilePath(process.env);

/** This build's settings file as read, with where it writes each section. */
const fromFile = settingsOrExit(() => readSettingsSource(process.env));

/** This build's settings. */
export const settings: SiteSettings = settingsOrExit(() =>
  settingsFromEnv(process.env, fromFile.settings),
);

/** Where this build's front-page sections are set, for messages: the file and lines, or the variable. */
export const sectionsSource: SectionsSource = sectionsSourceOf(process.env, fromFile.sections);

/** Where this build's editions are set, for messages: the settings file and each entry's line. */
export const editionsSource: SectionsSource = fromFile.editions;

/** This build's "now", read once. */
export const buildNow: number = settingsOrExit(() =>
  nowFromEnv(process.env, settings.timeZone, Date.now),
);

/**
 * "Now" as it reads when asked: `DATELINE_NOW` when set, else the clock. For the dev server,
 * which runs for hours while stories are saved dated "now"; a build reads `buildNow`, once.
 */
export const liveNow = (): number => nowFromEnv(process.env, settings.timeZone, Date.now);

const editions = new Map<string, Edition>();

/**
 * The edition a page belongs to, by its route's `edition` parameter (`Astro.params.edition`):
 * the site's own language when there is none. Its words, dates and base path (see editions.ts).
 */
export function editionAt(key: string | undefined = ''): Edition {
  let edition = editions.get(key);
  if (!edition) {
    // The site's own edition always has the site's description, whatever DATELINE_LANG says.
    const own = key
      ? settings.editions.find((e) => editionKey(e.lang, settings.lang) === key)
      : undefined;
    edition = makeEdition(key, settings.lang, settings.base, {
      text: own?.description ?? settings.description,
      translated: own !== undefined,
    });
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
