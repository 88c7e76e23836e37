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
  // `# <the headline>` pasted above the story: printed twice, and taken as the summary.
  if (split.kind === 'found' && typeof title === 'string') {
    const index = repeatedHeadline(split.body, title);
    if (index !== undefined)
      problems.push({
        file,
        line: split.bodyLine + index,
        field: 'body',
        message:
          'begins with the headline again, which the page prints above the story already, so readers would see it twice (delete the line)',
        severity: 'warning',
      });
  }
  if (isBlankMarkdown(split.kind === 'found' ? split.body : text)) {
    problems.push({
      file,
      ...(split.kind === 'found' && { line: split.bodyLine - 1 }),
      field: 'body',
      message: 'is empty (write the story below the closing ---)',
      severity: 'warning',
    });
  }
  return problems;
}
