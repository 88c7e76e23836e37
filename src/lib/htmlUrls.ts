import type { Element, Root } from 'hast';

/** The URL attributes a sanitised body may carry. */
export const URL_ATTRIBUTES = ['href', 'src', 'cite', 'longDesc'] as const;

/**
 * Rewrites, in place, every URL of an HTML tree: the `attributes` given and each `srcset`
 * candidate. It works on the tree, so text that only looks like a link (`href="/docs"` inside
 * `<code>`) is never touched.
 */
export function rewriteUrls(
  tree: Root,
  rewrite: (url: string) => string,
  attributes: readonly string[] = URL_ATTRIBUTES,
): void {
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      for (const key of attributes) {
        const value = child.properties[key];
        if (typeof value === 'string') child.properties[key] = rewrite(value);
      }
      const srcSet = child.properties.srcSet;
      if (srcSet !== undefined && srcSet !== null) {
        const candidates = Array.isArray(srcSet) ? srcSet.map(String) : String(srcSet).split(',');
        child.properties.srcSet = candidates
          .map((candidate) => candidate.trim().replace(/^\S+/, rewrite))
          .join(', ');
      }
      walk(child);
    }
  };
  walk(tree);
}
