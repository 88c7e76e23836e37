import { describe, expect, it } from 'vitest';
import {
  bodyProblems,
  emptyBodyMessage,
  writtenBodyWarnings,
} from '../../src/content/bodyChecks.ts';

describe('writtenBodyWarnings', () => {
  it('finds the headline pasted above the story, on its line', () => {
    expect(writtenBodyWarnings('\n# Ferry sails\n\nThe ferry left.\n', 'Ferry sails')).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('headline again') }),
    ]);
    expect(writtenBodyWarnings('The ferry left.\n', 'Ferry sails')).toEqual([]);
  });
});

describe('emptyBodyMessage', () => {
  it('tells a story going out how to write it or hold it, and a draft only to write it', () => {
    expect(emptyBodyMessage(true)).toBe(
      'is empty, so the story would go out as a headline on an empty page (write the story below the closing ---, or hold it back with draft: true)',
    );
    expect(emptyBodyMessage(false)).toBe('is empty (write the story below the closing ---)');
    // In the CMS, where no --- shows.
    expect(emptyBodyMessage(true, 'in Story', 'Draft ticked')).toContain(
      '(write the story in Story, or hold it back with Draft ticked)',
    );
  });
});

describe('bodyProblems', () => {
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
    // Going out, an empty page would be published: an error. HTML comments are nothing written.
    const commented = `${text}<!-- to come -->\n`;
    expect(bodyProblems('content/f.md', commented, commented.length, 'Ferry sails', true)).toEqual([
      expect.objectContaining({ line: 4, severity: 'error', message: emptyBodyMessage(true) }),
    ]);
  });
});
