/**
 * One sync of the content folders: every article validated and rendered (or its stored record
 * reused), the author profiles read and every photo they show checked, every problem found at
 * once. The loaders (loaders.ts) fill Astro's collections from it; `check:content` prints it.
 */
import { resolve } from 'node:path';
import { type Problem, draftErrorsAsWarnings } from '../lib/problems.ts';
import type { PhotoInfo } from '../lib/photoSizes.ts';
import { STRINGS } from '../lib/strings.ts';
import { type ArticleStatus, articleStatus } from '../lib/articleStatus.ts';
import { type SectionsSource, sectionProblems } from '../lib/sections.ts';
import { DEFAULT_LANG, editionKey } from '../lib/languages.ts';
import { unusedEditions } from '../lib/editions.ts';
import { type CurrentStory, goneStories } from '../lib/movedStories.ts';
import { contentKey, lastPublishedIndex } from '../build/publishedIndex.ts';
import { renderInParallel, renderPool } from '../build/renderPool.ts';
import { type ValidationCache } from '../build/validationCache.ts';
import type { Article } from './articleSchema.ts';
import type { Author } from './authorSchema.ts';
import { readAuthors } from './profiles.ts';
import { bylineProblems } from './bylineChecks.ts';
import { bodyNoteProblems } from './bodyNotes.ts';
import { missingBodyImages, missingLinkedFiles, publicPageAt } from './checks.ts';
import { publicPhotoProblems, publicPhotoUses } from './publicPhotos.ts';
import { brokenSiteLinks } from './linkChecks.ts';
import { altTextProblems, checkPhotos, photoUses } from './photoChecks.ts';
import {
  type StoryOut,
  heldBackPhotoProblems,
  profilePagesOut,
  unannouncedProfilePhotos,
} from './heldBackPhotos.ts';
import { type PhotoMemo, loadPhotoMemo } from './photoFiles.ts';
import { type ParseSettings, type ValidArticle } from './validate.ts';
import { mustParseDate, sortTime } from '../lib/dates.ts';
import { type ValidationReport, validateContent } from './validateTree.ts';

/** Options for loading: where bodies go, and a way to reuse records whose source has not changed. */
export interface LoadOptions {
  /** The body store's folder (see bodyStore.ts); without it, bodies are rendered and dropped. */
  bodiesDir: string | undefined;
  /** How many threads render (see renderThreads in site.ts). */
  threads: number;
  /** The stored record for a valid file, when its source and settings are unchanged. */
  reuse?: ((article: ValidArticle) => Article | undefined) | undefined;
  /** Validation results to keep between loads (the dev server's). */
  cache?: ValidationCache | undefined;
  /** Photo readings to keep between loads (see photoFiles.ts); a fresh one by default. */
  photoMemo?: PhotoMemo | undefined;
  /** Render the valid files even when others have errors (the dev server's preview). */
  partial?: boolean | undefined;
  /** The build's "now" (see ValidateOptions). */
  now?: number | undefined;
  /**
   * The published index of the last build (see publishedIndex.ts), when there is one: a story
   * URL it names that no story answers now is a warning.
   */
  published?: string | undefined;
  /** The site's address: a body's full link to one of its own stories is checked too. */
  siteUrl?: string | undefined;
  /** The front page's sections and where they are set (see sectionProblems). */
  sections?: { names: readonly string[]; where: SectionsSource } | undefined;
  /** The languages the settings describe and where (see unusedEditions). */
  editions?: { langs: readonly string[]; where: SectionsSource } | undefined;
}

/** Every article of a content tree, and every problem found in it. */
export interface LoadResult {
  /** Records in file-path order; empty when any file has an error (unless `partial`). */
  articles: Article[];
  /** The author profiles (see profiles.ts). */
  authors: Author[];
  /** What the build knows of every photo the articles and profiles show, by key. */
  photos: Map<string, PhotoInfo>;
  /** Errors and warnings of every file, all at once. */
  problems: Problem[];
  /** Every markdown file read, relative to the root. */
  files: string[];
  /** The files that passed validation (for counts, even when others failed). */
  valid: ValidArticle[];
  /** The files with errors, as far as they could be read (see ValidationReport). */
  salvaged: ValidArticle[];
  /** The files marked drafts, with errors or without: counted as drafts either way. */
  drafts: string[];
  /** How many bodies were rendered, and how many stored records were reused instead. */
  rendered: number;
  reused: number;
}

