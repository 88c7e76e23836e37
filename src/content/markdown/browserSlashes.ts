/**
 * Writes each link's and picture's address as readers' browsers read it (see asBrowsersRead):
 * `<img src="\\host\x.png">` was published as written, looked at by no check, and loaded
 * `//host/x.png`, another site's picture. Before the checks and the sanitiser, so each reads the
 * address the reader's browser will ask for.
 */
import type { Root } from 'hast';
import { rewriteUrls } from '../../lib/htmlUrls.ts';
import { asBrowsersRead } from '../../lib/urls.ts';

export function browserSlashes() {
  return (tree: Root) => rewriteUrls(tree, asBrowsersRead, ['href', 'src']);
}
