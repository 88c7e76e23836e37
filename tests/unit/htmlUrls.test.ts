import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rewriteUrls } from '../../src/lib/htmlUrls.ts';

const rewrite = (html: string, attributes?: readonly string[]) => {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  rewriteUrls(tree, (url) => `[${url}]`, attributes);
  return unified().use(rehypeStringify).stringify(tree);
};

describe('rewriteUrls', () => {
  it('rewrites link, image and quote URLs and every srcset candidate, descriptors kept', () => {
    expect(
      rewrite(
        '<a href="/a">a</a><img src="b.png" srcset="c.png 1x, d.png 2x" alt=""><q cite="/e">q</q>',
      ),
    ).toBe(
      '<a href="[/a]">a</a><img src="[b.png]" srcset="[c.png] 1x, [d.png] 2x" alt=""><q cite="[/e]">q</q>',
    );
  });

  it('never touches text that looks like a link, and only the attributes asked for', () => {
    expect(rewrite('<code>href="/docs"</code><q cite="/e">q</q>', ['href'])).toBe(
      '<code>href="/docs"</code><q cite="/e">q</q>',
    );
  });
});