/**
 * Reads a whole content tree: every article validated and rendered, the author profiles, and
 * every photo they show read. Every problem is found at once; no records when any file has an
 * error (unless `partial`, the dev server's preview).
 */
export async function loadArticles(
  root: string,
  dirs: readonly string[],
  given: ParseSettings,
  options: LoadOptions,
): Promise<LoadResult> {
  const settings = withBodyWords(given);
  // Each file valid on its own is rendered (or its stored record reused) as soon as it is read,
  // while the other files are read: a body that cannot be rendered is reported with every
  // other problem, all at once.
  const pool = renderPool(settings, options.bodiesDir, options.threads);
  const reusedBy = new Map<string, Article>();
  const handed = new Set<string>();
  const last =
    options.published === undefined ? undefined : await lastPublishedIndex(options.published);
  // Only a build of these content folders says what they publish (see goneSinceLastBuild).
  const out = last?.content === contentKey(root, dirs) ? last.stories : [];
  const report = await validateContent(root, dirs, settings, {
    cache: options.cache,
    now: options.now,
    published: new Map(out.map((story) => [story.slug, { file: story.file, url: story.url }])),
    onValid: (article) => {
      const record = options.reuse?.(article);
      if (record) reusedBy.set(article.file, record);
      else {
        handed.add(article.file);
        pool.add(article);
      }
    },
  }).catch((error: unknown) => {
    pool.stop();
    throw error;
  });
  const { valid, salvaged, problems, files, drafts } = report;
  const fresh = await pool.finish();
  const published = new Set(valid.map((article) => article.file));
  // A file the checks across files found wrong (a slug taken, a photo missing) was rendered
  // and its body stored (unpublished: the build fails); its record counts with the files with
  // errors. Those are rendered too, for their body's problems and photos; never stored.
  const moved = fresh.records.filter((record) => !published.has(record.filePath));
  const unpublished = await renderInParallel(
    salvaged.filter((article) => !handed.has(article.file)),
    settings,
    undefined,
    options.threads,
  );
  unpublished.records.push(...moved);
  const byFile = new Map(fresh.records.map((record) => [record.filePath, record]));
  const rendered = valid
    .map((file) => reusedBy.get(file.file) ?? byFile.get(file.file))
    .filter((article) => article !== undefined);
  // Author profiles are checked with the articles: one report for the whole content.
  const profiles = await readAuthors(root, dirs, settings);
  // A file with errors counts in the checks across files: it is still the editor's intent.
  const checked = [...valid, ...salvaged];
  const records = [...rendered, ...unpublished.records];
  profiles.problems.push(...bylineFileProblems(checked, profiles.authors));
  const draftSet = new Set(drafts);
  const photos = await shownFileProblems(root, dirs, checked, records, profiles.authors, {
    base: settings.base,
    memo: options.photoMemo ?? (await loadPhotoMemo()),
    stories: checked.map((file) => ({
      file: file.file,
      out: draftSet.has(file.file) ? Infinity : firstSeen(file, options.now, settings),
    })),
    markdownFiles: [...files, ...profiles.authors.map((author) => author.filePath)],
    timeZone: settings.timeZone,
  });
  // From the records, reused ones too: what the sanitiser took out is told on every sync.
  const notes = bodyNoteProblems(records);
  const links = linkProblems(root, checked, records, profiles.authors, settings, options);
  const gone =
    options.published === undefined || options.now === undefined
      ? []
      : await goneSinceLastBuild(options.published, contentKey(root, dirs), checked, {
          ...settings,
          now: options.now,
        });
  const { sections, editions } = settingsProblems(checked, settings, options);
  const found = [
    ...problems,
    ...gone,
    ...sections,
    ...editions,
    ...fresh.problems,
    ...unpublished.problems,
    ...profiles.problems,
    ...photos.problems,
    ...notes,
    ...links,
  ];
  // A draft is never published, so its errors stop no build; a draft with any has no record.
  const draftFiles = new Set(drafts);
  const all = draftErrorsAsWarnings(found, draftFiles);
  const failed = all.some((problem) => problem.severity === 'error');
  const result = {
    authors: profiles.authors,
    photos: photos.infos,
    problems: all,
    files,
    valid,
    salvaged,
    drafts,
    rendered: fresh.records.length + fresh.problems.length,
    reused: valid.filter((article) => reusedBy.has(article.file)).length,
  };
  if (failed && !options.partial) return { ...result, articles: [] };
  const broken = new Set(
    [
      ...photos.problems.filter((problem) => problem.severity === 'error'),
      ...found.filter((problem) => problem.severity === 'error' && draftFiles.has(problem.file)),
    ].map((problem) => problem.file),
  );
  const articles = rendered.filter((article) => !broken.has(article.filePath));
  return { ...result, articles };
}

