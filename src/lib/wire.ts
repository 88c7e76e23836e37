import { stringify } from 'yaml';
import { MONTHS, dateReadings, parseDateValue, suggestDate } from './dates.ts';
import { deriveSummary } from './excerpt.ts';
import { escapeHtml, escapeMarkdown, withoutMarkdownMarks } from './markdownEscape.ts';
import { slugFromText } from './slugs.ts';

/** A plain-text wire story: what its own lines say, and its paragraphs, trimmed. */
export interface WireStory {
  /** Its date: from a `date` token or a date line; absent when the file gives none. */
  date?: string | undefined;
  /** Its headline line, when the file starts with one. */
  headline?: string | undefined;
  /** The agency its dateline names (`WASHINGTON (AP) —` → `AP`). */
  source?: string | undefined;
  paragraphs: string[];
}

/** A wire file read, or why it could not be. */
export type WireParseResult = { ok: true; story: WireStory } | { ok: false; reason: string };

/** What reading a wire story may know beyond its text. */
export interface WireOptions {
  /** Agencies a dateline may name besides AP, Reuters and AFP (the site's own list). */
  agencies?: readonly string[] | undefined;
  /**
   * Whether the importer was given the story's day (`--date`): a date line that names no whole
   * day (`next Tuesday`) is then taken out of the body, not refused.
   */
  dateGiven?: boolean | undefined;
}

/** The agencies every dateline is checked for. */
export const WIRE_AGENCIES: readonly string[] = ['AP', 'Reuters', 'AFP'];

/** The longest derived headline. */
export const HEADLINE_MAX_LENGTH = 90;

/** The longest line read as a headline: a longer one is the story's first paragraph. */
export const HEADLINE_LINE_MAX_LENGTH = 120;

const DATE_TOKEN = /^\s*date\s+(\S+)(?:\s+|$)/;

/**
 * Reads a wire story. Dateline's feed format starts with `date YYYY-MM-DD`, then paragraphs
 * split by blank lines, every one of them body. Agency copy starts with its own lines: a short
 * headline line and a date line (`April 18, 2025`, `Updated 10:32 AM EDT, April 18, 2025`,
 * `2025-04-18`), in either order, each taken out of the body when present. Either way, a
 * dateline opening the first paragraph (`WASHINGTON (AP) — `) names the agency, the story's
 * source, and stays in the body.
 */
export function parseWireStory(text: string, options: WireOptions = {}): WireParseResult {
  const agencies = [...WIRE_AGENCIES, ...(options.agencies ?? [])];
  // Front matter's opening fence, as the content loader reads it: no wire copy starts so.
  if (/^\uFEFF?---[ \t]*(?:\n|$)/.test(text)) {
    return {
      ok: false,
      reason:
        'starts with front matter (---): it is an article already (copy it into a content folder as it is)',
    };
  }
  const match = DATE_TOKEN.exec(text);
  if (match) {
    const date = match[1]!;
    const parsed = parseDateValue(date);
    if (!parsed.ok || parsed.value.kind !== 'date') {
      return { ok: false, reason: `date "${date}" is not a real calendar date (use YYYY-MM-DD)` };
    }
    const paragraphs = paragraphsOf(text.slice(match[0].length));
    if (paragraphs.length === 0) return { ok: false, reason: 'has no story after the date' };
    return { ok: true, story: { date, paragraphs, source: sourceOf(paragraphs, agencies) } };
  }
  const lines = text.split('\n');
  let headline: string | undefined;
  let date: string | undefined;
  // The first top line that names no whole day (`Updated 4:12 PM EDT`): each such line is taken
  // out, and the copy refused if neither a date line nor the editor (dateGiven) gives the day.
  let vague: string | undefined;
  let i = 0;
  for (;;) {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    if (i >= lines.length) break;
    const line = lines[i]!.trim();
    const next = lines[i + 1]?.trim() ?? '';
    const unreal = date === undefined ? unrealDateLine(line) : undefined;
    if (unreal !== undefined) {
      return {
        ok: false,
        reason: `its date line, "${line}", ${unreal}; edit the line in the file, then import it again`,
      };
    }
    if (namesNoDay(line)) {
      vague ??= line;
      i++;
      continue;
    }
    const readings = date === undefined ? dateLineReadings(line) : [];
    if (readings.length > 1) {
      const written = NUMERIC_DATE.exec(line)![1]!;
      return {
        ok: false,
        reason: `its date line, "${line}", reads two ways, day or month first (${suggestDate(written)}; edit the line in the file, then import it again)`,
      };
    }
    const lineDate = readings[0];
    if (lineDate) {
      date = lineDate;
    } else if (headline === undefined && isHeadline(line, next, agencies)) {
      headline = line;
    } else {
      break;
    }
    i++;
  }
  if (date === undefined && vague !== undefined && !options.dateGiven) {
    return {
      ok: false,
      reason: `its date line, "${vague}", names no whole calendar day (write the day with its year, as April 18, 2025 or 2025-04-18, in the file, or give it with --date 2025-04-18, then import it again)`,
    };
  }
  const paragraphs = paragraphsOf(lines.slice(i).join('\n'));
  if (paragraphs.length === 0) {
    // A file that is one short line is that line, not a headline over nothing.
    const all = paragraphsOf(text);
    if (all.length === 0) return { ok: false, reason: 'has no story in it' };
    return { ok: true, story: { date, paragraphs: all, source: sourceOf(all, agencies) } };
  }
  return {
    ok: true,
    story: { date, headline, paragraphs, source: sourceOf(paragraphs, agencies) },
  };
}

