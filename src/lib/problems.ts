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
  /** Errors fail the build; warnings are printed only. */
  severity: 'error' | 'warning';
}

/** One line: `content/x.md:3 date: "2025-02-30" is not a real date (use YYYY-MM-DD)`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : `${problem.file}:`;
  const field = problem.field ? `${problem.field}: ` : '';
  return `${where} ${field}${problem.message}`;
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

/** The whole report: every error line, every warning line, then the count. */
export function formatReport(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error');
  const warnings = sorted.filter((p) => p.severity === 'warning');
  const lines = [
    ...errors.map(formatProblem),
    ...warnings.map((p) => `warning: ${formatProblem(p)}`),
  ];
  const files = new Set(errors.map((p) => p.file)).size;
  lines.push(
    `${countOf(errors.length, 'error')} in ${countOf(files, 'file')}, ${countOf(warnings.length, 'warning')}`,
  );
  return lines.join('\n');
}
