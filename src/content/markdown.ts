import type { Element, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * GitHub's allowlist plus figures, so a caption can stand in the body as `<figure><figcaption>`.
 * Everything else stays GitHub's: no script, style, iframe, object, embed, `on*` or `javascript:`.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'small'],
};

/** Body headings start at h2: the page's only h1 is the headline. */
function demoteH1() {
  return (tree: HastRoot) => {
    const visit = (node: HastRoot | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'h1') child.tagName = 'h2';
        visit(child);
      }
    };
    visit(tree);
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  // Raw HTML is kept only to be parsed (rehype-raw) and then cut down by the sanitiser.
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(demoteH1)
  .use(rehypeStringify);

/** A rendered body: safe HTML, its plain text, and the first paragraph's text. */
export interface RenderedBody {
  html: string;
  text: string;
  firstParagraph: string;
}

/** Renders a whole markdown file (front matter is skipped) to sanitised HTML and plain text. */
export async function renderBody(markdown: string): Promise<RenderedBody> {
  const mdast = processor.parse(markdown);
  const hast = (await processor.run(mdast)) as HastRoot;
  const html = processor.stringify(hast);
  const first = hast.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'p',
  );
  return {
    html,
    text: toText(hast).trim(),
    firstParagraph: first ? toText(first) : '',
  };
}
