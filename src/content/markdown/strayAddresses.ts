/**
 * Links written as another site's address or an email address without their scheme, or with it
 * misspelt (`[site](www.example.com)`, `[desk](desk@example.com)`, `https//example.com`): a
 * browser reads them as a path below
 * the page, which leads nowhere, and the sanitiser removes one with a port (`example.org:8080`,
 * read as a kind of address like `mailto:`), so this runs before it. Each is noted on its line,
 * with the address to write.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { meantAddress } from '../../lib/siteLinks.ts';

export function strayAddresses() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node) => {
      const { href } = node.properties;
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      const instead = meantAddress(href);
      if (instead === undefined) return;
      (file.data.bodyNotes ??= []).push({
        kind: 'stray address',
        href,
        instead,
        line: node.position?.start.line,
      });
    });
  };
}
