/**
 * Links written as another site's address or an email address without their scheme
 * (`[site](www.example.com)`, `[desk](desk@example.com)`): a browser reads them as a path below
 * the page, which leads nowhere. Each is noted on its line, with the address to write.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Endings of a host name an editor types, which no file beside a story has. */
const HOST_ENDINGS =
  'com|org|net|gov|edu|int|mil|info|news|biz|io|co|uk|eu|de|fr|es|it|nl|be|ch|at|ie|ca|au|nz|us|mx|ar|br|jp';

/** `www.example.com`, `example.org/page`, `news.example.co.uk?x`: a host, then a path or nothing. */
const HOST = new RegExp(
  `^(?:www\\.[^/\\s]+|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:${HOST_ENDINGS}))(?=[/?#:]|$)`,
  'i',
);

/** `desk@example.com`: an email address, whole. */
const EMAIL = /^[^\s@/:?#]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** The address a link written without its scheme was meant to be, or undefined. */
function meantAddress(href: string): string | undefined {
  if (EMAIL.test(href)) return `mailto:${href}`;
  if (HOST.test(href)) return `https://${href}`;
  return undefined;
}

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
