/**
 * Words a file name gets while a story is worked on (`Café reopens (FINAL).md`,
 * `storm-copy.md`, `budget v2.md`), which a slug made from the file name puts in the story's
 * address for good. A word the headline has too is the story's own (`cup-final-tonight`).
 */
import { slugFromText } from './slugs.ts';

/** A slug word that names a version of a file, not the story. */
const WORKING = /^(?:final|copy|draft|backup|bak|wip|temp|tmp|v\d+)$/;

/** The working words of a slug made from a file name, in order; none that the headline has. */
export function workingWordsInSlug(slug: string, title: string): string[] {
  const own = new Set(slugFromText(title, Infinity).split('-'));
  return slug.split('-').filter((word) => WORKING.test(word) && !own.has(word));
}
