/**
 * Ends links to a story, topic or author page with the slash its address has (`/articles/x` →
 * `/articles/x/`, `../x` → `../x/`): each page is a folder's index, which a host may serve only at
 * the folder's address (the preview does; others answer with a redirect, a round trip more). Runs
 * after the links are noted as written for the check, which reads either form as the page.
 */
import type { Root } from 'hast';
import { rewriteUrls } from '../../lib/htmlUrls.ts';
import { withPageSlash } from '../../lib/siteLinks.ts';

export function pageSlashes() {
  return (tree: Root) => rewriteUrls(tree, withPageSlash, ['href']);
}
