/**
 * The checks the CMS runs before it saves, in the build's own words (see src/content/validate.ts
 * and src/content/sync.ts): the file's schema, dates in order, and a slug no other story has;
 * a new story the CMS would file in another's folder; and a published story's old slug kept as
 * an alias when its slug changes.
 */
import type { z } from 'astro/zod';
import { datesInOrder } from '../content/fieldChecks.ts';
import { newStoryPath } from '../lib/newArticle.ts';
import { fieldLabel } from '../lib/problems.ts';

/** A story the checks compare against (see KnownStory). */
export interface OtherStory {
  slug: string;
  aliases: string[];
  file: string;
  published: boolean;
  /** Its headline, language and day, for a story that is no draft (see copies.ts). */
  copyKey?: string | undefined;
}

/** Where the entry is and what else exists. */
export interface EntryPlace {
  /** The entry's collection: `articles`, `authors` or `site`. */
  collection: string;
  /** Its file, from the repository's root; undefined for a story not yet saved. */
  path: string | undefined;
  /** The slug its file name gives (or, for a new story, its headline). */
  fileSlug: string;
  stories: readonly OtherStory[];
  /** The zone the site shows times in: a calendar day against a date-time is read there. */
  timeZone: string;
  /** For a story not yet saved: the day whose year and month the CMS files it under (`YYYY-MM-DD`). */
  filedOn?: string | undefined;
  /** For a story not yet saved: the name Decap gives its file and folder (see decapSlug.ts). */
  filedAs?: string | undefined;
}

/** The settings a form left blank (a number field cleared reads ""): they are left out, unset. */
export function blankFields(fields: Record<string, unknown>): string[] {
  return Object.keys(fields).filter((key) => fields[key] === '' || fields[key] === null);
}

/**
 * Every problem the build would report in `fields`, as `field: message` lines, each field named
 * by `name` (the build's key, or the form's label: see formLabels in config.ts).
 */
export function checkEntry(
  schema: z.ZodType,
  fields: Record<string, unknown>,
  place: EntryPlace,
  name: (path: string) => string = fieldLabel,
): string[] {
  const lines: string[] = [];
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      lines.push(`${name(issue.path.join('.'))}: ${issue.message}`);
  }
  if (place.collection !== 'articles') return lines;
  // Dates in order, by the build's own check.
  const { timeZone } = place;
  datesInOrder(
    { data: fields, lines: [], lineOf: () => 0, comments: new Map(), timeZone },
    { warn: () => {}, fail: (at, message) => lines.push(`${name(at.join('.'))}: ${message}`) },
  );
  const given = typeof fields.slug === 'string' && fields.slug ? fields.slug : undefined;
  const slug = given ?? place.fileSlug;
  const others = place.stories.filter((story) => story.file !== place.path);
  const takes = (address: string) =>
    others.find((story) => story.slug === address || story.aliases.includes(address));
  const taken = takes(slug);
  if (!taken) return lines;
  let free = 2;
  while (takes(`${slug}-${free}`)) free += 1;
  // A new story's address is made from its headline; a story saved has its file's name. One
  // whose folder holds the other is told so once (see filingProblem).
  if (!given && place.path === undefined) {
    if (filingProblem(place)) return lines;
    lines.push(
      `${name('title')}: makes the address ${slug}, another story's already (${taken.file}) (change the headline, or write an address of this story's own in ${name('slug')}, such as ${slug}-${free}: the address is made from the headline as first saved)`,
    );
  } else {
    lines.push(
      `${name('slug')}: "${slug}" is another story's address already (${taken.file}) (write one of this story's own in ${name('slug')}, such as ${slug}-${free})`,
    );
  }
  return lines;
}

/**
 * Why the CMS would file a story not yet saved badly, which the build would take as it is: in
 * the folder of another story (see STORY_PATH), when its headline names a folder of that month
 * with another story in it already (the CMS names the new file apart, `-1`, not its folder).
 */
export function filingProblem(
  place: EntryPlace,
  name: (path: string) => string = fieldLabel,
): string | undefined {
  if (place.path !== undefined || place.filedOn === undefined || place.fileSlug === '')
    return undefined;
  const folder = newStoryPath(place.filedAs ?? place.fileSlug, place.filedOn).replace(/[^/]+$/, '');
  const there = place.stories.find((story) => story.file.includes(`/${folder}`));
  if (!there) return undefined;
  const end = there.file.indexOf(`/${folder}`) + folder.length + 1;
  return `${name('title')}: a new story is filed in a folder named from its headline, and ${there.file.slice(0, end)} holds another story, ${there.file.slice(end)}, already: the two would share the folder and its photos (save it first under another headline, which names its folder for good, then change the headline back if you like; ${name('slug')} changes the address, not the folder)`;
}

/**
 * What the CMS tells an editor whose save it refused: what the build would refuse, then what the
 * CMS itself would file badly (see filingProblem), then what to do.
 */
export function refusalMessage(
  problems: readonly string[],
  filing: readonly string[] = [],
): string {
  const all = problems.length + filing.length;
  const count = (n: number) => (n === 1 ? 'one thing' : `${n} things`);
  const list = (lines: readonly string[]) => lines.map((line) => `• ${line}`).join('\n\n');
  const parts = [
    problems.length > 0 &&
      `the build would refuse ${count(problems.length)} here:\n\n${list(problems)}`,
    filing.length > 0 &&
      `${problems.length > 0 ? 'and ' : ''}the CMS would file this story badly:\n\n${list(filing)}`,
  ].filter(Boolean);
  return `Not saved: ${parts.join('\n\n')}\n\nCorrect ${all === 1 ? 'it' : 'them'} in the form, then save again.`;
}

/**
 * The aliases a story keeps when its slug changes: its published slug is added, so links to it
 * keep working; undefined when nothing changes.
 */
export function withAliases(
  fields: Record<string, unknown>,
  place: Omit<EntryPlace, 'collection' | 'timeZone'>,
): string[] | undefined {
  const before = place.stories.find((story) => story.file === place.path);
  if (!before?.published) return undefined;
  const slug = typeof fields.slug === 'string' && fields.slug ? fields.slug : place.fileSlug;
  if (slug === before.slug) return undefined;
  const aliases = Array.isArray(fields.aliases) ? (fields.aliases as string[]) : [];
  if (aliases.includes(before.slug)) return undefined;
  // Moving back to an old slug: it is the story's own again, not an alias.
  return [...aliases.filter((alias) => alias !== slug), before.slug];
}
