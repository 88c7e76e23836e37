/**
 * One file from bytes to record, as the loader makes it (validate, then render), for tests that
 * look at a single article: the build itself validates and renders in separate steps.
 */
import { renderArticle } from '../src/content/render.ts';
import { withBodyWords } from '../src/content/sync.ts';
import { type ParseSettings, validateArticle } from '../src/content/validate.ts';
import type { Article } from '../src/content/articleSchema.ts';
import type { StoredBody } from '../src/build/bodyStore.ts';
import type { Problem } from '../src/lib/problems.ts';

/** One file's outcome: its record and body when it had no errors, and everything worth telling. */
export interface ParseResult {
  article: Article | undefined;
  body: StoredBody | undefined;
  problems: Problem[];
}

/** Validates and renders one markdown file's bytes. */
export async function parseArticle(
  file: string,
  bytes: Uint8Array,
  settings: ParseSettings,
): Promise<ParseResult> {
  const { valid, problems } = validateArticle(file, bytes, settings);
  // As a build: a file with an error (a field misspelt, text lost to a comment) is no record.
  if (!valid || problems.some((problem) => problem.severity === 'error')) {
    return { article: undefined, body: undefined, problems };
  }
  const rendered = await renderArticle(valid, withBodyWords(settings));
  if ('problem' in rendered) {
    return { article: undefined, body: undefined, problems: [...problems, rendered.problem] };
  }
  return { ...rendered, problems };
}