/** Paragraphs split by blank lines, each line trimmed, empty ones dropped. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
}

/** Whether a line at the top of a file is a headline: short, no sentence, standing alone. */
function isHeadline(line: string, next: string, agencies: readonly string[]): boolean {
  if (line.length > HEADLINE_LINE_MAX_LENGTH || !/\p{L}/u.test(line)) return false;
  // A sentence, or a line cut short by the copy's wrapping, is the story itself.
  if (/[.,;:–—-]$/u.test(line) || dateline(line, agencies) || captionParts(line)) return false;
  // Alone on its line: then a blank line, a date line (whole or not) or the dateline.
  return (
    next === '' ||
    dateOfLine(next) !== undefined ||
    namesNoDay(next) ||
    dateline(next, agencies) !== undefined
  );
}

/** A month by name or its abbreviation (`Sept.` too). */
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ISO_DATE =
  /\b(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/i;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
/** What a date line may hold around its date: a label, a weekday, a time, punctuation. */
const DATE_LINE_WORDS =
  /\b(?:published|updated|posted|date|on|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|[ap]\.?m\.?)(?![\p{L}])|\d{1,2}:\d{2}(?::\d{2})?|[\s,:;.()|/–—-]+/giu;
/** A time zone's abbreviation, in capitals as written: EDT, CEST, UTC, GMT. */
const ZONE = /\b(?:[A-Z]{1,4}T|UTC|GMT)\b/g;

/** A date in figures, day and month in either order: `12/03/2026`, `3.12.2026`, `12/3/26`. */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))(?![\d/.-])/;

/** A date in figures year first, written otherwise than YYYY-MM-DD: `2026-3-31`, `2026/03/31`. */
const YEAR_FIRST = /(?<![\d/.-])(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?![\d/.-])/;

/**
 * The day a line that is only a date written year first names, as YYYY-MM-DD (`2026/3/31` is
 * `2026-03-31`, `2026-31-03` no day at all), with what stands around it; undefined for none.
 */
function yearFirstDay(line: string): { day: string; written: string } | undefined {
  const found = ISO_DATE.exec(line) ?? YEAR_FIRST.exec(line);
  if (!found || line.length > 80) return undefined;
  if (line.replace(found[0], ' ').replace(ZONE, ' ').replace(DATE_LINE_WORDS, '') !== '') {
    return undefined;
  }
  const day =
    found.length > 2 && found[3] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(found[0])
      ? `${found[1]}-${found[2]!.padStart(2, '0')}-${found[3]!.padStart(2, '0')}`
      : found[1]!;
  return { day, written: found[0] };
}

