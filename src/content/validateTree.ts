/**
 * A content tree checked without rendering: every article file validated (or its result
 * reused), then the checks across files (duplicate slugs, aliases, translations, photos), every
 * problem found at once. Loading (sync.ts) and `check:content` start from it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isEmbargoed } from '../lib/articleStatus.ts';
import { DEFAULT_LANG } from '../lib/languages.ts';
import type { Problem } from '../lib/problems.ts';
import { slugTakenMessage } from '../lib/slugs.ts';
import { translationProblems } from '../lib/translations.ts';
import {
  type ValidationCache,
  forgetMissing,
  takeChanges,
  validateCached,
} from '../build/validationCache.ts';
import {
  aliasProblems,
  copiedStories,
  unlikelyDates,
  futureCorrections,
  futureUpdates,
  missingImages,
  storiesInDraftFolders,
  versionWordsInSlugs,
} from './checks.ts';
import { listMarkdownFiles } from './contentFiles.ts';
import { nearTags, otherSpellings, sharedTopicAddresses } from './tagChecks.ts';
import {
  type ParseSettings,
  type ValidArticle,
  type ValidationResult,
  validateArticle,
} from './validate.ts';

/** A content tree checked without rendering: its valid files and every problem. */
export interface ValidationReport {
  /** Files that had no errors, in file-path order. */
  valid: ValidArticle[];
  /**
   * Files with errors, as far as they could be read (see ValidationResult): never published,
   * checked further with the valid ones, so every problem of a file is found at once.
   */
  salvaged: ValidArticle[];
  /** Errors and warnings of every file, all at once. */
  problems: Problem[];
  /** Every markdown file read, relative to the root. */
  files: string[];
  /** The files marked drafts, with errors or without (see ValidationResult.draft). */
  drafts: string[];
}

/** What validation may also use: a cache, where public files are, and the build's "now". */
export interface ValidateOptions {
  /** Validation results to keep between loads (see validationCache.ts). */
  cache?: ValidationCache | undefined;
  /** The folder site paths (`/images/x.jpg`) are served from; `public/` under the root by default. */
  publicDir?: string | undefined;
  /** The build's "now": a correction dated later is an error. Unchecked without it. */
  now?: number | undefined;
  /**
   * Told of each file that is valid on its own, as soon as it is read, so its rendering can
   * start while other files are read; the checks across files may still find it wrong.
   */
  onValid?: ((article: ValidArticle) => void) | undefined;
  /**
   * The stories the last build published, by slug: their file and page's path. Of two files
   * with one slug, the published one keeps it.
   */
  published?: ReadonlyMap<string, { file: string; url: string }> | undefined;
}

/**
 * Files whose slug another file has, files with errors too (a story with a wrong date still
 * holds its URL), each an error naming the other file. The file the last build published under
 * the slug keeps it (`published`: slug → its file and page); else a draft is told before a
 * story; of two files, the one that sets `slug:` is told, on that line, as the one more likely
 * new; of two alike, the later one. A file whose own `slug:` is wrong is left out: that error is
 * told already.
 */
function slugClashes(
  results: readonly ValidationResult[],
  published: ReadonlyMap<string, { file: string; url: string }> = new Map(),
): {
  problems: Problem[];
  files: Set<string>;
} {
  const bySlug = new Map<string, ValidArticle[]>();
  for (const result of results) {
    const article = result.valid ?? result.salvaged;
    if (!article) continue;
    if (result.problems.some((problem) => problem.field === 'slug' && problem.severity === 'error'))
      continue;
    bySlug.set(article.slug, [...(bySlug.get(article.slug) ?? []), article]);
  }
  const problems: Problem[] = [];
  const files = new Set<string>();
  for (const [slug, articles] of bySlug) {
    if (articles.length < 2) continue;
    // A draft is not published yet: a published story keeps the URL, and the draft is told.
    const live = articles.filter((article) => article.fields.draft !== true);
    const candidates = live.length > 0 ? live : articles;
    const out = published.get(slug);
    const kept = candidates.find((article) => article.file === out?.file);
    const keeper =
      kept ?? candidates.find((article) => article.slugLine === undefined) ?? candidates[0]!;
    for (const article of articles) {
      if (article === keeper) continue;
      problems.push({
        file: article.file,
        line: article.slugLine,
        field: 'slug',
        message: slugTakenMessage(slug, keeper.file, kept && out?.url),
        severity: 'error',
      });
      files.add(article.file);
    }
  }
  return { problems, files };
}

