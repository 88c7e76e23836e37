/**
 * Each body photo's `<img>` becomes a comment naming its place in the list of photos (see
 * src/lib/bodyPhotos.ts). The sanitiser removes every comment an editor writes, and this runs
 * after it, so only this code writes one: the page replaces each with the photo's picture, and
 * no attribute text is ever parsed again (an alt text with `>` in it stays an alt text).
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { photoMarker } from '../../lib/bodyPhotos.ts';

export function photoMarkers() {
  return (tree: Root, file: VFile) => {
    const elements = file.data.photoElements ?? [];
    if (elements.length === 0) return;
    const place = new Map<Element, number>(elements.map((element, i) => [element, i]));
    visit(tree, 'element', (node, index, parent) => {
      const i = place.get(node);
      if (i === undefined || !parent || index === undefined) return;
      parent.children[index] = { type: 'comment', value: photoMarker(i) };
      return SKIP;
    });
  };
}
