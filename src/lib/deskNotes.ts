/**
 * Notes for the desk left in copy meant for readers: `TK` (newsroom shorthand for "to come") and
 * a bracketed note in capitals (`[CHECK SPELLING]`, `[INSERT QUOTE]`, `[TK]`).
 */

/** `TK`, `TKTK`: a word of its own, not a code with digits after it (a flight number, `TK 1980`). */
const TO_COME = /(?<![\p{L}\p{N}])(?:TK)+(?![\p{L}\p{N}])(?!\s*\d)/gu;

/** `[CHECK NAME SPELLING]`: capitals in brackets, two letters at least, no link after them. */
const BRACKETED = /\[[\p{Lu}\d][\p{Lu}\d\s,.'’?!:/-]*\p{Lu}[\p{Lu}\d\s,.'’?!:/-]*\](?![(\[:])/gu;

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
