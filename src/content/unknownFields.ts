/**
 * The names in a group of fields (the front matter, `image:`, a correction, a profile) that its
 * schema does not know: a typo of a known field, another tool's name for it, a line not indented
 * under its group, an invisible character, or the editor's own note.
 */
import type { Problem } from '../lib/problems.ts';
import { didYouMean } from '../lib/suggest.ts';
import { FRONTMATTER_FIELDS, INVISIBLE, showInvisible } from './articleSchema.ts';
import { quoted } from './yamlErrors.ts';

/** What goes missing without a field: `the story is published without its byline`. */
export type Lost = (field: string) => string;

/**
 * A misspelt name on a line YAML could not read (`authr:` and a pasted non-breaking space): told
 * with that line's mistake, not in the round after its fix.
 */
export function misspeltOnUnreadLines(
  told: readonly Problem[],
  data: Record<string, unknown> | undefined,
): Problem[] {
  return told.flatMap((problem): Problem[] => {
    const name = problem.field ?? '';
    if (
      !/^[A-Za-z_][\w-]*$/.test(name) ||
      FRONTMATTER_FIELDS.includes(name) ||
      (data && name in data)
    )
      return [];
    const near = didYouMean(name, FRONTMATTER_FIELDS);
    if (!near || problem.severity !== 'error') return [];
    const message = `is not a known field either: did you mean ${near}? (rename it ${near}:)`;
    return [{ ...problem, message }];
  });
}

/**
 * The fields of a group (the front matter, `image:`, a correction) its schema does not know. A
 * name a typo away from a known field is that field misspelt, an error: published as it is, the
 * story would go out without it (no byline for `auhtor:`). Any other name is the editor's own
 * note, a warning. `lost` says what goes missing without a field (`the story is published without its byline`).
 */
export function unknownFieldProblems(
  file: string,
  data: unknown,
  known: readonly string[],
  path: readonly PropertyKey[],
  lineOf: (path: readonly PropertyKey[]) => number,
  lost: Lost,
  groups: Readonly<Record<string, readonly string[]>> = {},
  otherNames: Readonly<Record<string, string>> = {},
): Problem[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  return Object.keys(record)
    .filter((key) => !known.includes(key))
    .map((key): Problem => {
      const at = { file, line: lineOf([...path, key]), field: [...path, key].join('.') };
      // `draft:` with a zero-width space pasted before it reads as another name to YAML.
      if (showInvisible(key) !== key) {
        const message = `has an invisible character in its name, "${showInvisible(key)}" (delete the start of the line and type the name again)`;
        return {
          ...at,
          field: [...path, key.replace(INVISIBLE, '')].join('.'),
          message,
          severity: 'error',
        };
      }
      // `　src:` indented with a full-width space: YAML reads the space as part of the name.
      const wide = /^[\u3000\u00a0]+|[\u3000\u00a0]+$/.exec(key);
      if (wide) {
        const kind = wide[0].startsWith('\u3000')
          ? 'a full-width space (typed with a Chinese or Japanese keyboard)'
          : 'a non-breaking space (pasted from a word processor or a web page)';
        const name = key.replace(/^[\u3000\u00a0]+|[\u3000\u00a0]+$/g, '');
        // A field of the story starts at the beginning of the line; one inside a group is indented.
        const fix =
          wide.index > 0
            ? `delete the space between ${name} and its colon`
            : path.length === 0 && !Object.values(groups).some((fields) => fields.includes(name))
              ? `delete the spaces before ${name}: it starts at the beginning of the line`
              : `delete the spaces before ${name} and indent it again with the space bar${wide[0].startsWith('\u3000') ? ' in Latin input' : ''}`;
        const message = `has ${kind} in its name, which YAML reads as part of the name, not as a space (${fix})`;
        return { ...at, field: [...path, name].join('.'), message, severity: 'error' };
      }
      // `<<: *photo`: YAML 1.1's merge of fields set elsewhere, which the core schema reads as a name.
      // (The story's own is told with the fields that do nothing here.)
      if (key === '<<') {
        const message = `is YAML's merge key, which Dateline does not read (write each field on a line of its own under ${String(path.at(-1))}:)`;
        return { ...at, message, severity: 'error' };
      }
      // `image:` left empty, its `src:` and `alt:` below it at the start of the line.
      const group = Object.keys(groups).find(
        (name) => record[name] === null && groups[name]!.includes(key),
      );
      if (group) {
        const message = `is not indented under ${group}:, so ${group}: is empty (indent it by two spaces, or ${lost(group)})`;
        return { ...at, message, severity: 'error' };
      }
      const other = Object.hasOwn(otherNames, key) ? otherNames[key] : undefined;
      // `topics:`, `section:`: the site's own words for the pages a story's tags make.
      const called = /^(?:topics?|sections?)$/.test(key)
        ? `is the site's word for the pages a story's tags: make`
        : `is what other tools call ${other}:`;
      if (other && known.includes(other) && !(other in record)) {
        // `section: Politics`: tags are a list, and the fix is written as one.
        const value = record[key];
        const list =
          other === 'tags' && typeof value === 'string' && value.trim() !== ''
            ? `, as a list: tags: [${value.trim()}]`
            : '';
        const message = `${called} (rename it ${other}:${list}, or ${lost(other)})`;
        return { ...at, message, severity: 'error' };
      }
      // `categories:` beside `tags:`: its topics would be lost, not merged.
      if (other === 'tags' && known.includes(other)) {
        const message = `${called}, and tags: is on line ${lineOf([...path, other])} already (move its topics into that list, and delete this line: it is ignored)`;
        return { ...at, message, severity: 'error' };
      }
      const near = didYouMean(key, known);
      if (near && near in record) {
        const message = `is not a known field: did you mean ${near}? (${near}: is on line ${lineOf([...path, near])} already: keep one of the two)`;
        return { ...at, message, severity: 'error' };
      }
      if (near) {
        // Not "published without its draft": a `Draft: true` line holds the story (see markedDraft).
        const or = near === 'draft' ? '' : `, or ${lost(near)}`;
        const message = `is not a known field: did you mean ${near}? (rename it ${near}:${or})`;
        return { ...at, message, severity: 'error' };
      }
      // `summary: The storm` then `hit the coast: officials said` at the start of the next line.
      const above = Object.keys(record).find(
        (other) =>
          known.includes(other) &&
          typeof record[other] === 'string' &&
          // Prose: words, not a date or a slug, which no editor wraps.
          /\s/.test(record[other]) &&
          lineOf([...path, other]) === at.line - 1,
      );
      if (above && typeof record[key] === 'string') {
        const whole = `${String(record[above])} ${key}: ${record[key]}`;
        const fix = `put the whole ${above} on one line, in quotes: ${above}: ${quoted(whole)}`;
        // A note's name is a word; one with spaces is surely words of the value above.
        return /\s/.test(key)
          ? {
              ...at,
              message: `reads to YAML as a field, cutting ${above}: short on line ${at.line - 1} (${fix})`,
              severity: 'error',
            }
          : {
              ...at,
              message: `is not a known field and is ignored (if it goes on with ${above}: on line ${at.line - 1}, ${fix})`,
              severity: 'warning',
            };
      }
      return {
        ...at,
        message: `is not a known field and is ignored (known fields: ${known.join(', ')})`,
        severity: 'warning',
      };
    });
}
