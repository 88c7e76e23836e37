/**
 * Bodies nested too deeply are refused before anything recursive walks them: the parser's and
 * the plugins' tree walks recurse once per level and would overflow the stack on a hostile file.
 */
import type { Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { BodyError, MAX_NESTING, nestingMessage } from './bodyError.ts';

/**
 * Fails a body nested deeper than MAX_NESTING. Walks with a stack of its own, not a visitor:
 * it is what stands between a hostile tree and every recursive walk after it.
 */
export function limitDepth() {
  return (tree: MdastRoot) => {
    const stack: [MdastNodes, number][] = [[tree, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      if (depth > MAX_NESTING) {
        throw new BodyError(nestingMessage(`over ${MAX_NESTING}`), node.position?.start.line);
      }
      if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
    }
  };
}

/**
 * How many containers a line opens by its leading markers: quote `>`s, list markers and every
 * two columns of indentation (a nested list item is indented under its parent).
 */
function lineDepth(line: string): number {
  let depth = 0;
  let columns = 0;
  let i = 0;
  while (i < line.length) {
    const char = line[i]!;
    if (char === ' ' || char === '\t') {
      columns += char === '\t' ? 4 : 1;
      i += 1;
    } else if (char === '>') {
      depth += 1;
      // The one space after a marker belongs to it, not to indentation.
      i += line[i + 1] === ' ' ? 2 : 1;
    } else {
      const marker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t])/.exec(line.slice(i, i + 11));
      if (!marker) break;
      depth += 1;
      i += marker[0].length + 1;
    }
  }
  return depth + Math.floor(columns / 2);
}

/**
 * Fails a markdown body whose quotes or lists nest past MAX_NESTING, before it is parsed: the
 * parser's own tree transforms recurse once per level and would overflow the stack.
 */
export function checkNesting(markdown: string): void {
  let line = 1;
  for (let start = 0; start < markdown.length; line += 1) {
    const end = markdown.indexOf('\n', start);
    const text = end === -1 ? markdown.slice(start) : markdown.slice(start, end);
    const depth = lineDepth(text);
    if (depth > MAX_NESTING) throw new BodyError(nestingMessage(String(depth)), line);
    if (end === -1) break;
    start = end + 1;
  }
}

const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);

/**
 * How deep raw HTML tags open, counted over the raw pieces in order (a cheap upper bound). The
 * tree itself is at most MAX_NESTING deep here (limitDepth ran on it), so visiting it is safe.
 */
export function rawTagDepth(tree: HastRoot): number {
  let depth = 0;
  let deepest = 0;
  visitParents(tree, 'raw', (node, ancestors) => {
    const level = ancestors.length;
    for (const [, close, name, selfClosing] of node.value.matchAll(
      /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g,
    )) {
      if (close) depth = Math.max(0, depth - 1);
      else if (!selfClosing && !VOID_ELEMENTS.has(name!.toLowerCase())) depth += 1;
      deepest = Math.max(deepest, level + depth);
    }
  });
  return deepest;
}
