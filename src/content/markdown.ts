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
import type { VFile } from 'vfile';
import { pathUnderBase } from '../lib/urls.ts';

const clobberPrefix = defaultSchema.clobberPrefix ?? 'user-content-';

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

/**
 * The sanitiser prefixes every id with `user-content-` so a body cannot clobber the page's own ids;
 * this points in-page links (`#fn-1`) at the prefixed targets, as GitHub does in the browser.
 */
function retargetFragmentLinks() {
  return (tree: HastRoot) => {
    const ids = new Set<string>();
    const links: Element[] = [];
    const walk = (node: HastRoot | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (typeof child.properties.id === 'string') ids.add(child.properties.id);
        if (child.tagName === 'a' && typeof child.properties.href === 'string') links.push(child);
        walk(child);
      }
    };
    walk(tree);
    for (const link of links) {
      const href = link.properties.href as string;
      if (!href.startsWith('#') || ids.has(href.slice(1))) continue;
      const target = `${clobberPrefix}${decodeURIComponent(href.slice(1))}`;
      if (ids.has(target)) link.properties.href = `#${target}`;
    }
  };
}

/** Moves site-relative links and images (`/articles/x/`) under the base path (`/news/articles/x/`). */
function rebaseLinks(options: { base: string }) {
  return (tree: HastRoot) => {
    if (options.base === '/') return;
    const walk = (node: HastRoot | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        for (const key of ['href', 'src'] as const) {
          const value = child.properties[key];
          if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
            child.properties[key] = pathUnderBase(options.base, value);
          }
        }
        walk(child);
      }
    };
    walk(tree);
  };
}

/** Whether a tree holds raw HTML from the markdown (`raw` nodes) anywhere. */
function hasRaw(node: HastRoot | HastRoot['children'][number]): boolean {
  if (node.type === 'raw') return true;
  return 'children' in node && node.children.some(hasRaw);
}

/**
 * rehype-raw, run only on bodies that hold raw HTML: re-parsing a whole tree through parse5 is
 * the costliest step, and most wire copy has none. The sanitiser runs on every body either way.
 */
function rawOnlyWhenPresent() {
  const raw = rehypeRaw();
  return (tree: HastRoot, file: VFile) => (hasRaw(tree) ? raw(tree, file) : tree);
}

/** The whole pipeline for one base path. */
const createProcessor = (base: string) =>
  unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  // Raw HTML is kept only to be parsed (rehype-raw) and then cut down by the sanitiser.
  // No prefix here: the sanitiser adds it, once, to markdown and raw-HTML ids alike.
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
  .use(rawOnlyWhenPresent)
  .use(rehypeSanitize, sanitizeSchema)
  .use(retargetFragmentLinks)
  .use(rebaseLinks, { base })
  .use(demoteH1)
  .use(rehypeStringify);

const processors = new Map<string, ReturnType<typeof createProcessor>>();

/** A rendered body: safe HTML, its plain text, and the first paragraph's text. */
export interface RenderedBody {
  html: string;
  text: string;
  firstParagraph: string;
}

/** Renders a whole markdown file (front matter is skipped) to sanitised HTML and plain text. */
export async function renderBody(markdown: string, base = '/'): Promise<RenderedBody> {
  let processor = processors.get(base);
  if (!processor) processors.set(base, (processor = createProcessor(base)));
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
