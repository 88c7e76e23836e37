import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../lib/problems.ts';
import type { Article } from './articleSchema.ts';
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
): Promise<ValidationReport> {
  const files = await listMarkdownFiles(root, dirs);
  const results = await Promise.all(
    files.map(async (file) => validateArticle(file, await readFile(resolve(root, file)), settings)),
  );
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

/** Reads a whole content tree into records; renders only when no file has an error. */
export async function loadArticles(
  root: string,
  dirs: readonly string[],
  settings: ParseSettings,
): Promise<LoadResult> {
  const { valid, problems, files } = await validateContent(root, dirs, settings);
  if (problems.some((problem) => problem.severity === 'error')) {
    return { articles: [], problems, files };
  }
  const articles = await Promise.all(valid.map((article) => renderArticle(article, settings)));
  return { articles, problems, files };
}
