/** Words a minute an adult reads news at, for reading-time estimates. */
export const WORDS_PER_MINUTE = 230;

/** Scripts written without spaces between words: a run of them is many words, not one. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;

/** A word of a spaced script: a run of letters or digits (joined by apostrophes and hyphens). */
const SPACED_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

let segmenter: Intl.Segmenter | undefined;

/** Counts the words of a run in an unspaced script with ICU's dictionaries. */
function countUnspaced(run: string): number {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  let words = 0;
  for (const segment of segmenter.segment(run)) if (segment.isWordLike) words += 1;
  return words;
}

/** Counts words in any script: spaced ones by runs of letters, Chinese, Japanese, Thai and the like by a word segmenter. */
export function countWords(text: string): number {
  let words = 0;
  const spaced = text.replace(UNSPACED, (run) => {
    words += countUnspaced(run);
    return ' ';
  });
  return words + (spaced.match(SPACED_WORD)?.length ?? 0);
}

/** Whole minutes to read `text`: at least one if it has a word, none if it has none. */
export function readingMinutes(text: string, wordsPerMinute: number = WORDS_PER_MINUTE): number {
  return Math.ceil(countWords(text) / wordsPerMinute);
}

/** Whether a markdown body holds nothing but white space and HTML comments. */
export function isBlankMarkdown(body: string): boolean {
  return body.replace(/<!--[\s\S]*?-->/g, '').trim() === '';
}

/** `text` with its spaces run together, cut at a word's end past `max` characters and marked `…`. */
export function quotedWords(text: string, max = 60): string {
  const words = text.replace(/\s+/g, ' ').trim();
  // A word cut short would read as the editor's typing mistake.
  return words.length > max ? `${words.slice(0, max + 1).replace(/\s+\S*$/, '')}…` : words;
}
