import { formatDate, mustParseDate } from './dates.ts';
import { escapeXml } from './xml.ts';

/** A dated correction, as front matter gives it. */
export interface Correction {
  date: string;
  text: string;
}

/** A correction as a reader sees it: its label ("Correction, April 19, 2025"), its date and text. */
export interface ShownCorrection {
  label: string;
  /** For `<time datetime>`. */
  datetime: string;
  /** The date as written: "April 19, 2025". */
  dateText: string;
  text: string;
}

/** Corrections as readers see them, in the order given (oldest first). */
export function showCorrections(
  corrections: readonly Correction[],
  timeZone: string,
): ShownCorrection[] {
  return corrections.map((correction) => {
    const { datetime, text } = formatDate(mustParseDate(correction.date), timeZone);
    return { label: `Correction, ${text}`, datetime, dateText: text, text: correction.text };
  });
}

/** The corrections as HTML, for a feed item's content: the same notes the page ends with. */
export function correctionsHtml(corrections: readonly Correction[], timeZone: string): string {
  if (corrections.length === 0) return '';
  const notes = showCorrections(corrections, timeZone).map(
    (note) => `<p><strong>${escapeXml(note.label)}:</strong> ${escapeXml(note.text)}</p>`,
  );
  return `<aside class="corrections"><h2>Corrections</h2>${notes.join('')}</aside>`;
}
