import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import { toText } from 'hast-util-to-text';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { isRelativeImage, photoKey } from '../lib/photos.ts';
import { rewriteUrls } from '../lib/htmlUrls.ts';
import { photoMarker } from '../lib/bodyPhotos.ts';
import { stringsFor } from '../lib/strings.ts';
import { pathUnderBase } from '../lib/urls.ts';

const clobberPrefix = defaultSchema.clobberPrefix ?? 'user-content-';

/**
 * GitHub's allowlist plus figures, so a caption can stand in the body as `<figure><figcaption>`.
 * Everything else stays GitHub's: no script, style, iframe, object, embed, `on*` or `javascript:`.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'small'],
  // Elements whose content is not reading text go with everything in them: a stylesheet, a
  // form field's value or a fallback must not turn into paragraphs, summaries or search text.
  strip: [
    ...(defaultSchema.strip ?? []),
    'style',
    'textarea',
    'title',
    'noscript',
    'xmp',
    'iframe',
    'noembed',
    'noframes',
    'plaintext',
    'template',
    'object',
    'svg',
    'math',
  ],
};

/** How deep quotes, lists, emphasis and HTML elements may nest; no story needs more. */
export const MAX_NESTING = 100;

/** A body that cannot be rendered as written: the message says what to change. */
export class BodyError extends Error {
  override name = 'BodyError';
  /** The 1-based line in the body, where known. */
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

const nestingMessage = (depth: string) =>
  `nests quotes, lists or elements ${depth} levels deep (at most ${MAX_NESTING}: flatten the structure)`;

/**
 * Fails a body nested deeper than MAX_NESTING before anything recursive walks it: the tree
 * transforms recurse once per level and would overflow the stack on a hostile file.
 */
function limitDepth() {
  return (tree: MdastRoot) => {
    const stack: [MdastNodes, number][] = [[tree, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      if (depth > MAX_NESTING) {
        throw new BodyError(nestingMessage(`over ${MAX_NESTING}`), node.position?.start.line);
      }
      if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
    }
  };
}

/**
 * How many containers a line opens by its leading markers: quote `>`s, list markers and every
 * two columns of indentation (a nested list item is indented under its parent).
 */
function lineDepth(line: string): number {
  let depth = 0;
  let columns = 0;
  let i = 0;
  while (i < line.length) {
    const char = line[i]!;
    if (char === ' ' || char === '\t') {
      columns += char === '\t' ? 4 : 1;
      i += 1;
    } else if (char === '>') {
      depth += 1;
      // The one space after a marker belongs to it, not to indentation.
      i += line[i + 1] === ' ' ? 2 : 1;
    } else {
      const marker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t])/.exec(line.slice(i, i + 11));
      if (!marker) break;
      depth += 1;
      i += marker[0].length + 1;
    }
  }
  return depth + Math.floor(columns / 2);
}

/**
 * Fails a markdown body whose quotes or lists nest past MAX_NESTING, before it is parsed: the
 * parser's own tree transforms recurse once per level and would overflow the stack.
 */
export function checkNesting(markdown: string): void {
  let line = 1;
  for (let start = 0; start < markdown.length; line += 1) {
    const end = markdown.indexOf('\n', start);
    const text = end === -1 ? markdown.slice(start) : markdown.slice(start, end);
    const depth = lineDepth(text);
    if (depth > MAX_NESTING) throw new BodyError(nestingMessage(String(depth)), line);
    if (end === -1) break;
    start = end + 1;
  }
}

const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);

/** How deep raw HTML tags open, counted over the raw pieces in order (a cheap upper bound). */
function rawTagDepth(tree: HastRoot): number {
  let depth = 0;
  let deepest = 0;
  const walk = (node: HastRoot | HastRoot['children'][number], level: number) => {
    if (node.type === 'raw') {
      for (const [, close, name, selfClosing] of node.value.matchAll(
        /<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g,
      )) {
        if (close) depth = Math.max(0, depth - 1);
        else if (!selfClosing && !VOID_ELEMENTS.has(name!.toLowerCase())) depth += 1;
        deepest = Math.max(deepest, level + depth);
      }
    }
    if ('children' in node) for (const child of node.children) walk(child, level + 1);
  };
  walk(tree, 0);
  return deepest;
}

/** A photo beside the article that its body shows. */
export interface BodyPhoto {
  /** Its key in the photos collection (its path from the project root, see photos.ts). */
  key: string;
  /** As written in the body: `./harbour.jpg`. */
  src: string;
  /** Its 1-based line in the body. */
  line: number | undefined;
  alt: string;
  /** Its title, when the markdown gives one: `![…](./x.jpg "title")`. */
  title: string | undefined;
}

