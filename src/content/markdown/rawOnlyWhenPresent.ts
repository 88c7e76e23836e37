/**
 * rehype-raw, run only on bodies that hold raw HTML: re-parsing a whole tree through parse5 is
 * the costliest step, and most wire copy has none. The sanitiser runs on every body either way.
 */
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { BodyError, MAX_NESTING, nestingMessage } from './bodyError.ts';
import { rawTagDepth } from './nesting.ts';

/** Whether a tree holds raw HTML from the markdown (`raw` nodes) anywhere. */
function hasRaw(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

export function rawOnlyWhenPresent() {
  const raw = rehypeRaw();
  return (tree: Root, file: VFile) => {
    if (!hasRaw(tree)) return tree;
    // Parsing raw HTML into the tree recurses once per level: too deep fails here, clearly.
    const depth = rawTagDepth(tree);
    if (depth > MAX_NESTING) throw new BodyError(nestingMessage(String(depth)));
    return raw(tree, file);
  };
}