/** Bylines that name a profile otherwise than it is written (see bylineChecks.ts). */
function bylineFileProblems(files: readonly ValidArticle[], authors: readonly Author[]) {
  return bylineProblems(
    files.map((file) => {
      const { author } = file.fields;
      const names = typeof author === 'string' ? [author] : (author ?? []);
      return {
        file: file.file,
        names: names.map((name, i) => ({ name, line: file.authorLines?.[i] })),
      };
    }),
    authors,
    Object.values(STRINGS).map((words) => words.by),
  );
}

/**
 * The files the stories and profiles show or link to, checked on every sync (reused records
 * too: a photo or a file in public/ can go while its article stays the same): each photo read,
 * body photos without alt text, photos of a story held back shown by one out sooner, and site
 * paths that name no file in public/.
 */
async function shownFileProblems(
  root: string,
  dirs: readonly string[],
  files: readonly ValidArticle[],
  records: readonly Article[],
  authors: readonly Author[],
  context: {
    base: string;
    memo: PhotoMemo;
    stories: readonly StoryOut[];
    markdownFiles: readonly string[];
    timeZone: string;
  },
) {
  const { base, memo } = context;
  const uses = photoUses(files, records, authors);
  const photos = await checkPhotos(root, dirs, uses, memo);
  const publicDir = resolve(root, 'public');
  // Whose photo it is, told by the file itself: a link beside a story to a photo of one held back
  // would publish it as the linking story's.
  const shown = new Set([...photos.infos.keys()].map((key) => photos.reals.get(key) ?? key));
  const bylines = records.map((record) => ({ file: record.filePath, authors: record.authors }));
  const profiles = authors.map((author) => ({ name: author.name, file: author.filePath }));
  const pagesOut = profilePagesOut(context.stories, bylines, profiles);
  const byFile = uses.map((use) => {
    const real = photos.reals.get(use.key);
    return real ? { ...use, key: real, shown: `${use.shown} (a link to ${real})` } : use;
  });
  photos.problems.push(
    ...unannouncedProfilePhotos(
      byFile,
      context.stories,
      bylines,
      profiles,
      context.timeZone,
      (key) => shown.has(key),
    ),
    ...heldBackPhotoProblems(
      byFile,
      context.stories,
      context.markdownFiles,
      context.timeZone,
      (key) => shown.has(key),
    ),
    ...altTextProblems(records),
    ...missingBodyImages(records, publicDir, base),
    ...(await publicPhotoProblems(
      publicPhotoUses(files, records, authors),
      [
        ...context.stories,
        // A profile's file is out when its page is.
        ...profiles.map(({ name, file }) => ({ file, out: pagesOut.get(name)! })),
      ],
      publicDir,
      context.timeZone,
    )),
    ...missingLinkedFiles(
      [
        ...records.map((record) => ({ filePath: record.filePath, links: record.siteLinks ?? [] })),
        ...authors.map((author) => ({ filePath: author.filePath, links: author.bioLinks ?? [] })),
      ],
      publicDir,
      base,
      new Set([...files.map((file) => file.file), ...authors.map((author) => author.filePath)]),
    ),
  );
  return photos;
}

/** Body and bio links to the site's own pages that lead to none readers will find (linkChecks.ts). */
function linkProblems(
  root: string,
  files: readonly ValidArticle[],
  records: readonly Article[],
  authors: readonly Author[],
  settings: ParseSettings,
  options: LoadOptions,
): Problem[] {
  // Against every file that validated, drafts too: a link to a draft is told as one.
  const targets = files.map((file) => ({
    slug: file.slug,
    aliases: file.fields.aliases ?? [],
    file: file.file,
    date: file.fields.date,
    draft: file.fields.draft ?? false,
    lang: file.fields.lang,
  }));
  return brokenSiteLinks(records, targets, authors, {
    base: settings.base,
    siteUrl: options.siteUrl,
    lang: settings.lang ?? DEFAULT_LANG,
    timeZone: settings.timeZone,
    now: options.now,
    publicPage: (path) => publicPageAt(resolve(root, 'public'), path),
  });
}