/** What the body plugins hand on in the file's data. */
interface PipelineData {
  /** The article's path from the project root: photos beside it are named from it. */
  articleFile?: string | undefined;
  /** The body's photos, in order. */
  photos?: BodyPhoto[];
  /** The `<img>` element of each photo, in the same order, for photoMarkers. */
  photoElements?: Element[];
}

/** The file's data as the body plugins share it. */
const dataOf = (file: VFile) => file.data as PipelineData;

/**
 * Images in the body with a path relative to the article are photos beside it: each is noted,
 * with its alt text and title, for the page to make into a responsive picture (see
 * photoMarkers). Runs after the sanitiser, on what it let through.
 */
function localPhotos() {
  return (tree: HastRoot, file: VFile) => {
    const data = dataOf(file);
    const article = data.articleFile;
    const photos: BodyPhoto[] = [];
    const elements: Element[] = [];
    const visit = (node: HastRoot | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const src = child.properties.src;
        if (child.tagName === 'img' && article && typeof src === 'string' && isRelativeImage(src)) {
          const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
          photos.push({
            key: photoKey(article, src),
            src,
            line: child.position?.start.line,
            alt: text(child.properties.alt),
            title: text(child.properties.title) || undefined,
          });
          elements.push(child);
        }
        visit(child);
      }
    };
    visit(tree);
    data.photos = photos;
    data.photoElements = elements;
  };
}

/**
 * Each body photo's `<img>` becomes a comment naming its place in the list of photos. The
 * sanitiser removes every comment an editor writes, and this runs after it, so only this code
 * writes one: the page replaces each with the photo's picture, and no attribute text is ever
 * parsed again (an alt text with `>` in it stays an alt text).
 */
function photoMarkers() {
  return (tree: HastRoot, file: VFile) => {
    const elements = dataOf(file).photoElements ?? [];
    if (elements.length === 0) return;
    const place = new Map(elements.map((element, i) => [element, i]));
    const visit = (node: HastRoot | Element) => {
      node.children = node.children.map((child) => {
        if (child.type !== 'element') return child;
        const i = place.get(child);
        if (i !== undefined) return { type: 'comment', value: photoMarker(i) };
        visit(child);
        return child;
      }) as typeof node.children;
    };
    visit(tree);
  };
}

/**
 * A paragraph that is one image, followed by a paragraph that is all emphasis (the wire style
 * of a caption, `_The harbour at noon._`), becomes a figure with that caption.
 */
function captionedFigures() {
  const only = (node: Element, tagName: string) => {
    const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    return kids.length === 1 && kids[0]!.type === 'element' && kids[0]!.tagName === tagName
      ? kids[0]
      : undefined;
  };
  return (tree: HastRoot) => {
    const visit = (node: HastRoot | Element) => {
      const out: HastRoot['children'] = [];
      const kids: HastRoot['children'] = node.children;
      for (let i = 0; i < kids.length; i++) {
        const child = kids[i]!;
        if (child.type === 'element' && child.tagName === 'p' && only(child, 'img')) {
          let j = i + 1;
          while (kids[j]?.type === 'text' && (kids[j] as { value: string }).value.trim() === '') j++;
          const next = kids[j];
          const emphasis = next?.type === 'element' && next.tagName === 'p' && only(next, 'em');
          if (emphasis && emphasis.type === 'element') {
            out.push({
              type: 'element',
              tagName: 'figure',
              properties: {},
              children: [
                only(child, 'img')!,
                { type: 'element', tagName: 'figcaption', properties: {}, children: emphasis.children },
              ],
            });
            i = j;
            continue;
          }
        }
        if (child.type === 'element') visit(child);
        out.push(child);
      }
      node.children = out as typeof node.children;
    };
    visit(tree);
  };
}

/** Removes paragraphs left empty once the sanitiser dropped what they held (`<p><style>…</p>`). */
function dropEmptyParagraphs() {
  const isEmpty = (node: Element) =>
    node.children.every((child) => child.type === 'text' && child.value.trim() === '');
  return (tree: HastRoot) => {
    const visit = (node: HastRoot | Element) => {
      node.children = node.children.filter(
        (child) => !(child.type === 'element' && child.tagName === 'p' && isEmpty(child)),
      ) as typeof node.children;
      for (const child of node.children) if (child.type === 'element') visit(child);
    };
    visit(tree);
  };
}

/**
 * GFM task-list checkboxes become text: a disabled checkbox has no accessible name and cannot be
 * used anyway, so a reader hears "done" or "not done" and sees ☑ or ☐.
 */
