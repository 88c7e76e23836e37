/**
 * Photo captions as editors and wire copy write them. A paragraph that is one image, followed
 * by a paragraph that is all emphasis (`_The harbour at noon._`), or by an emphasised line in the
 * same paragraph (the caption typed on the line under the photo), becomes a figure with that
 * caption. A figure that holds no picture (a wire caption whose photo was not sent) is marked
 * `caption-only`, so the page shows it as a caption, not as a frame around nothing.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';

/** The class of a figure with a caption and no picture. */
export const CAPTION_ONLY = 'caption-only';

/** Whether a node is white space between elements. */
const isSpace = (node: RootContent | undefined) =>
  node?.type === 'text' && node.value.trim() === '';

/** A paragraph's children, white space aside. */
const kidsOf = (node: Element) => node.children.filter((c) => !isSpace(c));

/** The one element `tagName` a paragraph holds, white space aside, if it holds only that. */
function only(node: Element, tagName: string): Element | undefined {
  const kids = kidsOf(node);
  const [kid] = kids;
  return kids.length === 1 && kid?.type === 'element' && kid.tagName === tagName ? kid : undefined;
}

/** The image and caption of a paragraph that is an image, a line break, then all emphasis. */
function photoAndCaption(node: Element): [Element, Element] | undefined {
  const kids = kidsOf(node).filter((kid) => !(kid.type === 'element' && kid.tagName === 'br'));
  const [img, em] = kids;
  // Only a caption on a line of its own: `![x](y) _z_` on one line is an image and some text.
  const broken = node.children.some(
    (kid) =>
      (kid.type === 'text' && kid.value.includes('\n')) ||
      (kid.type === 'element' && kid.tagName === 'br'),
  );
  if (kids.length !== 2 || !broken || img?.type !== 'element' || em?.type !== 'element') {
    return undefined;
  }
  return img.tagName === 'img' && em.tagName === 'em' ? [img, em] : undefined;
}

/** A figure of `img` captioned with what `caption` holds. */
function figure(img: Element, caption: Element): Element {
  const figcaption: ElementContent = {
    type: 'element',
    tagName: 'figcaption',
    properties: {},
    children: caption.children,
  };
  return { type: 'element', tagName: 'figure', properties: {}, children: [img, figcaption] };
}

/** A parent's children, each photo paragraph and the caption paragraph after it made one figure. */
function withFigures(kids: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    const paragraph = child.type === 'element' && child.tagName === 'p' ? child : undefined;
    const inOne = paragraph && photoAndCaption(paragraph);
    if (inOne) {
      out.push(figure(...inOne));
      continue;
    }
    const img = paragraph && only(paragraph, 'img');
    if (img) {
      let j = i + 1;
      while (isSpace(kids[j])) j++;
      const next = kids[j];
      const caption =
        next?.type === 'element' && next.tagName === 'p' ? only(next, 'em') : undefined;
      if (caption) {
        out.push(figure(img, caption));
        i = j;
        continue;
      }
    }
    out.push(child);
  }
  return out;
}

/** Whether an element holds a picture anywhere inside it. */
function hasPicture(node: Element): boolean {
  let found = false;
  visit(node, 'element', (inner) => {
    if (inner.tagName === 'img' || inner.tagName === 'picture') found = true;
  });
  return found;
}

export function captionedFigures() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'root' || node.type === 'element') {
        node.children = withFigures(node.children) as typeof node.children;
      }
      if (node.type === 'element' && node.tagName === 'figure' && !hasPicture(node)) {
        node.properties.className = [CAPTION_ONLY];
      }
    });
  };
}
