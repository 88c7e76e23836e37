/**
 * A byline as a save writes it, with the names the form's Authors box could not show kept.
 * Decap's box lists profiles only: a name with no profile is not shown, and once the editor
 * changes the box (adds a co-author), the name was dropped without a word.
 */

/** The names of a byline as a file or the form holds it: one name, a list, or none. */
const namesOf = (value: unknown): string[] =>
  ([] as unknown[])
    .concat(value ?? [])
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '');

/**
 * The byline to save when the form's `form` lost names of the file's `file` that the box cannot
 * show (`unprofiled`): the file's names in its order, then those the editor added; undefined
 * when nothing was lost.
 */
export function keptByline(
  form: unknown,
  file: unknown,
  unprofiled: readonly string[],
): string[] | undefined {
  const shown = namesOf(form);
  const had = namesOf(file);
  const lost = had.filter((name) => unprofiled.includes(name) && !shown.includes(name));
  if (lost.length === 0) return undefined;
  const kept = had.filter((name) => shown.includes(name) || lost.includes(name));
  return [...new Set([...kept, ...shown])];
}
