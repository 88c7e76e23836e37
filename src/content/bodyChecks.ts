/**
 * The checks on one story's file as written, before its body is rendered: a body left empty, the
 * placeholder of `npm run new` still in it, the headline pasted above it, a file too large.
 */
import { PLACEHOLDER_BODY } from '../lib/newArticle.ts';
import type { Problem } from '../lib/problems.ts';
import { repeatedHeadline } from '../lib/repeatedHeadline.ts';
import { isBlankMarkdown } from '../lib/text.ts';
import { splitFrontmatter } from './frontmatter.ts';

/** A file larger than this is flagged: it is slow to build and to read (one of 5 MB took 8 s and 1 GB). */
export const LARGE_FILE_BYTES = 1_000_000;

/** `npm run new`'s placeholder body still in a story going out: an error on its line. */
export function placeholderProblems(file: string, text: string): Problem[] {
  const split = splitFrontmatter(text);
  if (split.kind !== 'found') return [];
  const index = split.body.split('\n').findIndex((line) => line.includes(PLACEHOLDER_BODY));
  if (index === -1) return [];
  const message = `still holds the placeholder "${PLACEHOLDER_BODY}" (write the story in place of the placeholder)`;
  return [{ file, line: split.bodyLine + index, field: 'body', message, severity: 'error' }];
}

/**
 * What a body as written would be published with a warning for: the headline pasted above it
 * (`line`: its 0-based line in the body), or nothing written (`line` -1, the closing `---`;
 * `where` the story is written, as the message tells it).
 */
export function writtenBodyWarnings(
  body: string,
  title: unknown,
  where = 'below the closing ---',
): { line: number; message: string }[] {
  const warnings: { line: number; message: string }[] = [];
  // `# <the headline>` pasted above the story: printed twice, and taken as the summary.
  const index = typeof title === 'string' ? repeatedHeadline(body, title) : undefined;
  if (index !== undefined) {
    warnings.push({
      line: index,
      message:
        'begins with the headline again, which the page prints above the story already, so readers would see it twice (delete the line)',
    });
  }
  if (isBlankMarkdown(body)) {
    warnings.push({ line: -1, message: `is empty (write the story ${where})` });
  }
  return warnings;
}

/** A file too large to build and read quickly, a body repeating its headline, a body left empty. */
export function bodyProblems(file: string, text: string, size: number, title: unknown): Problem[] {
  const problems: Problem[] = [];
  if (size > LARGE_FILE_BYTES) {
    problems.push({
      file,
      field: 'size',
      message: `is ${(size / 1_000_000).toFixed(1)} MB (an article over ${LARGE_FILE_BYTES / 1_000_000} MB is slow to build and to read: split it, or move tables and data out)`,
      severity: 'warning',
    });
  }
  const split = splitFrontmatter(text);
  const found = split.kind === 'found';
  for (const { line, message } of writtenBodyWarnings(
    found ? split.body : text,
    found ? title : undefined,
  )) {
    problems.push({
      file,
      ...(found && { line: split.bodyLine + line }),
      field: 'body',
      message,
      severity: 'warning',
    });
  }
  return problems;
}
