/**
 * The checks the CMS runs before it saves, in the build's own words (see src/content/validate.ts
 * and src/content/sync.ts): the file's schema, dates in order, and a slug no other story has;
 * and a published story's old slug kept as an alias when its slug changes.
 */
import type { z } from 'astro/zod';
import { datesInOrder } from '../content/fieldChecks.ts';
import { newStoryPath } from '../lib/newArticle.ts';
import { fieldLabel } from '../lib/problems.ts';
import { slugTakenMessage } from '../lib/slugs.ts';

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
  const slug = typeof fields.slug === 'string' && fields.slug ? fields.slug : place.fileSlug;
  const taken = place.stories.find(
    (story) => story.file !== place.path && (story.slug === slug || story.aliases.includes(slug)),
  );
  if (taken) lines.push(`${name('slug')}: ${slugTakenMessage(slug, taken.file)}`);
  const sharing = sharedFolder(place);
  if (sharing) {
    lines.push(
      `${name('title')}: a new story is filed in a folder named from its headline as first saved, and ${sharing.folder} holds ${sharing.file} already, so the two stories would share a folder and its photos, whatever the ${name('slug')} (save it first under a headline of its own, which you can change back once it is saved)`,
    );
  }
  return lines;
}

/**
 * The folder a story not yet saved would be filed in (see STORY_PATH), when another story's file
 * is there already: the CMS names the new file apart (`-1`), not its folder.
 */
function sharedFolder(place: EntryPlace): { folder: string; file: string } | undefined {
  if (place.path !== undefined || place.filedOn === undefined || place.fileSlug === '')
    return undefined;
  const folder = newStoryPath(place.fileSlug, place.filedOn).replace(/[^/]+$/, '');
  const there = place.stories.find((story) => story.file.includes(`/${folder}`));
  if (!there) return undefined;
  const at = there.file.indexOf(`/${folder}`);
  return {
    folder: there.file.slice(0, at + folder.length + 1),
    file: there.file.slice(at + folder.length + 1),
  };
}

/** What the CMS tells an editor whose save it refused: each problem, then what to do. */
export function refusalMessage(problems: readonly string[]): string {
  const count = problems.length === 1 ? 'one thing' : `${problems.length} things`;
  const them = problems.length === 1 ? 'it' : 'them';
  return `Not saved: the build would refuse ${count} here:\n\n${problems.map((line) => `• ${line}`).join('\n\n')}\n\nCorrect ${them} in the form, then save again.`;
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
