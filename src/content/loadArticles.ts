import { existsSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { basename, join, relative, resolve, sep } from 'node:path';
import { digestOf } from '../lib/digest.ts';
import { slugFromFileName } from '../lib/slugs.ts';
import { AUTHORS_FOLDER } from '../lib/urls.ts';
import { readAuthors } from './authorProfiles.ts';
import { bodyOf } from './frontmatter.ts';
import { isEmbargoed } from '../lib/articles.ts';
import { mapLimited } from '../lib/limit.ts';
import { translationProblems } from '../lib/translations.ts';
import { isRelativeImage, photoKey } from '../lib/photos.ts';
import { MIN_CROP_PIXELS, type PhotoInfo, previewImages } from '../lib/photoSizes.ts';
import { type PhotoMemo, loadPhotoMemo, readPhotos, savePhotoMemo } from './photoFiles.ts';
import type { Author } from './authorSchema.ts';
import type { Problem } from '../lib/problems.ts';
import type { Article } from './articleSchema.ts';
import { writeBody } from './bodyStore.ts';
import {
  type ValidationCache,
  forgetMissing,
  takeChanges,
  validateCached,
} from './validationCache.ts';
import {
  type ParseSettings,
  type ValidArticle,
  renderArticle,
  validateArticle,
} from './parseArticle.ts';


/** A content tree checked without rendering: its valid files and every problem. */
export interface ValidationReport {
  /** Files that had no errors, in file-path order. */
  valid: ValidArticle[];
  /** Errors and warnings of every file, all at once. */
  problems: Problem[];
  /** Every markdown file read, relative to the root. */
  files: string[];
}

/** The markdown files of a content tree, and what was skipped there that an editor should know of. */
export interface FileList {
  /** Relative to the root, with forward slashes, in a stable order. */
  files: string[];
  problems: Problem[];
}

/**
 * Lists `*.md` files below each folder, relative to `root`. Dot-files and dot-folders are not
 * articles (macOS `._story.md`, `.git`), nor is the `authors/` folder of profiles. Symbolic links to files and folders are followed, each
 * folder read once: a link that loops back, or to a folder read already, is skipped with a warning.
 */
export async function listMarkdownFiles(root: string, dirs: readonly string[]): Promise<FileList> {
  const found = new Set<string>();
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const name = (path: string) => relative(root, path).split(sep).join('/');
  const warn = (path: string, message: string) =>
    problems.push({ file: name(path), message, severity: 'warning' });
  const walk = async (dir: string, linked: boolean, top = false): Promise<void> => {
    const real = await realpath(dir);
    if (seen.has(real)) {
      if (linked) warn(dir, 'links to a folder that is read already (skipped)');
      return;
    }
    seen.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      // Author profiles live beside the articles, in their own folder: they are not articles.
      if (top && entry.name === AUTHORS_FOLDER) continue;
      const path = join(dir, entry.name);
      let [isDir, isFile] = [entry.isDirectory(), entry.isFile()];
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => undefined);
        if (!target) {
          warn(path, 'is a link to nothing, or to itself (skipped: remove it or point it at an article)');
          continue;
        }
        [isDir, isFile] = [target.isDirectory(), target.isFile()];
      }
      if (isDir) await walk(path, entry.isSymbolicLink());
      else if (isFile && entry.name.toLowerCase().endsWith('.md')) found.add(name(path));
    }
  };
  for (const dir of dirs) await walk(resolve(root, dir), false, true);
  return { files: [...found].sort(), problems };
}

/** An alias (an old slug) must name one story only: never a slug in use, never another's alias. */
function aliasProblems(valid: readonly ValidArticle[]): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Map(valid.map((article) => [article.slug, article.file]));
  const aliases = new Map<string, string>();
  for (const article of valid) {
    for (const alias of new Set(article.fields.aliases ?? [])) {
      const owner = slugs.get(alias) ?? aliases.get(alias);
      if (owner) {
        const what = slugs.has(alias) ? 'the slug' : 'an alias';
        problems.push({
          file: article.file,
          field: 'aliases',
          message: `"${alias}" is ${what} of ${owner === article.file ? 'this article' : owner} (an old URL can lead to one story only: remove it here or there)`,
          severity: 'error',
        });
      } else {
        aliases.set(alias, article.file);
      }
    }
  }
  return problems;
}

