import { describe, expect, it } from 'vitest';
import {
  IN_A_DRAFT,
  draftErrorsAsWarnings,
  fieldLabel,
  formatProblem,
  formatReport,
  ordinal,
  warningSummary,
} from '../../src/lib/problems.ts';

describe('problems', () => {
  it('formats one problem as file:line field: message', () => {
    expect(
      formatProblem({
        file: 'content/x.md',
        line: 3,
        field: 'date',
        message: 'bad',
        severity: 'error',
      }),
    ).toBe('content/x.md:3 date: bad');
    expect(formatProblem({ file: 'content/x.md', message: 'bad', severity: 'error' })).toBe(
      'content/x.md: bad',
    );
  });

  it('names a list entry by its place, counted from one, as an editor counts', () => {
    expect(
      formatProblem({
        file: 'content/x.md',
        line: 9,
        field: 'corrections.0.date',
        message: 'bad',
        severity: 'error',
      }),
    ).toBe('content/x.md:9 corrections, 1st entry, date: bad');
    expect(fieldLabel('links.1')).toBe('links, 2nd entry');
    expect(fieldLabel('image.alt')).toBe('image.alt');
    expect(fieldLabel('a.b.10.c.d')).toBe('a.b, 11th entry, c.d');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
  });

  it('lists errors by file and line, then warnings, then counts', () => {
    const report = formatReport([
      { file: 'content/b.md', line: 2, field: 'title', message: 'two', severity: 'error' },
      { file: 'content/a.md', line: 9, field: 'tags', message: 'three', severity: 'error' },
      { file: 'content/a.md', line: 3, field: 'date', message: 'one', severity: 'error' },
      { file: 'content/a.md', line: 5, field: 'tittle', message: 'typo', severity: 'warning' },
    ]);
    expect(report.split('\n')).toEqual([
      'content/a.md:3 date: one',
      'content/a.md:9 tags: three',
      'content/b.md:2 title: two',
      'warning: content/a.md:5 tittle: typo',
      '3 errors in 2 files, 1 warning',
    ]);
  });

  it('counts the warnings of a report without errors, and says to check them', () => {
    const warning = { file: 'content/a.md', message: 'odd', severity: 'warning' } as const;
    expect(formatReport([warning]).split('\n')).toEqual([
      'warning: content/a.md: odd',
      '0 errors, 1 warning: check before publishing',
    ]);
    expect(formatReport([]).split('\n')).toEqual(['0 errors, 0 warnings']);
    const note = { file: 'src/settings.ts', message: 'fyi', severity: 'note' } as const;
    expect(formatReport([note, warning]).split('\n')).toEqual([
      'warning: content/a.md: odd',
      'note: src/settings.ts: fyi',
      '0 errors, 1 warning: check before publishing',
    ]);
    expect(warningSummary(2)).toBe('2 warnings: check before publishing');
  });

  it("makes a draft's errors warnings, leaving other files and a draft's warnings as they are", () => {
    const problems = [
      {
        file: 'content/draft.md',
        line: 3,
        field: 'date',
        message: 'is not a real date (use YYYY-MM-DD)',
        severity: 'error',
      },
      { file: 'content/draft.md', field: 'summary', message: 'is empty', severity: 'warning' },
      {
        file: 'content/live.md',
        line: 2,
        field: 'title',
        message: 'is required',
        severity: 'error',
      },
    ] as const;
    const out = draftErrorsAsWarnings(problems, new Set(['content/draft.md']));
    expect(out.map((p) => p.severity)).toEqual(['warning', 'warning', 'error']);
    expect(out[0]!.message).toBe(`is not a real date (use YYYY-MM-DD); ${IN_A_DRAFT}`);
    expect(out.slice(1)).toEqual(problems.slice(1));
    expect(formatReport(out).split('\n').at(-1)).toBe('1 error in 1 file, 2 warnings');
  });

  it("keeps as an error a draft's problem that leaks: what it tells of goes out now", () => {
    const leak = {
      file: 'content/draft.md',
      field: 'image.src',
      message: '"/images/scoop.jpg" is public/images/scoop.jpg, which the build publishes now',
      severity: 'error',
      leaks: true,
    } as const;
    expect(draftErrorsAsWarnings([leak], new Set(['content/draft.md']))).toEqual([leak]);
  });
});
