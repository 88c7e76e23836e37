import type { Person } from './teasers.ts';

/** The words a byline is joined with, in the site's language (see strings.ts). */
export interface BylineWords {
  /** Before the first name: "By ". */
  by: string;
  /** Before the last of several names: " and ". */
  and: string;
  /** Between other names, and before the source: ", ". */
  listSeparator: string;
}

const ENGLISH: BylineWords = { by: 'By ', and: ' and ', listSeparator: ', ' };

/** A piece of a byline: the words between names, or a name, linked when it has a profile. */
export interface BylinePart {
  text: string;
  url?: string | undefined;
  /** Whether it is a person's name, which a line should not break inside. */
  name?: true;
}

/**
 * The byline a reader sees ("By A and B, AP") as pieces, names with a profile linked to it;
 * empty when there is nothing to credit.
 */
export function byline(
  people: readonly Person[],
  source?: string | undefined,
  words: BylineWords = ENGLISH,
): BylinePart[] {
  const parts: BylinePart[] = [];
  const text = (value: string) => {
    const last = parts.at(-1);
    if (last && !last.name) last.text += value;
    else parts.push({ text: value });
  };
  people.forEach((person, i) => {
    text(i === 0 ? words.by : i === people.length - 1 ? words.and : words.listSeparator);
    parts.push({ text: person.name, ...(person.url && { url: person.url }), name: true });
  });
  if (source) text(people.length > 0 ? `${words.listSeparator}${source}` : source);
  return parts;
}

/** The byline as plain text: "By A and B, AP". */
export function bylineText(
  people: readonly Person[],
  source?: string | undefined,
  words: BylineWords = ENGLISH,
): string {
  return byline(people, source, words)
    .map((part) => part.text)
    .join('');
}

/** A name's initials, its first and last words' first letters: `Ana María Ruiz` → `AR`. */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const first = (word: string | undefined) =>
    word ? ([...word.normalize('NFC')].find((char) => /\p{L}/u.test(char)) ?? '') : '';
  const ends = words.length > 1 ? [words[0], words.at(-1)] : [words[0]];
  return ends.map(first).join('').toLocaleUpperCase();
}