/** Corrections dated after `now`: a correction reports what was fixed, so it cannot be ahead of time. */
function futureCorrections(valid: readonly ValidArticle[], now: number, timeZone: string): Problem[] {
  return valid.flatMap((article) =>
    (article.fields.corrections ?? []).flatMap((correction, i) =>
      isEmbargoed(correction.date, now, timeZone)
        ? [
            {
              file: article.file,
              field: `corrections.${i}.date`,
              message: `"${correction.date}" is in the future (date a correction when it is made)`,
              severity: 'error' as const,
            },
          ]
        : [],
    ),
  );
}

/** Checks that every lead image given as a site path is a file in `publicDir`. */
function missingImages(valid: readonly ValidArticle[], publicDir: string): Problem[] {
  const problems: Problem[] = [];
  for (const article of valid) {
    const src = article.fields.image?.src;
    if (!src?.startsWith('/')) continue;
    const path = src.split(/[?#]/)[0]!;
    let decoded = path;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      // Kept as written: then it is looked for as written.
    }
    if (existsSync(join(publicDir, decoded))) continue;
    problems.push({
      file: article.file,
      line: article.imageLine,
      field: 'image.src',
      message: `"${src}" is not a file in public/ (add it as public${decoded}, or correct the path)`,
      severity: 'error',
    });
  }
  return problems;
}

/** What validation may also use: a cache, where public files are, and the build's "now". */
export interface ValidateOptions {
  /** Validation results to keep between loads (see validationCache.ts). */
  cache?: ValidationCache | undefined;
  /** The folder site paths (`/images/x.jpg`) are served from; `public/` under the root by default. */
  publicDir?: string | undefined;
  /** The build's "now": a correction dated later is an error. Unchecked without it. */
  now?: number | undefined;
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
  // A bounded number of files open at once: a 50,000-article archive must load under a limit of 1,024.
  const results = await mapLimited(
    files,
    async (file) => {
      const path = resolve(root, file);
      const validate = (bytes: Uint8Array) => validateArticle(file, bytes, settings);
      if (!cache) return validate(await readFile(path));
      return validateCached(cache, file, path, validate, dirty);
    },
  );
  if (cache) forgetMissing(cache, files);
  const problems = [...listed.problems, ...results.flatMap((result) => result.problems)];
  // Outside the per-file cache: a file in public/ can come or go while the article stays the same.
  const unlisted = missingImages(
    results.flatMap((result) => (result.valid ? [result.valid] : [])),
    publicDir,
  );
  problems.push(...unlisted);
  // Outside the cache too: the same file is fine today and wrong yesterday.
  const early =
    options.now === undefined
      ? []
      : futureCorrections(
          results.flatMap((result) => (result.valid ? [result.valid] : [])),
          options.now,
          settings.timeZone,
        );
  problems.push(...early);
  const broken = new Set([...unlisted, ...early].map((problem) => problem.file));
  const valid: ValidArticle[] = [];
  const bySlug = new Map<string, ValidArticle>();
  for (const result of results) {
    if (!result.valid || broken.has(result.valid.file)) continue;
    const first = bySlug.get(result.valid.slug);
    if (first) {
      problems.push({
        file: result.valid.file,
        field: 'slug',
        message: `"${result.valid.slug}" is also the slug of ${first.file} (give one of them another slug: or file name)`,
        severity: 'error',
      });
      continue;
    }
    bySlug.set(result.valid.slug, result.valid);
    valid.push(result.valid);
  }
  problems.push(...aliasProblems(valid));
  problems.push(
    ...translationProblems(
      valid.map((article) => ({
        slug: article.slug,
        file: article.file,
        lang: article.lang,
        translationOf: article.fields.translationOf,
        line: article.translationLine,
      })),
    ),
  );
  return { valid, problems, files };
}

/** Below this many articles, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 400;

/** Rendered records in the order given, and a problem for each file that could not be rendered. */
export interface RenderReport {
  records: Article[];
  problems: Problem[];
}

/**
 * Renders articles one after another, storing each body in `bodiesDir` (a check that only looks
 * for problems passes none); a file that fails is a problem naming it, and the others go on.
 */
export async function renderAndStore(
  valid: readonly ValidArticle[],
  settings: ParseSettings,
  bodiesDir: string | undefined,
): Promise<RenderReport> {
  const report: RenderReport = { records: [], problems: [] };
  for (const file of valid) {
    const rendered = await renderArticle(file, settings);
    if ('problem' in rendered) {
      report.problems.push(rendered.problem);
      continue;
    }
    if (bodiesDir) await writeBody(bodiesDir, rendered.body);
    report.records.push(rendered.article);
  }
  return report;
}

/**
 * Renders articles on several threads, each taking an equal share and storing the bodies
 * itself, so only the small records travel back to this thread.
 */
export async function renderInParallel(
  valid: readonly ValidArticle[],
  settings: ParseSettings,
  bodiesDir: string | undefined,
  threads: number,
): Promise<RenderReport> {
  if (threads < 2 || valid.length < PARALLEL_THRESHOLD) {
    return renderAndStore(valid, settings, bodiesDir);
  }
  const size = Math.ceil(valid.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => valid.slice(i * size, (i + 1) * size));
  const results = await Promise.all(
    shares.map(
      (articles) =>
        new Promise<RenderReport>((resolve, reject) => {
          const worker = new Worker(new URL('./renderWorker.ts', import.meta.url), {
            workerData: { articles, settings, bodiesDir },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`render worker exited with ${code}`)));
        }),
    ),
  );
  return {
    records: results.flatMap((result) => result.records),
    problems: results.flatMap((result) => result.problems),
  };
}

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
}

