/** Words a minute an adult reads news at, for reading-time estimates. */
export const WORDS_PER_MINUTE = 230;

/** Counts words: runs of letters or digits, in any script. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
}

/** Whole minutes to read `words` words, at least one. */
export function readingMinutes(words: number, wordsPerMinute: number = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
