import { describe, expect, it } from 'vitest';
import { deskNotes } from '../../src/lib/deskNotes.ts';

describe('deskNotes', () => {
  it('finds TK and bracketed notes in capitals, in order, each once', () => {
    expect(deskNotes('The council voted TK on Tuesday [CHECK NAME SPELLING].')).toEqual([
      'TK',
      '[CHECK NAME SPELLING]',
    ]);
    expect(deskNotes('Turnout was TKTK, said [TK].')).toEqual(['TKTK', '[TK]']);
    expect(deskNotes('[INSERT QUOTE FROM MAYOR]')).toEqual(['[INSERT QUOTE FROM MAYOR]']);
  });

  it('leaves words, codes, a footnote mark and link text alone', () => {
    expect(
      deskNotes(
        'TKO in the third. Flight TK 1980 landed at TK Maxx. Tkachenko spoke [sic]. See [AP](https://x.example) and [NATO][1] and [^1] and [A].',
      ),
    ).toEqual([]);
    // A reporter's own brackets: a clarification in a quotation, a transcript's, a label.
    expect(
      deskNotes('"They [NATO] agreed," he said. [LAUGHTER] [INAUDIBLE] [UPDATED] [FCC]'),
    ).toEqual([]);
  });
});