/** Every article of a content tree, and every problem found in it. */
export interface LoadResult {
  /** Records in file-path order; empty when any file has an error (unless `partial`). */
  articles: Article[];
  /** The author profiles (see authorProfiles.ts). */
  authors: Author[];
  /** What the build knows of every photo the articles and profiles show, by key. */
  photos: Map<string, PhotoInfo>;
  /** Errors and warnings of every file, all at once. */
  problems: Problem[];
  /** Every markdown file read, relative to the root. */
  files: string[];
  /** The files that passed validation (for counts, even when others failed). */
  valid: ValidArticle[];
}

/**
 * Reads a whole content tree: every article validated and rendered, the author profiles, and
 * every photo they show read. Every problem is found at once; no records when any file has an
 * error (unless `partial`, the dev server's preview).
 */
export async function loadArticles(
  root: string,
  dirs: readonly string[],
  settings: ParseSettings,
  options: LoadOptions,
): Promise<LoadResult> {
  const { valid, problems, files } = await validateContent(root, dirs, settings, {
    cache: options.cache,
    now: options.now,
  });
  // Files with errors or not, every valid file is rendered: a body that cannot be rendered is
  // reported with every other problem, all at once.
  const reused = valid.map((article) => options.reuse?.(article));
  const fresh = await renderInParallel(
    valid.filter((_, i) => !reused[i]),
    settings,
    options.bodiesDir,
    options.threads,
  );
  // Fresh records come back in order, less the files that failed to render.
  const byFile = new Map(fresh.records.map((record) => [record.filePath, record]));
  const rendered = valid
    .map((file, i) => reused[i] ?? byFile.get(file.file))
    .filter((article) => article !== undefined);
  // Author profiles are checked with the articles: one report for the whole content.
  const profiles = await readAuthors(root, dirs, settings.base, settings.lang);
  // Checked on every load, reused records too: a photo can go while its article stays the same.
  const memo = options.photoMemo ?? (await loadPhotoMemo());
  const photos = await checkPhotos(root, dirs, photoUses(valid, rendered, profiles.authors), memo);
  const all = [...problems, ...fresh.problems, ...profiles.problems, ...photos.problems];
  const failed = all.some((problem) => problem.severity === 'error');
  const result = { authors: profiles.authors, photos: photos.infos, problems: all, files, valid };
  if (failed && !options.partial) return { ...result, articles: [] };
  const broken = new Set(
    photos.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file),
  );
  const articles = rendered.filter((article) => !broken.has(article.filePath));
  return { ...result, articles };
}

/** A place a photo is shown: which file names it, on which line and field, as written. */
interface PhotoUse {
  key: string;
  file: string;
  line: number | undefined;
  field: string;
  /** How the message shows the reference: `"./x.jpg"` or `![…](./x.jpg)`. */
  shown: string;
}

