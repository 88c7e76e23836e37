/** Characters that markdown (CommonMark + GFM) may read as syntax anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<&~|]/g;

/** Escapes one line of plain text so that markdown renders exactly that text. */
export function escapeMarkdownLine(line: string): string {
  const escaped = line.replace(INLINE_SYNTAX, (char) => `\\${char}`);
  // At the start of a line these begin lists, breaks, headings and quotes: `- `, `+ `, `=`, `#`,
  // `>`, `1. `, `1) `.
  return escaped.replace(/^([-+=#>])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** Escapes a paragraph of plain text, line by line; each line is trimmed, as markdown would. */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeMarkdownLine(line.trim()))
    .join('\n');
}

/** Escapes text for an HTML text node: `&`, `<` and `>`. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Markdown's marks as plain text shows them typed: `**strong**`, `~~struck~~`, `*emphasis*` (not
 * `2*3*4` inside a word) and `[a link](address)`. Underscores and backticks are left alone: a
 * name such as `__init__` is meant as typed.
 */
export const MARKDOWN_MARKS =
  /\*\*[^*\n]+\*\*|~~[^~\n]+~~|(?<![\p{L}\p{N}*])\*[^*\s][^*\n]*\*(?![\p{L}\p{N}*])|!?\[[^\]\n]+\]\([^)\n]+\)/gu;

/** Plain text with markdown's marks taken off and their words kept: `*estimated*` is `estimated`. */
export function withoutMarkdownMarks(text: string): string {
  return text.replace(MARKDOWN_MARKS, (mark) => {
    const link = /^!?\[([^\]\n]+)\]/.exec(mark);
    if (link) return link[1]!;
    return mark.startsWith('**') || mark.startsWith('~~') ? mark.slice(2, -2) : mark.slice(1, -1);
  });
}
