import { readdir, readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { join, relative, resolve, sep } from 'node:path';
import { mapLimited } from '../lib/limit.ts';
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

/** Every article of a content tree, and every problem found in it. */
export interface LoadResult {
  /** Records in file-path order; empty when any file has an error. */
  articles: Article[];
  /** Errors and warnings of every file, all at once. */
  problems: Problem[];
  /** Every markdown file read, relative to the root. */
  files: string[];
}

/** Lists `*.md` files below each folder, relative to `root`, in a stable order. */
export async function listMarkdownFiles(root: string, dirs: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const dir of dirs) {
    const entries = await readdir(resolve(root, dir), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
        found.push(relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
      }
    }
  }
  return found.sort();
}

/** Validates a whole content tree without rendering; a duplicate slug is an error naming both files. */
export async function validateContent(
  root: string,
  dirs: readonly string[],
  settings: ParseSettings,
  cache?: ValidationCache,
): Promise<ValidationReport> {
  const dirty = cache && takeChanges(cache);
  const files = await listMarkdownFiles(root, dirs);
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
  const problems = results.flatMap((result) => result.problems);
  const valid: ValidArticle[] = [];
  const bySlug = new Map<string, ValidArticle>();
  for (const result of results) {
    if (!result.valid) continue;
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
  /** Render the valid files even when others have errors (the dev server's preview). */
  partial?: boolean | undefined;
}

/** Reads a whole content tree into records; renders only when no file has an error. */
export async function loadArticles(
  root: string,
  dirs: readonly string[],
  settings: ParseSettings,
  options: LoadOptions,
): Promise<LoadResult> {
  const { valid, problems, files } = await validateContent(root, dirs, settings, options.cache);
  if (!options.partial && problems.some((problem) => problem.severity === 'error')) {
    return { articles: [], problems, files };
  }
  const reused = valid.map((article) => options.reuse?.(article));
  const fresh = await renderInParallel(
    valid.filter((_, i) => !reused[i]),
    settings,
    options.bodiesDir,
    options.threads,
  );
  if (fresh.problems.length > 0 && !options.partial) {
    return { articles: [], problems: [...problems, ...fresh.problems], files };
  }
  // Fresh records come back in order, less the files that failed to render.
  const byFile = new Map(fresh.records.map((record) => [record.filePath, record]));
  const articles = valid
    .map((file, i) => reused[i] ?? byFile.get(file.file))
    .filter((article) => article !== undefined);
  return { articles, problems: [...problems, ...fresh.problems], files };
}
