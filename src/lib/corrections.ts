import { type DateStyle, formatDate, mustParseDate } from './dates.ts';
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

/** The words corrections are shown with, in the site's language (see strings.ts). */
export interface CorrectionWords {
  /** The heading: "Corrections". */
  corrections: string;
  /** Before the date: "Correction, ". */
  correction: string;
}

const ENGLISH: CorrectionWords = { corrections: 'Corrections', correction: 'Correction, ' };

/** Corrections as readers see them, in the order given (oldest first). */
export function showCorrections(
  corrections: readonly Correction[],
  timeZone: string,
  words: CorrectionWords = ENGLISH,
  style?: DateStyle,
): ShownCorrection[] {
  return corrections.map((correction) => {
    const { datetime, text } = formatDate(mustParseDate(correction.date), timeZone, style);
    return {
      label: `${words.correction}${text}`,
      datetime,
      dateText: text,
      text: correction.text,
    };
  });
}

/** The corrections as HTML, for a feed item's content: the same notes the page ends with. */
export function correctionsHtml(
  corrections: readonly Correction[],
  timeZone: string,
  words: CorrectionWords = ENGLISH,
  style?: DateStyle,
): string {
  if (corrections.length === 0) return '';
  const notes = showCorrections(corrections, timeZone, words, style).map(
    (note) => `<p><strong>${escapeXml(note.label)}:</strong> ${escapeXml(note.text)}</p>`,
  );
  return `<aside class="corrections"><h2>${escapeXml(words.corrections)}</h2>${notes.join('')}</aside>`;
}
