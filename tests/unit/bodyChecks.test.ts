import { describe, expect, it } from 'vitest';
import { bodyProblems, writtenBodyWarnings } from '../../src/content/bodyChecks.ts';

describe('writtenBodyWarnings', () => {
  it('finds the headline pasted above the story, on its line, and a body with nothing written', () => {
    expect(writtenBodyWarnings('\n# Ferry sails\n\nThe ferry left.\n', 'Ferry sails')).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('headline again') }),
    ]);
    expect(writtenBodyWarnings('\n<!-- to come -->\n', 'Ferry sails')).toEqual([
      { line: -1, message: 'is empty (write the story below the closing ---)' },
    ]);
    expect(writtenBodyWarnings('The ferry left.\n', 'Ferry sails')).toEqual([]);
    // In the CMS, where no --- shows.
    expect(writtenBodyWarnings('', 'Ferry sails', 'in Story')[0]?.message).toBe(
      'is empty (write the story in Story)',
    );
  });

  it('gives the build the same warnings, on the lines of the file', () => {
    const text = '---\ntitle: Ferry sails\ndate: 2025-01-01\n---\n\n';
    expect(bodyProblems('content/f.md', text, text.length, 'Ferry sails')).toEqual([
      {
        file: 'content/f.md',
        line: 4,
        field: 'body',
        message: 'is empty (write the story below the closing ---)',
        severity: 'warning',
      },
    ]);
  });
});