function taskListMarks(words: { taskDone: string; taskOpen: string }) {
  return (tree: HastRoot) => {
    const visit = (node: HastRoot | Element) => {
      node.children = node.children.map((child) => {
        if (child.type !== 'element') return child;
        if (child.tagName === 'input' && child.properties.type === 'checkbox') {
          const done = Boolean(child.properties.checked);
          return {
            type: 'element',
            tagName: 'span',
            properties: {
              className: ['task'],
              role: 'img',
              ariaLabel: done ? words.taskDone : words.taskOpen,
            },
            children: [{ type: 'text', value: done ? '☑' : '☐' }],
          } satisfies Element;
        }
        visit(child);
        return child;
      }) as typeof node.children;
    };
    visit(tree);
  };
}

/**
 * Code blocks and tables scroll sideways in their own box when they are wider than the column:
 * a keyboard reader must be able to reach them to scroll them, so they take focus.
 */
function focusableScrollers() {
  return (tree: HastRoot) => {
    const visit = (node: HastRoot | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'pre' || child.tagName === 'table') child.properties.tabIndex = 0;
        visit(child);
      }
    };
    visit(tree);
  };
}

/** A second-level heading of a body: its id (as the sanitiser left it) and its text. */
export interface Heading {
  id: string;
  text: string;
}

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
      const target = `${clobberPrefix}${safeDecode(href.slice(1))}`;
      if (ids.has(target)) link.properties.href = `#${target}`;
    }
  };
}

/** A fragment decoded for comparing with ids; as written when it is not valid percent-encoding. */
function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Whether a URL is a path on this site (`/x`), not another host (`//x`, `/\\x`). */
const isSitePath = (url: string) => /^\/(?![/\\])/.test(url);

/**
 * Moves site-relative links and images (`/articles/x/`) under the base path (`/news/articles/x/`),
 * `srcset` candidates included. It works on the tree, so text that merely looks like a link
 * (`href="/x"` inside `<code>`) is never touched.
 */
function rebaseLinks(options: { base: string }) {
  return (tree: HastRoot) => {
    if (options.base === '/') return;
    rewriteUrls(tree, (url) => (isSitePath(url) ? pathUnderBase(options.base, url) : url), [
      'href',
      'src',
    ]);
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
  return (tree: HastRoot, file: VFile) => {
    if (!hasRaw(tree)) return tree;
    // Parsing raw HTML into the tree recurses once per level: too deep fails here, clearly.
    const depth = rawTagDepth(tree);
    if (depth > MAX_NESTING) throw new BodyError(nestingMessage(String(depth)));
    return raw(tree, file);
  };
}

/** The whole pipeline for one base path and language. */
const createProcessor = (base: string, lang: string) =>
  unified()
  .use(remarkParse)
  .use(limitDepth)
  .use(remarkGfm)
  // Raw HTML is kept only to be parsed (rehype-raw) and then cut down by the sanitiser.
  // No prefix here: the sanitiser adds it, once, to markdown and raw-HTML ids alike.
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
  .use(rawOnlyWhenPresent)
  // Stable ids on headings (GitHub's slugs), for the table of contents and shared links.
  .use(rehypeSlug)
  .use(rehypeSanitize, sanitizeSchema)
  .use(taskListMarks, stringsFor(lang))
  .use(focusableScrollers)
  .use(dropEmptyParagraphs)
  .use(localPhotos)
  .use(captionedFigures)
  .use(retargetFragmentLinks)
  .use(rebaseLinks, { base })
  .use(demoteH1)
  .use(photoMarkers)
  .use(rehypeStringify);

const processors = new Map<string, ReturnType<typeof createProcessor>>();

/** A rendered body: safe HTML, its plain text, and the first paragraph's text. */
export interface RenderedBody {
  html: string;
  text: string;
  firstParagraph: string;
  /** The body's second-level headings, in order. */
  headings: Heading[];
  /** The photos beside the article that the body shows, in order. */
  photos: BodyPhoto[];
}

/**
 * Renders a markdown body (the text after the front matter) to sanitised HTML and plain text.
 * Throws a BodyError for a body it refuses, and may throw others: callers name the file.
 */
export async function renderBody(
  markdown: string,
  base = '/',
  lang = 'en',
  articleFile?: string,
): Promise<RenderedBody> {
  checkNesting(markdown);
  const key = `${base} ${lang}`;
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = createProcessor(base, lang)));
  const mdast = processor.parse(markdown);
  // The article's path: photos beside it are named by their path from the project root.
  const file = new VFile({ data: { articleFile } satisfies PipelineData });
  const hast = (await processor.run(mdast, file)) as HastRoot;
  const html = processor.stringify(hast);
  const first = hast.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'p',
  );
  const headings: Heading[] = [];
  const collect = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'h2' && typeof child.properties.id === 'string') {
        headings.push({ id: child.properties.id, text: toText(child).trim() });
      } else collect(child);
    }
  };
  collect(hast);
  return {
    html,
    text: toText(hast).trim(),
    firstParagraph: first ? toText(first) : '',
    headings,
    photos: dataOf(file).photos ?? [],
  };
}
