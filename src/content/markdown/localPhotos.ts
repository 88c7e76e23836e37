/**
 * Images in the body with a path relative to the article are photos beside it: each is noted,
 * with its alt text and title, for the page to make into a responsive picture (see
 * photoMarkers). Runs after the sanitiser, on what it let through.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isRelativeImage, photoKey } from '../../lib/photoKeys.ts';
import type { BodyPhoto } from './data.ts';
import { startOf } from './markdownImages.ts';

/** An attribute's text, trimmed; empty when there is none. */
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function localPhotos() {
  return (tree: Root, file: VFile) => {
    const article = file.data.articleFile;
    const photos: BodyPhoto[] = [];
    const elements: Element[] = [];
    visit(tree, 'element', (node) => {
      const src = node.properties.src;
      if (node.tagName !== 'img' || !article || typeof src !== 'string' || !isRelativeImage(src)) {
        return;
      }
      photos.push({
        key: photoKey(article, src),
        src,
        line: node.position?.start.line,
        alt: text(node.properties.alt),
        html: !file.data.markdownImages?.has(startOf(node.position)),
        title: text(node.properties.title) || undefined,
      });
      elements.push(node);
    });
    file.data.photos = photos;
    file.data.photoElements = elements;
  };
}