/**
 * Why a line that is only a date written year first is no day (`2026-31-03`, `2026-02-30`), with
 * the day it may have meant; undefined for a real one, or a line that is more than a date.
 */
function unrealDateLine(line: string): string | undefined {
  const found = yearFirstDay(line);
  if (!found) return undefined;
  const parsed = parseDateValue(found.day);
  return parsed.ok ? undefined : parsed.reason.replace(/^"[^"]*" /, '');
}

/**
 * Words that place a day against today, and parts of a day: `next Tuesday`, `this morning`,
 * `last night`, `2 hours ago`.
 */
const RELATIVE_WORDS =
  /\b(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|today|tonight|yesterday|tomorrow|next|last|this|week|morning|afternoon|evening|night|noon|midnight|ago)\b/giu;

/** A day told without its date, a part of one, or a time: `Tuesday`, `yesterday`, `4:12`. */
const DAY_OR_TIME =
  /\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|noon|midnight|ago|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b|\d{1,2}:\d{2}|\b\d{1,2}\s*[ap]\.?m\b\.?/iu;

/** A time written without minutes: `10 a.m.`, `4pm`. */
const HOUR = /(?<![:\d])\d{1,2}\s*[ap]\.?m\b\.?/giu;

/** A month and day without a year, or a month and year without a day: `April 18`, `April 2025`. */
const MONTH_DAY = new RegExp(
  `\\b${MONTH}\\s+(?:\\d{1,2}|\\d{4})\\b|\\b\\d{1,2}\\s+${MONTH}`,
  'giu',
);

/**
 * Whether a line is a date line that names no whole calendar day: a weekday, a time, a day told
 * from today or a month and day without a year (`next Tuesday`, `Updated 4:12 PM EDT`,
 * `Yesterday`, `April 18`), and nothing else.
 */
function namesNoDay(line: string): boolean {
  if (line.length > 60 || dateLineReadings(line).length > 0) return false;
  const monthDay = line.replace(MONTH_DAY, ' ');
  if (monthDay === line && !DAY_OR_TIME.test(line)) return false;
  const rest = monthDay
    .replace(HOUR, ' ')
    .replace(ZONE, ' ')
    .replace(RELATIVE_WORDS, ' ')
    .replace(DATE_LINE_WORDS, '');
  return rest === '';
}

/** The calendar date of a line that is only a date (a date line), or undefined. */
export function dateOfLine(line: string): string | undefined {
  const readings = dateLineReadings(line);
  return readings.length === 1 ? readings[0] : undefined;
}

/**
 * The calendar days a line that is only a date may mean: one, or two for a date in figures
 * whose day could be its month (`12/03/2026`); none for a line that is more than a date.
 */
function dateLineReadings(line: string): string[] {
  if (line.length > 80) return [];
  let day: string | undefined;
  let rest = line;
  const iso = ISO_DATE.exec(line);
  const named = MONTH_DAY_YEAR.exec(line);
  const european = DAY_MONTH_YEAR.exec(line);
  const figures = NUMERIC_DATE.exec(line);
  const yearFirst = iso || named || european ? undefined : yearFirstDay(line);
  if (yearFirst) {
    return parseDateValue(yearFirst.day).ok ? [yearFirst.day] : [];
  }
  if (!iso && !named && !european && figures) {
    const readings = dateReadings(figures[1]!);
    const others = line.replace(figures[0], ' ').replace(ZONE, ' ').replace(DATE_LINE_WORDS, '');
    return others === '' ? readings : [];
  }
  if (iso) {
    day = iso[1];
    rest = line.replace(iso[0], ' ');
  } else if (named || european) {
    const [, month, dayOfMonth, year] = named
      ? [named[0], named[1]!, named[2]!, named[3]!]
      : [european![0], european![2]!, european![1]!, european![3]!];
    const index = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().slice(0, 3)));
    day = `${year}-${String(index + 1).padStart(2, '0')}-${dayOfMonth.padStart(2, '0')}`;
    rest = line.replace((named ?? european)![0], ' ');
  }
  if (!day || rest.replace(ZONE, ' ').replace(DATE_LINE_WORDS, '') !== '') return [];
  const parsed = parseDateValue(day);
  return parsed.ok ? [day] : [];
}

