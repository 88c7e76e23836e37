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