/** Validates a whole content tree without rendering; a duplicate slug is an error naming both files. */
export async function validateContent(
  root: string,
  dirs: readonly string[],
  settings: ParseSettings,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const { cache, publicDir = resolve(root, 'public') } = options;
  const dirty = cache && takeChanges(cache);
  const listed = await listMarkdownFiles(root, dirs);
  const { files } = listed;
  // Each file read at once, one open at a time: an article is a few kilobytes, and reading
  // 10,000 through the thread pool (open, stat, read, close, each a round trip) cost this thread
  // ten times the CPU, taken from the render workers beside it.
  const results = files.map((file) => {
    const path = resolve(root, file);
    const validate = (bytes: Uint8Array) => validateArticle(file, bytes, settings);
    const result = cache
      ? validateCached(cache, file, path, validate, dirty)
      : validate(readFileSync(path));
    if (result.valid) options.onValid?.(result.valid);
    return result;
  });
  if (cache) forgetMissing(cache, files);
  const problems = [...listed.problems, ...results.flatMap((result) => result.problems)];
  // Every file as far as it could be read: one with a bad date still has its photos checked.
  const readable = results.flatMap((result) => result.valid ?? result.salvaged ?? []);
  // Outside the per-file cache: a file in public/ can come or go while the article stays the same.
  const unlisted = missingImages(readable, publicDir);
  problems.push(...unlisted);
  // Outside the cache too: the same file is fine today and wrong yesterday.
  const early =
    options.now === undefined
      ? []
      : [
          ...futureCorrections(readable, options.now, settings.timeZone),
          ...futureUpdates(readable, options.now, settings.timeZone),
        ];
  problems.push(...early);
  if (options.now !== undefined) problems.push(...unlikelyDates(readable, options.now));
  const broken = new Set([...unlisted, ...early].map((problem) => problem.file));
  const taken = slugClashes(results, options.published);
  problems.push(...taken.problems);
  const valid: ValidArticle[] = [];
  const salvaged = results.flatMap((result) => result.salvaged ?? []);
  const bySlug = new Map<string, ValidArticle>();
  for (const result of results) {
    if (!result.valid) continue;
    if (broken.has(result.valid.file) || taken.files.has(result.valid.file)) {
      salvaged.push(result.valid);
      continue;
    }
    bySlug.set(result.valid.slug, result.valid);
    valid.push(result.valid);
  }
  // Across files, the files with errors count too: a translation of a story whose date is
  // wrong is not a translation of nothing, and an alias clash is found in the same build.
  // Drafts last: of a story and a draft that claim one old URL or translation, the draft is told.
  const checked = [...valid, ...salvaged.filter((article) => !bySlug.has(article.slug))].sort(
    (a, b) => Number(a.fields.draft === true) - Number(b.fields.draft === true),
  );
  problems.push(...aliasProblems(checked));
  // Files with errors are told of those first (a language refused reads as the site's).
  const out = new Set([...(options.published?.values() ?? [])].map((story) => story.file));
  problems.push(...copiedStories(valid, settings.timeZone, out));
  problems.push(...versionWordsInSlugs(checked));
  problems.push(...nearTags(valid, settings.lang ?? DEFAULT_LANG));
  problems.push(...sharedTopicAddresses(valid, settings.lang ?? DEFAULT_LANG));
  problems.push(...otherSpellings(valid, settings.lang ?? DEFAULT_LANG));
  // Of files with errors too: what holds a story back is told with them, not after.
  problems.push(...storiesInDraftFolders(checked));
  const drafts = files.filter((_, i) => results[i]!.draft === true);
  const draftFiles = new Set(drafts);
  const held = (article: ValidArticle) =>
    article.fields.draft === true || draftFiles.has(article.file)
      ? ('a draft' as const)
      : options.now !== undefined &&
          isEmbargoed(article.fields.date, options.now, settings.timeZone)
        ? ('held back' as const)
        : undefined;
  problems.push(
    ...translationProblems(
      checked.map((article) => ({
        held: held(article),
        slug: article.slug,
        file: article.file,
        lang: article.lang,
        translationOf: article.fields.translationOf,
        line: article.translationLine,
        aliases: article.fields.aliases,
      })),
    ),
  );
  return { valid, salvaged, problems, files, drafts };
}
