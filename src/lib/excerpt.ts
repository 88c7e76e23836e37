/** The longest summary derived from an article body. */
export const SUMMARY_MAX_LENGTH = 200;

/** Collapses runs of white space to single spaces and trims the ends. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A summary of at most `max` characters, cut at a word boundary and ended with "…" when cut. */
export function deriveSummary(text: string, max: number = SUMMARY_MAX_LENGTH): string {
  const clean = normalizeSpace(text);
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(' ');
  // A single word longer than `max` has no boundary to cut at: cut inside it.
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * Whether a given summary stands apart from the story, so its page shows it under the headline:
 * not when there is none (it is the first paragraph's start) or when it repeats how the story
 * begins (wire copy often gives the first paragraph as its summary).
 */
export function isStandfirst(summary: string | undefined, firstParagraph: string): boolean {
  const plain = (text: string) =>
    normalizeSpace(text)
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[…\s.]+$/, '');
  const given = summary?.trim() ? plain(summary) : '';
  return given !== '' && !plain(firstParagraph).startsWith(given);
}

/**
 * The text of a markdown body's first paragraph, near enough for the CMS's preview to tell a
 * standfirst (see isStandfirst): its marks and links' addresses left out, headings and photos
 * skipped.
 */
export function firstParagraphOf(markdown: string): string {
  const block = markdown
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .find((part) => part !== '' && !/^(?:#|!\[|>|<|\||[-*+] |\d+[.)] |```|~~~)/.test(part));
  if (block === undefined) return '';
  return block.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`~]+|\\(?=\S)/g, '');
}
