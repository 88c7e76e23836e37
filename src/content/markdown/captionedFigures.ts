/**
 * A paragraph that is one image, followed by a paragraph that is all emphasis (the wire style
 * of a caption, `_The harbour at noon._`), becomes a figure with that caption.
 */
import type { Element, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';

/** The one element `tagName` a paragraph holds, white space aside, if it holds only that. */
function only(node: Element, tagName: string): Element | undefined {
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const [kid] = kids;
  return kids.length === 1 && kid?.type === 'element' && kid.tagName === tagName ? kid : undefined;
}

/** Whether a node is white space between elements. */
const isSpace = (node: RootContent | undefined) => node?.type === 'text' && node.value.trim() === '';

/** A parent's children, each photo paragraph and the caption paragraph after it made one figure. */
function withFigures(kids: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    const img = child.type === 'element' && child.tagName === 'p' ? only(child, 'img') : undefined;
    if (img) {
      let j = i + 1;
      while (isSpace(kids[j])) j++;
      const next = kids[j];
      const caption =
        next?.type === 'element' && next.tagName === 'p' ? only(next, 'em') : undefined;
      if (caption) {
        out.push({
          type: 'element',
          tagName: 'figure',
          properties: {},
          children: [
            img,
            { type: 'element', tagName: 'figcaption', properties: {}, children: caption.children },
          ],
        });
        i = j;
        continue;
      }
    }
    out.push(child);
  }
  return out;
}

export function captionedFigures() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'root' || node.type === 'element') {
        node.children = withFigures(node.children) as typeof node.children;
      }
    });
  };
}
