/**
 * Straight quotes and apostrophes in story text become curly ones (“We have never…”, it’s), as
 * every newsroom sets them, by retext-smartypants (src/lib/curlyQuotes.ts, which the CMS's preview
 * shares), for a language that quotes so. Quotes only: dashes and ellipses stay as typed, and « »
 * or any other mark an editor typed is left alone.
 *
 * The body's text is read once, as one string, so a quote is opened and closed across emphasis
 * and links ("*never*" is “never”); code stays as typed. remark-smartypants, used before, ran
 * the sentence parser once for the body and again for every text node: 60% of all markdown
 * rendering at 10,000 articles, most of it to change nothing.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { curlQuotes } from '../../lib/curlyQuotes.ts';

/** Blocks whose text starts afresh: a quote at their start opens. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote']);

/** The transform for a language that uses curly quotes; none for one that does not. */
export function curlyQuotes(options: { on: boolean }) {
  if (!options.on) return undefined;
  return (tree: Root) => {
    const texts: { node: Text; at: number }[] = [];
    let joined = '';
    visit(tree, (node) => {
      if (node.type === 'text') {
        texts.push({ node, at: joined.length });
        joined += node.value;
      } else if (node.type === 'inlineCode') {
        // A word to the quotes around it, never changed itself.
        joined += 'x';
      } else if (BLOCKS.has(node.type)) {
        joined += '\n';
      }
    });
    const curled = curlQuotes(joined);
    if (curled === joined) return;
    // A quote is one character, straight or curly: every text keeps its place in the string.
    for (const { node, at } of texts) node.value = curled.slice(at, at + node.value.length);
  };
}
