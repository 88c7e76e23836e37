import { describe, expect, it } from 'vitest';
import { curlQuotes } from '../../src/lib/curlyQuotes.ts';

describe('curlQuotes', () => {
  it('curls quotes and apostrophes, and leaves dashes and ellipses as typed', () => {
    expect(curlQuotes(`"It's over -- for now..." she said.`)).toBe(
      '\u201cIt\u2019s over -- for now...\u201d she said.',
    );
  });

  it('keeps every character in its place, so pieces joined into the text can be cut out again', () => {
    const text = `\nHe said "no".\nIt's 'done'.`;
    const curled = curlQuotes(text);
    expect(curled).toHaveLength(text.length);
    expect(curled).toBe('\nHe said \u201cno\u201d.\nIt\u2019s \u2018done\u2019.');
    expect(curlQuotes('No quote here.')).toBe('No quote here.');
  });
});
