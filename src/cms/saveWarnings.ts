/**
 * The warnings the build would give a story's front matter, for the CMS to show before it saves
 * (the errors are refused: see saveChecks.ts): in the build's own words, from the same checks.
 * The body's warnings need the markdown pipeline, which does not run in the browser.
 */
import {
  type FieldCheckInput,
  type Tell,
  deskNotesInFields,
  invisibleCharacters,
  leftBlank,
  lengthsAndNames,
  listEntries,
  markupInProse,
  repeatedCorrections,
  typographicQuotes,
  unclosedQuotations,
} from '../content/fieldChecks.ts';
import { type BylineProfile, bylineProblems } from '../content/bylineChecks.ts';
import { copyKey, copyMessage } from '../lib/copies.ts';
import { calendarDay, parseDateValue } from '../lib/dates.ts';
import { deskNotesInSlug, slugWithout } from '../lib/deskNotes.ts';
import { canonicalLang } from '../lib/languages.ts';
import { fieldLabel } from '../lib/problems.ts';
import { STRINGS } from '../lib/strings.ts';
import { unlikelyDate } from '../lib/unlikelyDate.ts';
import type { OtherStory } from './saveChecks.ts';

/** The checks of fieldChecks.ts that read a value alone, not the lines of a file. */
const VALUE_CHECKS = [
  typographicQuotes,
  invisibleCharacters,
  listEntries,
  unclosedQuotations,
  repeatedCorrections,
  deskNotesInFields,
  markupInProse,
  lengthsAndNames,
];

/**
 * Every warning the build would give a story's `fields` at `now`, as `field: message` lines,
 * each field named by `name` (the build's key, or the form's label: see formLabels in config.ts).
 */
export function entryWarnings(
  fields: Record<string, unknown>,
  now: number,
  name: (path: string) => string = fieldLabel,
  fileSlug?: string,
): string[] {
  const lines: string[] = [];
  const input: FieldCheckInput = {
    // Some checks tidy what they read (a blank list entry); the form's data stays as it is.
    data: structuredClone(fields),
    lines: [],
    lineOf: () => 0,
    comments: new Map(),
    timeZone: 'UTC',
  };
  const tell: Tell = {
    warn: (path, message) => lines.push(`${name(path.join('.'))}: ${message}`),
    // The errors are saveChecks.ts's, refused before these are asked.
    fail: () => {},
  };
  for (const check of VALUE_CHECKS) check(input, tell);
  const { date, draft, title } = fields;
  // A story going out: a lead photo's alt text with no photo, an alt text that describes nothing.
  if (draft !== true) leftBlank(input, tell, new Set(), () => false);
  const unlikely = draft === true || typeof date !== 'string' ? undefined : unlikelyDate(date, now);
  if (unlikely) lines.push(`${name('date')}: ${unlikely}`);
  // A new story's file is named from its headline as first saved, and keeps that name.
  const slug = typeof fields.slug === 'string' && fields.slug ? fields.slug : fileSlug;
  const notes = slug && typeof title === 'string' ? deskNotesInSlug(slug, title) : [];
  if (slug && notes.length > 0) {
    lines.push(
      `${name('slug')}: "${slug}" holds "${notes[0]}", a note for the desk, which readers would see in the story's address (set ${name('slug')} to ${slugWithout(slug, notes)})`,
    );
  }
  return lines;
}

/**
 * The build's warnings of a byline against the site's `profiles` (see bylineChecks.ts): a name
 * that misses its profile by case or a letter, one begun with "By", one person named two ways.
 */
export function bylineWarnings(author: unknown, profiles: readonly BylineProfile[]): string[] {
  const names = ([] as unknown[])
    .concat(author ?? [])
    .filter((name): name is string => typeof name === 'string');
  const byWords = Object.values(STRINGS).map((words) => words.by);
  return bylineProblems([{ file: '', names: names.map((name) => ({ name })) }], profiles, byWords)
    .filter((problem) => problem.file === '')
    .map((problem) => problem.message);
}

/**
 * The build's warning for a story that is no draft whose headline, language and day another
 * story's are too (see copies.ts): undefined when none is, or the entry is that story's own file.
 */
export function copyWarning(
  fields: Record<string, unknown>,
  stories: readonly OtherStory[],
  place: { path: string | undefined; timeZone: string; lang: string },
): string | undefined {
  const { title, date, draft, lang } = fields;
  if (draft === true || typeof title !== 'string' || typeof date !== 'string') return undefined;
  const parsed = parseDateValue(date);
  if (!parsed.ok) return undefined;
  const own = (typeof lang === 'string' && lang && canonicalLang(lang)) || place.lang;
  const key = copyKey(title, own, calendarDay(parsed.value, place.timeZone));
  const original = stories.find((story) => story.copyKey === key && story.file !== place.path);
  return original && copyMessage(original.file);
}

/**
 * Tags of the file with a comma in them (`- "Washington, D.C."`, written by hand) that the form's
 * Tags box, which parts tags at commas, has made into several: `before` as the file has them,
 * `after` as the form would save them; a line for each.
 */
export function splitTopics(before: readonly unknown[], after: readonly unknown[]): string[] {
  const now = new Set(after.filter((tag): tag is string => typeof tag === 'string'));
  return before.flatMap((tag) => {
    if (typeof tag !== 'string' || !tag.includes(',') || now.has(tag)) return [];
    const parts = tag
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    if (parts.length < 2 || !parts.every((part) => now.has(part))) return [];
    return [
      `"${tag}" was one topic and is now ${parts.length}, as the Tags box parts tags at commas (to keep it one topic, edit the file by hand, where it is written in quotes: - "${tag}")`,
    ];
  });
}

/** What the CMS asks before it saves a story the build would warn of: each warning, then whether to save. */
export function warningsQuestion(warnings: readonly string[]): string {
  const count = warnings.length === 1 ? 'one thing' : `${warnings.length} things`;
  return `The build will warn of ${count} in this story:\n\n${warnings.map((line) => `• ${line}`).join('\n\n')}\n\nSave it as it is? (Cancel to fix it first.)`;
}

/**
 * Problems or warnings in one line of a notice, which runs lines together: one as it is,
 * several numbered so that each reads on its own (`2 problems: (1) title: … (2) date: …`).
 */
export function oneNotice(lines: readonly string[], noun: 'problem' | 'warning'): string {
  if (lines.length === 1) return lines[0]!;
  return `${lines.length} ${noun}s: ${lines.map((line, i) => `(${i + 1}) ${line}`).join(' ')}`;
}
