/**
 * A byline written as one text that names more than a person: `Jane Doe, Sam Roe` (YAML's one
 * name), or a name with a job title or an agency beside it (`Jane Doe, City Hall Reporter`).
 */
import { notAName } from './notAName.ts';

/** What follows a name after a comma and is part of it: `Jr.`, `III`, `PhD`. */
const NAME_SUFFIX = /^(?:Jr|Sr|Jnr|Snr)\.?$|^(?:II|III|IV|V)$|^(?:Ph\.?D|M\.?D|Esq)\.?$/i;

/** A one-text byline's pieces: its names, the people among them, where each of the rest goes. */
export interface BylineParts {
  names: string[];
  people: string[];
  moves: string[];
}

/**
 * The pieces of a byline text that names more than a person, or undefined for one name (a
 * suffix stays with its name: `Robert Kennedy, Jr.`).
 */
export function bylineParts(author: string): BylineParts | undefined {
  if (!/[,;] | and | & /.test(author)) return undefined;
  const names = author
    .split(/[,;] (?:and )?| and | & /)
    .map((name) => name.trim())
    .reduce<string[]>((kept, name) => {
      if (kept.length > 0 && NAME_SUFFIX.test(name)) kept[kept.length - 1] += `, ${name}`;
      else kept.push(name);
      return kept;
    }, []);
  if (names.length < 2) return undefined;
  const people = names.filter((name) => !notAName(name));
  const moves = names.flatMap((name) => {
    const kind = notAName(name);
    if (kind === 'a job title')
      return [`a job title goes in the author's profile, as role: ${name}`];
    return kind ? [`the agency in source: ${name}`] : [];
  });
  return { names, people, moves };
}

/** The names to write for people as YAML: `Jane Doe`, or `[Jane Doe, Sam Roe]` for several. */
export function writtenNames(people: readonly string[]): string {
  return people.length === 1 ? people[0]! : `[${people.join(', ')}]`;
}

/**
 * A byline name without the word the page prints before it (`By Jane Doe` → `Jane Doe`), given
 * each language's word; `by` is the word as written, when there is one.
 */
export function withoutByWord(
  name: string,
  byWords: readonly string[],
): { by?: string | undefined; rest: string } {
  const words = [...new Set(byWords.map((word) => word.trim()).filter(Boolean))];
  const lower = name.toLocaleLowerCase();
  for (const word of words) {
    const after = name.slice(word.length);
    if (lower.startsWith(word.toLocaleLowerCase()) && /^\s+\S/u.test(after)) {
      return { by: name.slice(0, word.length), rest: after.trimStart() };
    }
  }
  return { rest: name };
}
