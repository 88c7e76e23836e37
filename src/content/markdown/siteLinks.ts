/**
 * Links in the body that may lead to a story, topic or author page of the site (`/articles/x/`,
 * `../x/`), to a file in `public/` (`/files/report.pdf`) or to this computer (a preview's
 * `http://localhost:4321/…`), noted as written, before links are
 * rebased: the sync checks each names a page or file that is there (see brokenSiteLinks in
 * ../linkChecks.ts, missingLinkedFiles in ../checks.ts). Runs after the sanitiser, on what it
 * let through.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { mayBeSiteFile, mayLeadToPage, namesThisComputer } from '../../lib/siteLinks.ts';
import type { BodyLink } from './data.ts';

export function siteLinks() {
  return (tree: Root, file: VFile) => {
    const links: BodyLink[] = [];
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      if (!mayLeadToPage(href) && !mayBeSiteFile(href) && !namesThisComputer(href)) return;
      links.push({ href, line: node.position?.start.line });
    });
    file.data.siteLinks = links;
  };
}
