/**
 * In-page links (`[below](#reaction)`) that lead to nothing in the body: no heading, footnote or
 * element has that id, so a reader's click goes nowhere. Each is noted on its line, with the
 * nearest id there is. Runs after the links are pointed at the sanitiser's prefixed ids.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { didYouMean } from '../../lib/suggest.ts';
import { clobberPrefix } from './sanitizeSchema.ts';

/** Fragments a browser follows with no element of that id: `#` and `#top`, the page's top. */
const PAGE_TOP = new Set(['', 'top']);

export function fragmentChecks() {
  return (tree: Root, file: VFile) => {
    const ids = new Set<string>();
    const links: { href: string; line: number | undefined }[] = [];
    visit(tree, 'element', (node) => {
      const { id, href } = node.properties;
      if (typeof id === 'string') ids.add(id);
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#'))
        links.push({ href, line: node.position?.start.line });
    });
    let shown: string[] | undefined;
    for (const { href, line } of links) {
      const fragment = href.slice(1);
      if (ids.has(fragment) || PAGE_TOP.has(fragment.toLowerCase())) continue;
      // As the editor would write them: without the prefix the sanitiser puts on every id.
      shown ??= [...ids].map((id) =>
        id.startsWith(clobberPrefix) ? id.slice(clobberPrefix.length) : id,
      );
      const near = didYouMean(fragment, shown);
      (file.data.bodyNotes ??= []).push({
        kind: 'fragment',
        href,
        near: near === undefined ? undefined : `#${near}`,
        line,
      });
    }
  };
}
