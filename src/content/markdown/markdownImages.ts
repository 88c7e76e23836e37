/**
 * Where the body's markdown images (`![…](…)`) start, noted before raw HTML is parsed into the
 * tree: after it, an `<img>` the editor wrote as HTML looks the same, and a message about it
 * should speak HTML (`alt="…"`), not markdown (see localPhotos).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A node's start as a key (`line:column`), to find the same image after raw HTML is parsed. */
export const startOf = (position: Element['position']) =>
  position ? `${position.start.line}:${position.start.column}` : '';

export function markdownImages() {
  return (tree: Root, file: VFile) => {
    const starts = new Set<string>();
    visit(tree, 'element', (node) => {
      if (node.tagName === 'img' && node.position) starts.add(startOf(node.position));
    });
    file.data.markdownImages = starts;
  };
}