/** Sections that name no topic of the stories, and editions with no story at all. */
function settingsProblems(
  files: readonly ValidArticle[],
  settings: ParseSettings,
  options: LoadOptions,
): { sections: Problem[]; editions: Problem[] } {
  const siteLang = settings.lang ?? DEFAULT_LANG;
  // Sections name topics of the site's own language (other editions show the latest alone).
  const sections = options.sections
    ? sectionProblems(
        options.sections.names,
        files
          .filter((file) => editionKey(file.lang, siteLang) === '')
          .map((file) => ({
            tags: file.fields.tags ?? [],
            status: options.now === undefined ? 'published' : statusOf(file, options.now, settings),
          })),
        options.sections.where,
      )
    : [];
  // Every story counts, drafts too: an edition waiting for its first story is no slip.
  const editions = options.editions
    ? unusedEditions(
        options.editions.langs,
        files.map((file) => file.lang),
        siteLang,
        options.editions.where,
      )
    : [];
  return { sections, editions };
}

/**
 * The story URLs the last build of these content folders published (its index, when the cache
 * holds one) that no story answers now: each a warning naming the file and the alias that keeps
 * the URL working.
 */
async function goneSinceLastBuild(
  indexFile: string,
  content: string,
  files: readonly ValidArticle[],
  settings: ParseSettings & { now: number },
): Promise<Problem[]> {
  const last = await lastPublishedIndex(indexFile);
  // A cache from a build of other content folders (a test site, a bench corpus) says nothing
  // of what these publish.
  if (!last || last.content !== content) return [];
  const siteLang = settings.lang ?? DEFAULT_LANG;
  const current: CurrentStory[] = files.map((file) => ({
    slug: file.slug,
    edition: editionKey(file.lang, siteLang),
    title: file.fields.title,
    file: file.file,
    aliases: file.fields.aliases ?? [],
    status: statusOf(file, settings.now, settings),
    date: file.fields.date,
    aliasesLine: file.aliasesLine,
    slugLine: file.slugLine,
  }));
  return goneStories(last.stories, current);
}

/**
 * When readers first see a file's story (see StoryOut): a draft never, a story held back at
 * its release, else now; without a clock, every story but a draft is out now.
 */
function firstSeen(file: ValidArticle, now: number | undefined, settings: ParseSettings): number {
  if (file.fields.draft) return Infinity;
  if (now === undefined || statusOf(file, now, settings) === 'published') return -Infinity;
  return sortTime(mustParseDate(file.fields.date), settings.timeZone);
}

/** Where a file's story stands at `now`: published, a draft or held back. */
function statusOf(file: ValidArticle, now: number, settings: ParseSettings): ArticleStatus {
  const { title, date, draft } = file.fields;
  return articleStatus({ title, date, draft: draft ?? false }, now, settings.timeZone);
}

/** The settings with the body words (task marks, footnotes) of every language the site has. */
export function withBodyWords(settings: ParseSettings): ParseSettings {
  if (settings.bodyWords) return settings;
  const bodyWords = Object.fromEntries(
    Object.entries(STRINGS).map(
      ([lang, { taskDone, taskOpen, curlyQuotes, footnotes, footnoteBack }]) => [
        lang,
        { taskDone, taskOpen, curlyQuotes, footnotes, footnoteBack },
      ],
    ),
  );
  return { ...settings, bodyWords };
}

/** What `check:content` finds: every problem the build would find, without storing anything. */
export async function checkContent(
  root: string,
  dirs: readonly string[],
  settings: ParseSettings,
  options: {
    threads: number;
    now: number;
    photoMemo?: PhotoMemo | undefined;
    /** The last build's published index, when the cache holds one (see LoadOptions). */
    published?: string | undefined;
    /** The site's address (see LoadOptions). */
    siteUrl?: string | undefined;
    /** The front page's sections and where they are set (see LoadOptions). */
    sections?: LoadOptions['sections'];
    /** The languages the settings describe and where (see LoadOptions). */
    editions?: LoadOptions['editions'];
  },
): Promise<LoadResult> {
  // Rendering finds what validation cannot (a body too deeply nested, a body the pipeline
  // rejects); the bodies themselves are dropped.
  return loadArticles(root, dirs, settings, { ...options, bodiesDir: undefined, partial: true });
}
