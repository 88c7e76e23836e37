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
  const found = slug.split('-').filter((word) => WORKING.test(word));
  // The headline made a slug only when there is a word to look for: every build asks of every story.
  if (found.length === 0) return [];
  const own = new Set(slugFromText(title, Infinity).split('-'));
  return found.filter((word) => !own.has(word));
}
