import { stringify } from 'yaml';
import { parseDateValue } from './dates.ts';
import { deriveSummary } from './excerpt.ts';
import { escapeHtml, escapeMarkdown } from './markdownEscape.ts';
import { slugFromText } from './slugs.ts';

/** A plain-text wire story: its calendar date and its paragraphs, trimmed. */
export interface WireStory {
  date: string;
  paragraphs: string[];
}

/** A wire file read, or why it could not be. */
export type WireParseResult = { ok: true; story: WireStory } | { ok: false; reason: string };

/** The longest derived headline. */
export const HEADLINE_MAX_LENGTH = 90;

const DATE_TOKEN = /^\s*date\s+(\S+)(?:\s+|$)/;

/** Reads a wire story: optional white space, `date YYYY-MM-DD`, then paragraphs split by blank lines. */
export function parseWireStory(text: string): WireParseResult {
  const match = DATE_TOKEN.exec(text);
  if (!match) return { ok: false, reason: 'does not start with a "date YYYY-MM-DD" token' };
  const date = match[1]!;
  const parsed = parseDateValue(date);
  if (!parsed.ok || parsed.value.kind !== 'date') {
    return { ok: false, reason: `date "${date}" is not a real calendar date (use YYYY-MM-DD)` };
  }
  const paragraphs = text
    .slice(match[0].length)
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
  if (paragraphs.length === 0) return { ok: false, reason: 'has no story after the date' };
  return { ok: true, story: { date, paragraphs } };
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

/** A headline from a paragraph's first sentence, at most `max` characters, cut at a word. */
export function deriveHeadline(paragraph: string, max: number = HEADLINE_MAX_LENGTH): string {
  const flat = paragraph.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s+["“‘(]?[\p{Lu}\p{N}])/u.exec(flat);
  let sentence = end ? flat.slice(0, end.index) : flat.replace(/[.!?]+$/, '');
  if (sentence.length > max) {
    const room = sentence.slice(0, max + 1);
    const space = room.lastIndexOf(' ');
    sentence = space > 0 ? room.slice(0, space) : sentence.slice(0, max);
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
  markdown: string;
}

/** Turns a wire story into an article file: escaped paragraphs, captions as figures. */
export function wireStoryToArticle(
  story: WireStory,
  title?: string,
  options: { draft?: boolean | undefined } = {},
): ImportedStory {
  const firstText = story.paragraphs.find((p) => !captionParts(p)) ?? story.paragraphs[0]!;
  const headline = title?.trim() || deriveHeadline(firstText) || `Wire story of ${story.date}`;
  const slug =
    slugFromText(headline, 80) || `wire-${story.date}-${shortHash(story.paragraphs.join('\n\n'))}`;
  const frontmatter = stringify(
    {
      title: headline,
      date: story.date,
      summary: deriveSummary(firstText),
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
    derivedTitle: !title?.trim(),
    markdown: `---\n${frontmatter}---\n\n${body.join('\n\n')}\n`,
  };
}
