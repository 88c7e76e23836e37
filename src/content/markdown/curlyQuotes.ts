/**
 * Straight quotes and apostrophes in story text become curly ones (“We have never…”, it’s), as
 * every newsroom sets them, by remark-smartypants, for a language that quotes so. Quotes only:
 * dashes and ellipses stay as typed, and « » or any other mark an editor typed is left alone.
 */
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { Processor } from 'unified';

/** The transform for a language that uses curly quotes; none for one that does not. */
export function curlyQuotes(this: Processor, options: { on: boolean }) {
  if (!options.on) return undefined;
  const transform = remarkSmartypants.call(this, {
    quotes: true,
    dashes: false,
    ellipses: false,
    backticks: false,
  }) as unknown as (tree: Root) => void;
  return transform;
}
