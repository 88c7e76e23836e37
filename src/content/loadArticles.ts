import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../lib/problems.ts';
import type { Article } from './articleSchema.ts';
import { type ParseSettings, parseArticle } from './parseArticle.ts';

/** Every article of a content tree, and every problem found in it. */
export interface LoadResult {
  /** Records of the files that had no errors, in file-path order. */
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

/** Reads and validates a whole content tree; a duplicate slug is an error naming both files. */
export async function loadArticles(
  root: string,
  dirs: readonly string[],
  settings: ParseSettings,
): Promise<LoadResult> {
  const files = await listMarkdownFiles(root, dirs);
  const results = await Promise.all(
    files.map(async (file) => parseArticle(file, await readFile(resolve(root, file)), settings)),
  );
  const problems = results.flatMap((result) => result.problems);
  const articles: Article[] = [];
  const bySlug = new Map<string, Article>();
  for (const { article } of results) {
    if (!article) continue;
    const first = bySlug.get(article.slug);
    if (first) {
      problems.push({
        file: article.filePath,
        field: 'slug',
        message: `"${article.slug}" is also the slug of ${first.filePath} (give one of them another slug: or file name)`,
        severity: 'error',
      });
      continue;
    }
    bySlug.set(article.slug, article);
    articles.push(article);
  }
  return { articles, problems, files };
}
