import { countOf } from './plural.ts';

/** One thing wrong (or worth a look) in one content file. */
export interface Problem {
  /** The file, relative to the project root, with forward slashes. */
  file: string;
  /** The 1-based line, where known. */
  line?: number | undefined;
  /** The front-matter field (`image.alt`), or a part such as `front matter` or `body`. */
  field?: string | undefined;
  /** What is wrong, then what is expected in parentheses. */
  message: string;
  /** Errors fail the build; warnings are printed and counted; notes are printed only. */
  severity: 'error' | 'warning' | 'note';
  /** It tells of something readers get whatever the story's state (a file in public/): a draft's too. */
  leaks?: true | undefined;
}

/** One line: `content/x.md:3 date: "2025-02-30" is not a real date (February 2025 has 28 days)`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : `${problem.file}:`;
  const field = problem.field ? `${fieldLabel(problem.field)}: ` : '';
  return `${where} ${field}${problem.message}`;
}

/** A field path as an editor reads it: `corrections.0.date` → `corrections, 1st entry, date`. */
export function fieldLabel(field: string): string {
  // Editors count list entries from one and never see zod's indices; `image.alt` stays as it is.
  const parts: string[] = [];
  let run: string[] = [];
  for (const segment of field.split('.')) {
    if (/^\d+$/.test(segment)) {
      if (run.length > 0) parts.push(run.join('.'));
      parts.push(`${ordinal(Number(segment) + 1)} entry`);
      run = [];
    } else {
      run.push(segment);
    }
  }
  if (run.length > 0) parts.push(run.join('.'));
  return parts.join(', ');
}

/** An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Orders problems by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? '', 'en'),
  );
}

/** Every error line, then every warning line, then every note, each problem where it is. */
export function problemLines(problems: readonly Problem[]): string[] {
  const sorted = sortProblems(problems);
  return [
    ...sorted.filter((p) => p.severity === 'error').map(formatProblem),
    ...sorted.filter((p) => p.severity === 'warning').map((p) => `warning: ${formatProblem(p)}`),
    ...sorted.filter((p) => p.severity === 'note').map((p) => `note: ${formatProblem(p)}`),
  ];
}

/** The whole report: every error line, every warning line, then the count. */
export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const files = new Set(errors.map((p) => p.file)).size;
  const count =
    errors.length > 0
      ? `${countOf(errors.length, 'error')} in ${countOf(files, 'file')}, ${countOf(warnings, 'warning')}`
      : `0 errors, ${warningSummary(warnings)}`;
  return [...problemLines(problems), count].join('\n');
}

/** "1 warning: check before publishing": what a build that publishes says of its warnings. */
export function warningSummary(count: number): string {
  return count === 0 ? '0 warnings' : `${countOf(count, 'warning')}: check before publishing`;
}

/** What a demoted error says besides its own words: why the build goes on, and what it waits for. */
export const IN_A_DRAFT = 'in a draft, so it stops no build (fix it before the story is published)';

/**
 * The problems with each error of a draft made a warning: a draft is never published, so a
 * reporter's unfinished story does not hold back everyone else's. Its record is left out all
 * the same; once `draft: true` goes, the same problem is an error again and stops the build.
 * An error that `leaks` stays one: what it tells of would go out with the draft held back.
 */
export function draftErrorsAsWarnings(
  problems: readonly Problem[],
  drafts: ReadonlySet<string>,
): Problem[] {
  return problems.map((problem) =>
    problem.severity === 'error' && drafts.has(problem.file) && !problem.leaks
      ? { ...problem, message: `${problem.message}; ${IN_A_DRAFT}`, severity: 'warning' }
      : problem,
  );
}
