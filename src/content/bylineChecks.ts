/**
 * Bylines against the author profiles: a name that misses its profile by case, spacing or accents
 * (`ana ruiz` for Ana Ruiz, `Maria Lopez` for María López, which print unlinked) or by one slip of
 * the fingers (`Ana Ruis`, `Ana Ruzi`), a name that begins with the word the page
 * prints before it (`By Ana Ruiz` prints "By By Ana Ruiz"), one person named twice in a byline,
 * spelt two ways (printed twice), and a profile no byline names. Each is a warning: the story still publishes, with its byline as written.
 */
import { bylineParts, withoutByWord, writtenNames } from '../lib/bylineParts.ts';
import type { Problem } from '../lib/problems.ts';
import { editDistance, isLetterSwap } from '../lib/suggest.ts';

/** A story's byline as written: each name with its line. */
export interface WrittenByline {
  file: string;
  names: readonly { name: string; line?: number | undefined }[];
}

/** A profile a byline may name. */
export interface BylineProfile {
  name: string;
  filePath: string;
  nameLine?: number | undefined;
}

/** A name as written, case, spacing and Unicode forms aside: `ana  ruiz` is Ana Ruiz. */
const sameKey = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A name as it may miss its profile, accents aside too (`Maria Lopez` for María López). Latin
 * accents only: other scripts' marks (Devanagari's vowel signs) tell names apart.
 */
const looseKey = (name: string) => sameKey(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));

/** How a name with no profile nearly matches one: a letter more, less or other, or two swapped. */
type Slip = 'letter' | 'swap';

/**
 * The profile `name` misses by one slip, if exactly one does. Names shorter than five letters
 * are left alone: one letter in four tells two people apart more often than it is a typo.
 */
function slipped(
  name: string,
  profiles: readonly BylineProfile[],
): [BylineProfile, Slip] | undefined {
  const key = looseKey(name);
  if ([...key.replace(/ /g, '')].length < 5) return undefined;
  const near = profiles.flatMap((profile): [BylineProfile, Slip][] => {
    const other = looseKey(profile.name);
    if (isLetterSwap(key, other)) return [[profile, 'swap']];
    return editDistance(key, other) === 1 ? [[profile, 'letter']] : [];
  });
  return near.length === 1 ? near[0] : undefined;
}

/** A space other than the space bar's, by its name: `U+00A0` is "non-breaking space (U+00A0)". */
function spaceName(space: string): string {
  const code = `U+${space.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const names: Record<string, string> = {
    'U+00A0': 'non-breaking space',
    'U+202F': 'narrow non-breaking space',
    'U+2009': 'thin space',
    'U+3000': 'full-width space',
  };
  return `${names[code] ?? 'space of another kind'} (${code})`;
}

/**
 * Every byline name that misses its profile, begins with a word of `byWords` (each language's
 * "By") or repeats a name before it, and every profile no byline names, as warnings.
 */
export function bylineProblems(
  bylines: readonly WrittenByline[],
  profiles: readonly BylineProfile[],
  byWords: readonly string[],
): Problem[] {
  const exact = new Set(profiles.map((profile) => profile.name));
  const loose = new Map(profiles.map((profile) => [looseKey(profile.name), profile]));
  const problems: Problem[] = [];
  // Profiles a byline names, as written or nearly: a near one is told at the story, not here.
  const named = new Set<string>();
  // An archive names its few guest writers thousands of times: each is compared once.
  const slips = new Map<string, ReturnType<typeof slipped>>();
  const slipOf = (name: string) => {
    if (!slips.has(name)) slips.set(name, slipped(name, profiles));
    return slips.get(name);
  };
  for (const { file, names } of bylines) {
    // The names this byline gave already, as a reader takes them: to a name as written.
    const given = new Map<string, string>();
    for (const { name: written, line } of names) {
      const name = written.trim();
      if (name === '') continue;
      const { by, rest } = withoutByWord(name, byWords);
      // Accents count here: José Pérez and Jose Perez may write a story together.
      const first = given.get(sameKey(rest));
      if (first !== undefined) {
        // Named twice exactly is validation's warning; printed once, as the page drops it.
        if (first !== name) {
          problems.push({
            file,
            line,
            field: 'author',
            message: `"${name}" is "${first}" again, written otherwise, so the page prints both names (delete one)`,
            severity: 'warning',
          });
        }
        continue;
      }
      given.set(sameKey(rest), name);
      const profile = exact.has(rest) ? undefined : loose.get(looseKey(rest));
      const near = exact.has(rest) || profile ? undefined : slipOf(rest);
      named.add(profile?.name ?? near?.[0].name ?? rest);
      if (!by && !profile && !near) continue;
      // `By Jane Doe, Staff Writer`: the names alone, as the one-text byline's warning says.
      const people = bylineParts(rest)?.people;
      const meant =
        profile?.name ??
        near?.[0].name ??
        (people?.length ? writtenNames(people) : rest.replace(/\s+/g, ' '));
      // A space that is not one (a non-breaking space from a word processor) looks the same.
      const oddSpace = /[^\S ]/u.exec(rest);
      const spacedOtherwise = profile && oddSpace && rest.replace(/\s/gu, ' ') === profile.name;
      const why = [
        by && `begins with "${by}", which the page prints before the names already`,
        spacedOtherwise &&
          `has a ${spaceName(oddSpace[0])} where its profile, ${profile.filePath}, has a space, so the byline is not linked to it`,
        profile &&
          !spacedOtherwise &&
          `is written "${profile.name}" in its profile, ${profile.filePath}, so the byline is not linked to it`,
        near &&
          `is "${near[0].name}" ${near[1] === 'swap' ? 'with two letters swapped' : 'but for one letter'}, whose profile is ${near[0].filePath}, so the byline is not linked to it`,
      ].filter(Boolean);
      // Two people may be named a letter apart: a profile of the other's own tells them apart.
      const fix = near
        ? `write it as ${meant}, or give ${rest} a profile of their own`
        : `write it as ${meant}`;
      problems.push({
        file,
        line,
        field: 'author',
        message: `"${name}" ${why.join(', and ')} (${fix})`,
        severity: 'warning',
      });
    }
  }
  for (const profile of profiles) {
    if (named.has(profile.name)) continue;
    problems.push({
      file: profile.filePath,
      line: profile.nameLine,
      field: 'name',
      message: `"${profile.name}" is in no byline (a profile nobody cites: check the spelling here and in the articles)`,
      severity: 'warning',
    });
  }
  return problems;
}