/** Every photo beside the articles that the articles and profiles show, where each is named. */
function photoUses(
  valid: readonly ValidArticle[],
  records: readonly Article[],
  authors: readonly Author[],
): PhotoUse[] {
  const uses: PhotoUse[] = [];
  for (const article of valid) {
    const src = article.fields.image?.src;
    if (!src || !isRelativeImage(src)) continue;
    const key = photoKey(article.file, src);
    uses.push({ key, file: article.file, line: article.imageLine, field: 'image.src', shown: `"${src}"` });
  }
  for (const record of records) {
    for (const photo of record.photos) {
      uses.push({ key: photo.key, file: record.filePath, line: photo.line, field: 'body', shown: `![…](${photo.src})` });
    }
  }
  for (const author of authors) {
    if (author.photo?.photo) {
      uses.push({ key: author.photo.photo, file: author.filePath, line: author.photoLine, field: 'photo.src', shown: `"${author.photo.written}"` });
    }
    for (const photo of author.bioPhotos) {
      uses.push({ key: photo.key, file: author.filePath, line: photo.line, field: 'body', shown: `![…](${photo.src})` });
    }
  }
  return uses;
}

/** Reads every photo shown; a photo that cannot be shown is an error wherever it is named. */
async function checkPhotos(
  root: string,
  dirs: readonly string[],
  uses: readonly PhotoUse[],
  memo: PhotoMemo,
): Promise<{ infos: Map<string, PhotoInfo>; problems: Problem[] }> {
  const readings = await readPhotos(root, dirs, uses.map((use) => use.key), memo);
  await savePhotoMemo(memo, new Set(readings.keys()));
  const infos = new Map<string, PhotoInfo>();
  const problems: Problem[] = [];
  for (const [key, reading] of readings) if (reading.info) infos.set(key, reading.info);
  for (const use of uses) {
    const reading = readings.get(use.key);
    const at = { file: use.file, line: use.line, field: use.field };
    if (reading?.problem) {
      problems.push({ ...at, message: `${use.shown} ${reading.problem}`, severity: 'error' });
    } else if (reading?.info && use.field === 'image.src') {
      const small = previewProblem(reading.info);
      if (small) problems.push({ ...at, message: `${use.shown} ${small}`, severity: 'warning' });
    }
  }
  return { infos, problems };
}

/**
 * What a lead photo too small for other sites' images means for the story: no link-preview card
 * of its own (a drawn card instead), or crops search engines will not get.
 */
function previewProblem(photo: PhotoInfo): string | undefined {
  const { card, missing } = previewImages(photo, '');
  const size = `is ${photo.width}×${photo.height}`;
  const hint = 'use a photo at least 1200 pixels wide';
  if (!card) {
    return `${size}: too small for a link-preview card of at least ${MIN_CROP_PIXELS.toLocaleString('en')} pixels, so the story is shared with a drawn card (${hint})`;
  }
  if (missing.length === 0) return undefined;
  return `${size}: too small for the ${missing.join(', ')} crop${missing.length > 1 ? 's' : ''} search engines ask for (at least ${MIN_CROP_PIXELS.toLocaleString('en')} pixels), left out (${hint})`;
}

/** What `check:content` finds: every problem the build would find, without storing anything. */
export async function checkContent(
  root: string,
  dirs: readonly string[],
  settings: ParseSettings,
  options: { threads: number; now: number; photoMemo?: PhotoMemo | undefined },
): Promise<LoadResult> {
  // Rendering finds what validation cannot (a body too deeply nested, a body the pipeline
  // rejects); the bodies themselves are dropped.
  return loadArticles(root, dirs, settings, { ...options, bodiesDir: undefined, partial: true });
}

/** The articles already in the content folders, for tools that add more. */
export interface ExistingArticles {
  /** Each slug in use and the file that has it (a file with errors: the slug of its name). */
  slugs: Map<string, string>;
  /** Each body's digest (its markdown, trimmed) and the file that has it. */
  bodies: Map<string, string>;
}

/** Reads which slugs and bodies the content folders hold, as the build would see them. */
export async function existingArticles(
  root: string,
  dirs: readonly string[],
  settings: ParseSettings,
): Promise<ExistingArticles> {
  const existing = dirs.filter((dir) => existsSync(resolve(root, dir)));
  const report = await validateContent(root, existing, settings);
  const slugs = new Map<string, string>();
  const bodies = new Map<string, string>();
  for (const article of report.valid) {
    slugs.set(article.slug, article.file);
    bodies.set(bodyDigest(article.text), article.file);
  }
  const named = new Set(report.valid.map((article) => article.file));
  for (const file of report.files) {
    if (named.has(file)) continue;
    const slug = slugFromFileName(basename(file));
    if (slug && !slugs.has(slug)) slugs.set(slug, file);
  }
  return { slugs, bodies };
}

/** A digest of an article's body, to tell the same story under another headline. */
export function bodyDigest(markdownFile: string): string {
  return digestOf(bodyOf(markdownFile).trim());
}
