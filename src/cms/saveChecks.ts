/**
 * The checks the CMS runs before it saves, in the build's own words (see src/content/validate.ts
 * and src/content/sync.ts): the file's schema, dates in order, and a slug no other story has;
 * and a published story's old slug kept as an alias when its slug changes.
 */
import type { z } from 'astro/zod';
import { isOnOrAfter, parseDateValue } from '../lib/dates.ts';
import { fieldLabel } from '../lib/problems.ts';
import { slugTakenMessage } from '../lib/slugs.ts';

/** A story the checks compare against (see KnownStory). */
export interface OtherStory {
  slug: string;
  aliases: string[];
  file: string;
  published: boolean;
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
}

/** The settings a form left blank (a number field cleared reads ""): they are left out, unset. */
export function blankFields(fields: Record<string, unknown>): string[] {
  return Object.keys(fields).filter((key) => fields[key] === '' || fields[key] === null);
}

/** Every problem the build would report in `fields`, as `field: message` lines. */
export function checkEntry(
  schema: z.ZodType,
  fields: Record<string, unknown>,
  place: EntryPlace,
): string[] {
  const lines: string[] = [];
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      lines.push(`${fieldLabel(issue.path.join('.'))}: ${issue.message}`);
  }
  if (place.collection !== 'articles') return lines;
  const { date, updated, corrections } = fields;
  const d = typeof date === 'string' ? parseDateValue(date) : undefined;
  // The site's time zone only matters for a calendar day against a date-time on the same day.
  const zone = 'UTC';
  if (d?.ok && typeof updated === 'string') {
    const u = parseDateValue(updated);
    if (u.ok && !isOnOrAfter(u.value, d.value, zone)) {
      lines.push(
        `updated: "${updated}" is before date "${date}" (updated must not be earlier than date)`,
      );
    }
  }
  if (d?.ok && Array.isArray(corrections)) {
    corrections.forEach((correction: { date?: unknown }, i) => {
      if (typeof correction?.date !== 'string') return;
      const c = parseDateValue(correction.date);
      if (c.ok && !isOnOrAfter(c.value, d.value, zone)) {
        lines.push(
          `${fieldLabel(`corrections.${i}.date`)}: "${correction.date}" is before date "${date}" (a correction comes after the story)`,
        );
      }
    });
  }
  const slug = typeof fields.slug === 'string' && fields.slug ? fields.slug : place.fileSlug;
  const taken = place.stories.find(
    (story) => story.file !== place.path && (story.slug === slug || story.aliases.includes(slug)),
  );
  if (taken) lines.push(`slug: ${slugTakenMessage(slug, taken.file)}`);
  return lines;
}

/**
 * The aliases a story keeps when its slug changes: its published slug is added, so links to it
 * keep working; undefined when nothing changes.
 */
export function withAliases(
  fields: Record<string, unknown>,
  place: Omit<EntryPlace, 'collection'>,
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
