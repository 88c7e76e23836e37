/**
 * A byline in the form: Decap's Authors box lists the profiles and hides any other name, so the
 * names with no profile (a freelance, a guest writer) have a box of their own, and a save joins
 * the two into one byline again, in the order the file had it.
 */

/** The names of a byline as a file or the form holds it: one name, a list, or none. */
export const namesOf = (value: unknown): string[] =>
  ([] as unknown[])
    .concat(value ?? [])
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '');

/** Whether `value` is a byline the boxes can hold: one name, a list of names, or none. */
export const isByline = (value: unknown): boolean =>
  value === undefined ||
  typeof value === 'string' ||
  (Array.isArray(value) && value.every((name) => typeof name === 'string'));

/** A byline split for the form: the names with a profile in `profiles`, and the others. */
export function splitByline(
  value: unknown,
  profiles: ReadonlySet<string>,
): { profiled: string[]; others: string[] } {
  const names = namesOf(value);
  return {
    profiled: names.filter((name) => profiles.has(name)),
    others: names.filter((name) => !profiles.has(name)),
  };
}

/**
 * The byline the form's two boxes make: the names the file (`had`) had, in its order, then the
 * Authors box's new names, then the other box's; a name in both boxes once.
 */
export function joinedByline(profiled: unknown, others: unknown, had: unknown): string[] {
  const entered = [...namesOf(profiled), ...namesOf(others)];
  const kept = namesOf(had).filter((name) => entered.includes(name));
  return [...new Set([...kept, ...entered])];
}
