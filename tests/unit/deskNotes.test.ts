import { describe, expect, it } from 'vitest';
import { deskNotes, deskNotesInSlug, slugWithout } from '../../src/lib/deskNotes.ts';

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

describe('deskNotesInSlug', () => {
  it('finds the tk of a headline note in a slug, not the TK of a name', () => {
    expect(deskNotesInSlug('harbour-wall-repaired-tk', 'Harbour wall repaired TK')).toEqual(['tk']);
    // The headline finished, the address still holds it.
    expect(deskNotesInSlug('harbour-wall-repaired-tk', 'Harbour wall repaired')).toEqual(['tk']);
    expect(deskNotesInSlug('tk-maxx-opens', 'TK Maxx opens')).toEqual([]);
    expect(deskNotesInSlug('talks-go-on', 'Talks go on')).toEqual([]);
    expect(slugWithout('tktk-harbour-tk-wall', ['tktk', 'tk'])).toBe('harbour-wall');
  });
});
