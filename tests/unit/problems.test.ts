import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport } from '../../src/lib/problems.ts';

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
});
