/**
 * Moves site-relative links and images (`/articles/x/`) under the base path (`/news/articles/x/`).
 * It works on the tree, so text that merely looks like a link
 * (`href="/x"` inside `<code>`) is never touched.
 */
import type { Root } from 'hast';
import { rewriteUrls } from '../../lib/htmlUrls.ts';
import { pathUnderBase } from '../../lib/urls.ts';

/** Whether a URL is a path on this site (`/x`), not another host (`//x`, `/\\x`). */
const isSitePath = (url: string) => /^\/(?![/\\])/.test(url);

export function rebaseLinks(options: { base: string }) {
  return (tree: Root) => {
    if (options.base === '/') return;
    rewriteUrls(tree, (url) => (isSitePath(url) ? pathUnderBase(options.base, url) : url), [
      'href',
      'src',
    ]);
  };
}
