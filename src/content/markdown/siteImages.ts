/**
 * Images in the body given as a site path (`/images/chart.png`), noted as written, before links
 * are rebased: the sync checks each is a file in `public/` (see missingBodyImages in
 * ../checks.ts), as it checks a lead image's. Runs after the sanitiser, on what it let through.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { SiteImage } from './data.ts';
import { startOf } from './markdownImages.ts';

export function siteImages() {
  return (tree: Root, file: VFile) => {
    const images: SiteImage[] = [];
    visit(tree, 'element', (node) => {
      const src = node.properties.src;
      if (node.tagName !== 'img' || typeof src !== 'string') return;
      // `//host/x.png` is another site's, not a path on this one.
      if (!src.startsWith('/') || src.startsWith('//')) return;
      images.push({
        src,
        line: node.position?.start.line,
        html: !file.data.markdownImages?.has(startOf(node.position)),
      });
    });
    file.data.siteImages = images;
  };
}