/** The dateline opening a paragraph (`WASHINGTON (AP) — `): the agency as listed, and its length. */
export function dateline(
  paragraph: string,
  agencies: readonly string[] = WIRE_AGENCIES,
): { agency: string; length: number } | undefined {
  const match = /^\p{Lu}[^()\n]{0,60}?\s*\(([^()\n]{1,30})\)\s*[—–-]{1,2}\s*/u.exec(paragraph);
  if (!match) return undefined;
  const named = match[1]!.trim().toLowerCase();
  const agency = agencies.find((known) => known.toLowerCase() === named);
  return agency ? { agency, length: match[0].length } : undefined;
}

/**
 * The day the dateline of the story's first paragraph names before its agency (`LONDON, April 19
 * (Reuters) -`), as YYYY-MM-DD: a year it gives, else the latest year in which that day is not
 * after the day following `today` (copy filed in a zone ahead of the site's may be a day ahead).
 * `guessed` says the year was not written; `agencies` are the site's besides AP, Reuters and
 * AFP. Undefined when the dateline names no real day.
 */
export function datelineDate(
  story: Pick<WireStory, 'paragraphs'>,
  today: string,
  agencies: readonly string[] = [],
): { date: string; written: string; guessed: boolean } | undefined {
  const first = story.paragraphs.find((paragraph) => !captionParts(paragraph));
  const found = first && dateline(first, [...WIRE_AGENCIES, ...agencies]);
  if (!first || !found) return undefined;
  const place = first.slice(0, found.length);
  const whole = MONTH_DAY_YEAR.exec(place) ?? DAY_MONTH_YEAR.exec(place);
  const day = whole ? dateOfLine(whole[0]) : undefined;
  if (whole && day) return { date: day, written: whole[0], guessed: false };
  const named = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\b`, 'iu').exec(place);
  const european = named ? undefined : new RegExp(`\\b(\\d{1,2})\\s+${MONTH}`, 'iu').exec(place);
  const match = named ?? european;
  if (!match) return undefined;
  const [monthName, dayOfMonth] = named ? [named[1]!, named[2]!] : [match[2]!, match[1]!];
  const month =
    MONTHS.findIndex((name) => name.startsWith(monthName.toLowerCase().slice(0, 3))) + 1;
  const [year, todayMonth, todayDay] = today.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, todayMonth - 1, todayDay + 1)).toISOString().slice(0, 10);
  const monthDay = `${String(month).padStart(2, '0')}-${dayOfMonth.padStart(2, '0')}`;
  // Back from next year, as far as a 29 February needs.
  for (let candidate = year + 1; candidate >= year - 8; candidate -= 1) {
    const date = `${candidate}-${monthDay}`;
    if (date <= next && parseDateValue(date).ok) {
      return { date, written: match[0], guessed: true };
    }
  }
  return undefined;
}

/** The agency the first paragraph's dateline names, if it names one. */
function sourceOf(paragraphs: readonly string[], agencies: readonly string[]): string | undefined {
  const first = paragraphs.find((paragraph) => !captionParts(paragraph));
  return first ? dateline(first, agencies)?.agency : undefined;
}

/** A photo credit closing a paragraph: `(AP Photo/Jane Doe)`, `(… via AP, File)`. */
const CREDIT = /\s*(\([^()]*\b(?:via|Photo|File|Pool)\b[^()]*\))$/;

/** Splits a photo-caption paragraph into caption and credit (`caption + credit` is the paragraph). */
export function captionParts(paragraph: string): { caption: string; credit: string } | undefined {
  const match = CREDIT.exec(paragraph);
  if (!match || match.index === 0) return undefined;
  const credit = match[1]!;
  // The caption keeps the white space before the credit, so the two rejoin verbatim.
  return { caption: paragraph.slice(0, paragraph.length - credit.length), credit };
}

/**
 * A headline from a paragraph's first sentence, at most `max` characters: a longer sentence is
 * cut at its last clause that fits (a comma, a semicolon, a dash), so the headline ends on a
 * phrase, else at a word.
 */
export function deriveHeadline(paragraph: string, max: number = HEADLINE_MAX_LENGTH): string {
  const flat = paragraph.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s+["“‘(]?[\p{Lu}\p{N}])/u.exec(flat);
  let sentence = end ? flat.slice(0, end.index) : flat.replace(/[.!?]+$/, '');
  if (sentence.length > max) {
    const room = sentence.slice(0, max + 1);
    // A clause long enough to say something: under two fifths of the room, a word cut says more.
    const clauses = [...room.matchAll(/[,;:](?=\s)|\s[—–-]\s/gu)].filter(
      (clause) => clause.index >= max * 0.4,
    );
    const space = room.lastIndexOf(' ');
    const cut = clauses.at(-1)?.index ?? (space > 0 ? space : max);
    sentence = sentence.slice(0, cut);
  }
  return sentence.replace(/[\s,;:–—-]+$/u, '');
}

/** A short stable hash of a text, for names that must differ when their texts do. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** An imported story: where it should go and its markdown. */
export interface ImportedStory {
  slug: string;
  title: string;
  /** Whether the title was derived (the editor should review it). */
  derivedTitle: boolean;
  /** Its day, `YYYY-MM-DD`: the story's own, or the one given. */
  date: string;
  markdown: string;
}

/** Turns a wire story into an article file: escaped paragraphs, captions as figures. */
export function wireStoryToArticle(
  story: WireStory,
  title?: string,
  options: {
    draft?: boolean | undefined;
    /** The date when the story gives none: the importer's `--date`, else today. */
    date?: string | undefined;
    agencies?: readonly string[] | undefined;
  } = {},
): ImportedStory {
  const agencies = [...WIRE_AGENCIES, ...(options.agencies ?? [])];
  const date = story.date ?? options.date;
  if (!date) throw new Error('a wire story needs a date: its own, or one given');
  const first = story.paragraphs.find((p) => !captionParts(p)) ?? story.paragraphs[0]!;
  // The dateline says where the story comes from, in the body: a summary starts with the news.
  const lede = first.slice(dateline(first, agencies)?.length ?? 0) || first;
  // The copy is plain text: a headline and summary taken from it drop markdown's marks, which
  // those plain fields would print as typed (the body keeps them, escaped).
  const given = title?.trim() || withoutMarkdownMarks(story.headline?.trim() ?? '');
  const headline = given || withoutMarkdownMarks(deriveHeadline(lede)) || `Wire story of ${date}`;
  const slug =
    slugFromText(headline, 80) || `wire-${date}-${shortHash(story.paragraphs.join('\n\n'))}`;
  const frontmatter = stringify(
    {
      title: headline,
      date,
      summary: deriveSummary(withoutMarkdownMarks(lede)),
      ...(story.source && { source: story.source }),
      ...(options.draft && { draft: true }),
    },
    { lineWidth: 0 },
  );
  const body = story.paragraphs.map((paragraph) => {
    const caption = captionParts(paragraph);
    if (!caption) return escapeMarkdown(paragraph);
    // A caption stays verbatim inside a raw-HTML figure, which the sanitiser allows.
    const [text, credit] = [escapeHtml(caption.caption), escapeHtml(caption.credit)];
    return `<figure>\n<figcaption>${text}<small>${credit}</small></figcaption>\n</figure>`;
  });
  return {
    slug,
    title: headline,
    derivedTitle: !given,
    date,
    markdown: `---\n${frontmatter}---\n\n${body.join('\n\n')}\n`,
  };
}
