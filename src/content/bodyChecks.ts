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
 * (`line`: its 0-based line in the body).
 */
export function writtenBodyWarnings(
  body: string,
  title: unknown,
): { line: number; message: string }[] {
  // `# <the headline>` pasted above the story: printed twice, and taken as the summary.
  const index = typeof title === 'string' ? repeatedHeadline(body, title) : undefined;
  if (index === undefined) return [];
  return [
    {
      line: index,
      message:
        'begins with the headline again, which the page prints above the story already, so readers would see it twice (delete the line)',
    },
  ];
}

/**
 * What a body with nothing written is told (`where` the story is written, `hold` how to hold a
 * story back there): in a story going out, an error, as it would be a headline on an empty page;
 * in a draft, a reminder.
 */
export function emptyBodyMessage(
  goingOut: boolean,
  where = 'below the closing ---',
  hold = 'draft: true',
): string {
  return goingOut
    ? `is empty, so the story would go out as a headline on an empty page (write the story ${where}, or hold it back with ${hold})`
    : `is empty (write the story ${where})`;
}

/**
 * A file too large to build and read quickly, a body repeating its headline, a body left empty
 * (an error in a story going out, `goingOut`).
 */
export function bodyProblems(
  file: string,
  text: string,
  size: number,
  title: unknown,
  goingOut = false,
): Problem[] {
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
  const body = found ? split.body : text;
  for (const { line, message } of writtenBodyWarnings(body, found ? title : undefined)) {
    problems.push({
      file,
      ...(found && { line: split.bodyLine + line }),
      field: 'body',
      message,
      severity: 'warning',
    });
  }
  if (isBlankMarkdown(body)) {
    problems.push({
      file,
      // The closing `---`, under which the story goes.
      ...(found && { line: split.bodyLine - 1 }),
      field: 'body',
      message: emptyBodyMessage(goingOut),
      severity: goingOut ? 'error' : 'warning',
    });
  }
  return problems;
}
