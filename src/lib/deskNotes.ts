/**
 * Notes for the desk left in copy meant for readers: `TK` (newsroom shorthand for "to come") and
 * a bracketed instruction in capitals (`[CHECK SPELLING]`, `[INSERT QUOTE]`, `[TK]`). Capitals in
 * brackets that are no instruction are a reporter's own (`[NATO]` in a quotation, `[LAUGHTER]` in
 * a transcript, `[UPDATED]`), and are left alone.
 */

/**
 * `TK`, `TKTK`: a word of its own, not part of a name or a code (`TK Maxx`, flight `TK 1980`):
 * no capitalised word or digits after it.
 */
const TO_COME = /(?<![\p{L}\p{N}])(?:TK)+(?![\p{L}\p{N}])(?!\s*(?:\d|\p{Lu}))/gu;

/** Words a bracketed note for the desk starts with: an instruction, or what is still to come. */
const INSTRUCTION =
  'TK|TBD|TBC|XX+|CHECK|CONFIRM|VERIFY|INSERT|ADD|FIX|FILL IN|NEEDS?|TO COME|LINK|QUOTE|NAME|PHOTO|GRAPHIC|HED|DEK|NOTE TO (?:THE )?(?:DESK|EDITORS?)';

/** `[CHECK NAME SPELLING]`: an instruction in capitals between brackets, no link after them. */
const BRACKETED = new RegExp(
  `\\[(?:${INSTRUCTION})(?![\\p{L}\\p{N}])[\\p{Lu}\\d\\s,.'’?!:/-]*\\](?![(\\[:])`,
  'gu',
);

/** The desk notes in `text`, as written, in order. */
export function deskNotes(text: string): string[] {
  const found = [...text.matchAll(BRACKETED), ...text.matchAll(TO_COME)]
    .filter(
      (match, _, all) =>
        !all.some(
          (other) =>
            other !== match &&
            other.index < match.index &&
            match.index < other.index + other[0].length,
        ),
    )
    .sort((a, b) => a.index - b.index);
  return found.map((match) => match[0]);
}

/**
 * The `tk` words of a slug made from a headline that held a note for the desk
 * (`harbour-wall-repaired-tk`), which readers see in the address; none where the headline, its
 * notes aside, has a TK of its own (`tk-maxx-opens` for "TK Maxx opens").
 */
export function deskNotesInSlug(slug: string, title: string): string[] {
  const notes = slug.split('-').filter((word) => /^(?:tk)+$/.test(word));
  if (notes.length === 0) return [];
  let words = title;
  for (const note of deskNotes(title)) words = words.replace(note, ' ');
  return /(?<![\p{L}\p{N}])(?:TK)+(?![\p{L}\p{N}])/iu.test(words) ? [] : notes;
}

/** A slug without its notes for the desk (see deskNotesInSlug). */
export function slugWithout(slug: string, notes: readonly string[]): string {
  return slug
    .split('-')
    .filter((word) => !notes.includes(word))
    .join('-');
}
