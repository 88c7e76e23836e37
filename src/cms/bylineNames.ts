/**
 * A byline in the form: Decap's Authors box lists the profiles and hides any other name, so the
 * names with no profile (a freelance, a guest writer) have a box of their own, and a save joins
 * the two into one byline again, each name in the place the file gave it.
 */

/** The names of a byline as a file or the form holds it: one name, a list, or none; trimmed. */
export const namesOf = (value: unknown): string[] =>
  ([] as unknown[])
    .concat(value ?? [])
    .filter((name): name is string => typeof name === 'string')
    .map((name) => name.trim())
    .filter((name) => name !== '');

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
 * One box's names in the places of those read into it (`read`): a name still in the box keeps a
 * place, a new one takes the place of one taken out (a name retyped), and the places kept are
 * filled in the box's order (a name dragged up goes up); `extra`, the new names beyond them.
 */
function placed(read: readonly string[], names: readonly string[]) {
  const entered = [...new Set(names)];
  const added = entered.filter((name) => !read.includes(name));
  const gone = read.flatMap((name, i) => (entered.includes(name) ? [] : [i]));
  const retyped = new Set(added.slice(0, gone.length));
  const kept = read.map((name, i) => entered.includes(name) || gone.indexOf(i) < retyped.size);
  return {
    kept,
    names: entered.filter((name) => read.includes(name) || retyped.has(name)),
    extra: added.slice(gone.length),
  };
}

/** Whether the boxes hold the names read into them, in the same order: the byline is unchanged. */
export function unchangedByline(
  profiled: unknown,
  others: unknown,
  had: unknown,
  readOthers: readonly string[] = [],
): boolean {
  const file = namesOf(had);
  const same = (a: string[], b: string[]) => a.join('\n') === b.join('\n');
  return (
    same(
      namesOf(profiled),
      file.filter((name) => !readOthers.includes(name)),
    ) &&
    same(
      namesOf(others),
      file.filter((name) => readOthers.includes(name)),
    )
  );
}

/**
 * The byline the form's two boxes make, as the file (`had`) had it where the boxes kept its
 * names, `readOthers` being those read into the box of other names: each box's names in the
 * places of its own, then the Authors box's new names, then the other box's; a name once.
 */
export function joinedByline(
  profiled: unknown,
  others: unknown,
  had: unknown,
  readOthers: readonly string[] = [],
): string[] {
  const file = [...new Set(namesOf(had))];
  const isOther = file.map((name) => readOthers.includes(name));
  const authors = placed(
    file.filter((_, i) => !isOther[i]),
    namesOf(profiled),
  );
  const rest = placed(
    file.filter((_, i) => isOther[i]),
    namesOf(others),
  );
  // Each box's places in the file, in order, and the names that fill the places it kept.
  const places = { authors: 0, rest: 0 };
  const fill = { authors: authors.names.values(), rest: rest.names.values() };
  const joined = file.flatMap((_, i) => {
    const box = isOther[i] ? 'rest' : 'authors';
    const kept = (box === 'rest' ? rest : authors).kept[places[box]++];
    const name = kept ? fill[box].next().value : undefined;
    return name === undefined ? [] : [name];
  });
  return [...new Set([...joined, ...authors.extra, ...rest.extra])];
}
