/**
 * The CMS's markdown format: a story or a profile read into the form's data, and written back as
 * the build reads it, front matter and photos beside the file. What the form did not change is
 * written as the file had it: the front matter's notes and quotes (see keptYaml.ts), the body and
 * the blank lines around it, Windows line endings and a byte order mark.
 */
import { parse } from 'yaml';
import { frontmatterSchema } from '../content/articleSchema.ts';
import { authorFrontmatterSchema } from '../content/authorSchema.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { isRelativeImage } from '../lib/photoKeys.ts';
import { isByline, joinedByline, splitByline, unchangedByline } from './bylineNames.ts';
import { OTHERS_READ, OTHER_NAMES, SOURCE_MARK, STORY_MARK } from './config.ts';
import { isRecord, keptYaml } from './keptYaml.ts';
import { type SchemaField, schemaFields } from './schemaFields.ts';

const STORY_FIELDS = schemaFields(frontmatterSchema);
const PROFILE_FIELDS = schemaFields(authorFrontmatterSchema);

/** Whether a file's fields are a story's: a profile has a name and no headline. */
function isStory(fields: Record<string, unknown>): boolean {
  return !('name' in fields) || 'title' in fields;
}

/**
 * `fields` in the order the schema gives them, a group's and a list entry's too: the form keeps
 * them in the order they were typed in, a new correction's text before its date.
 */
function inSchemaOrder(
  fields: Record<string, unknown>,
  schema: readonly SchemaField[],
): Record<string, unknown> {
  const named = new Set(schema.map((field) => field.name));
  const ordered = schema
    .filter((field) => field.name in fields)
    .map((field) => {
      const value = fields[field.name];
      const inner = (entry: unknown) =>
        isRecord(entry) && field.fields.length ? inSchemaOrder(entry, field.fields) : entry;
      return [field.name, Array.isArray(value) ? value.map(inner) : inner(value)] as const;
    });
  const others = Object.entries(fields).filter(([name]) => !named.has(name));
  return Object.fromEntries([...ordered, ...others]);
}

/** What the CMS leaves in a form's data that a hand-written file would not have. */
export function pruned(value: unknown): unknown {
  if (value === null || value === undefined || value === '' || value === false) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(pruned).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, inner]) => [key, pruned(inner)] as const)
      .filter(([, inner]) => inner !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** A photo beside the file, written as the build reads it: `./storm.jpg`. */
function besideFile(src: unknown): unknown {
  return typeof src === 'string' && isRelativeImage(src) && !/^\.\.?\//.test(src)
    ? `./${src}`
    : src;
}

/**
 * The fields a file holds, in the schema's order: the form's data but the body, marks, empty
 * values; a story's byline joined from its two boxes (see bylineNames.ts).
 */
export function fileFields(data: Record<string, unknown>): Record<string, unknown> {
  const { body: _body, [STORY_MARK]: _mark, [SOURCE_MARK]: source, ...rest } = data;
  const { [OTHER_NAMES]: others, [OTHERS_READ]: readInto, ...named } = rest;
  // A byline the build would refuse (a number) is left as it is, for the check before a save.
  if (isByline(named.author) && (others !== undefined || named.author !== undefined)) {
    const had = typeof source === 'string' ? readMarkdownFile(source).author : undefined;
    const read = Array.isArray(readInto) ? (readInto as string[]) : [];
    named.author = unchangedByline(named.author, others, had, read)
      ? had
      : joinedByline(named.author, others, had, read);
  }
  const fields = (pruned(named) ?? {}) as Record<string, Record<string, unknown> | unknown>;
  for (const key of ['image', 'photo']) {
    const group = fields[key] as Record<string, unknown> | undefined;
    if (group?.src) group.src = besideFile(group.src);
  }
  return inSchemaOrder(fields, isStory(fields) ? STORY_FIELDS : PROFILE_FIELDS);
}

/** Body photos beside the file: `![alt](storm.jpg)` is written `![alt](./storm.jpg)`. */
function bodyPhotos(body: string): string {
  return body.replace(
    /(!\[[^\]]*\]\()(<?)([^)\s>]+)/g,
    (whole, open: string, angle: string, src: string) =>
      isRelativeImage(src) && !/^\.\.?\//.test(src) ? `${open}${angle}./${src}` : whole,
  );
}

/** A file's text with LF line endings and no byte order mark, as the build reads it. */
function plainText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * A story or profile as the form holds it: its fields, its body, and the file it was read from.
 * Given the names that have a `profiles`, a story's byline is split between the Authors box
 * and the box of names with none; else it is all in the Authors box, as a list.
 */
export function readMarkdownFile(
  text: string,
  profiles?: ReadonlySet<string>,
): Record<string, unknown> {
  const split = splitFrontmatter(plainText(text));
  if (split.kind !== 'found') return { body: text };
  const fields = (parse(split.yaml, { schema: 'core' }) ?? {}) as Record<string, unknown>;
  // The Authors box lists names: a byline of one name written as text shows in it too.
  const byline = isStory(fields) && typeof fields.author === 'string' ? [fields.author] : undefined;
  const boxes =
    profiles && isStory(fields) && fields.author !== undefined && isByline(fields.author)
      ? splitByline(fields.author, profiles)
      : undefined;
  return {
    ...fields,
    ...(byline && { author: byline }),
    ...(boxes && {
      author: boxes.profiled,
      [OTHER_NAMES]: boxes.others,
      [OTHERS_READ]: boxes.others,
    }),
    body: split.body.replace(/^\n/, ''),
    ...(isStory(fields) ? { [STORY_MARK]: true } : {}),
    [SOURCE_MARK]: text,
  };
}

/**
 * `fields` with a byline the form shows as a list of one (see readMarkdownFile) written as the
 * file had it, as text (`author: Jane Doe`), while it is one name.
 */
function asWritten(fields: Record<string, unknown>, yaml: string | undefined) {
  const { author } = fields;
  if (yaml === undefined || !Array.isArray(author) || author.length !== 1) return fields;
  const had = (parse(yaml, { schema: 'core' }) ?? {}) as Record<string, unknown>;
  return typeof had.author === 'string' ? { ...fields, author: author[0] } : fields;
}

/** The file the form's data is saved as: unchanged parts as the file it was read from had them. */
export function writeMarkdownFile(data: Record<string, unknown>): string {
  const source = typeof data[SOURCE_MARK] === 'string' ? data[SOURCE_MARK] : undefined;
  const split = source === undefined ? undefined : splitFrontmatter(plainText(source));
  const was = split?.kind === 'found' ? split : undefined;
  const yaml = keptYaml(was?.yaml, asWritten(fileFields(data), was?.yaml));
  const entered = typeof data.body === 'string' ? plainText(data.body) : '';
  let body: string;
  if (was && entered === was.body.replace(/^\n/, '')) {
    body = was.body;
  } else {
    const text = bodyPhotos(entered.trim());
    // The blank lines the file had after its front matter, or one.
    body = text ? `${was?.body.match(/^\n+/)?.[0] ?? '\n'}${text}\n` : '';
  }
  const file = `---\n${yaml}---\n${body}`;
  const eol = source?.includes('\r\n') ? file.replace(/\n/g, '\r\n') : file;
  return source?.startsWith('\uFEFF') ? `\uFEFF${eol}` : eol;
}
