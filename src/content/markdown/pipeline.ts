/**
 * A story's markdown body, made safe HTML: the nesting checked, CommonMark and GitHub's
 * extensions parsed, raw HTML parsed and cut down to GitHub's allowlist, then Dateline's own
 * plugins (one a module, in this folder), in this order.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { isBlankMarkdown } from '../../lib/text.ts';
import { VFile } from 'vfile';
import { addressLinks } from './addressLinks.ts';
import { captionedFigures } from './captionedFigures.ts';
import type { BodyNote, BodyPhoto, SiteImage, BodyLink } from './data.ts';
import { demoteH1 } from './demoteH1.ts';
import { tableCells } from './tableCells.ts';
import { deskNoteChecks } from './deskNoteChecks.ts';
import { dropEmptyHeadings, holdsImage } from './dropEmptyHeadings.ts';
import { headingLevels } from './headingLevels.ts';
import { dropEmptyParagraphs } from './dropEmptyParagraphs.ts';
import { footnoteChecks } from './footnoteChecks.ts';
import { fragmentChecks } from './fragmentChecks.ts';
import { headingIds, withAltText } from './headingIds.ts';
import { focusableScrollers } from './focusableScrollers.ts';
import { localPhotos } from './localPhotos.ts';
import { markdownImages } from './markdownImages.ts';
import { checkNesting, limitDepth } from './nesting.ts';
import { pageSlashes } from './pageSlashes.ts';
import { photoMarkers } from './photoMarkers.ts';
import { proseSlips } from './proseSlips.ts';
import { unmadeLinks } from './unmadeLinks.ts';
import { unreadTags } from './unreadTags.ts';
import { rawOnlyWhenPresent } from './rawOnlyWhenPresent.ts';
import { rebaseLinks } from './rebaseLinks.ts';
import { browserSlashes } from './browserSlashes.ts';
import { runawayBlocks } from './runawayBlocks.ts';
import { blocksBeforeRaw, hiddenBlocks } from './hiddenBlocks.ts';
import { removedHtml } from './removedHtml.ts';
import { retargetFragmentLinks } from './retargetFragmentLinks.ts';
import { sanitizeSchema } from './sanitizeSchema.ts';
import { siteImages } from './siteImages.ts';
import { sectionIds } from './sectionIds.ts';
import { siteLinks } from './siteLinks.ts';
import { storySections } from './storySections.ts';
import { strayAddresses } from './strayAddresses.ts';
import { curlyQuotes } from './curlyQuotes.ts';
import { type TaskWords, taskListMarks } from './taskListMarks.ts';
import { vagueAlts } from './vagueAlts.ts';

/**
 * The only words of the site a body holds, and how its language quotes: given as data (the
 * loaders take them from the word tables), so no other word of the site renders a body again.
 */
export interface BodyWords extends TaskWords {
  /** Straight quotes and apostrophes become curly ones (“ ” ‘ ’); «» and others stay as typed. */
  curlyQuotes: boolean;
  /** The footnotes' heading, read out. */
  footnotes: string;
  /** A footnote's link back to its mark, read out: `#` is the mark's number. */
  footnoteBack: string;
}

/** How a footnote's link back is read out: "Back to reference 2", or "2-3" for its third mark. */
const footnoteBackLabel = (words: BodyWords) => (index: number, repeat: number) =>
  words.footnoteBack.replace('#', `${index + 1}${repeat > 1 ? `-${repeat}` : ''}`);

export type { BodyNote, BodyPhoto, SiteImage, BodyLink };
export { BodyError, MAX_NESTING } from './bodyError.ts';

/** What a body is rendered for: the site's base path and the words of the story's language. */
export interface BodySettings {
  base: string;
  /** How task marks are read out, in the story's language. */
  words: BodyWords;
  /** The article's path from the project root: photos beside it are named from it. */
  articleFile?: string | undefined;
}

/** The whole pipeline for one base path and one language's words. */
const createProcessor = (base: string, words: BodyWords) =>
  unified()
    .use(remarkParse)
    .use(limitDepth)
    .use(remarkGfm)
    .use(footnoteChecks)
    .use(tableCells)
    .use(proseSlips)
    .use(unmadeLinks)
    .use(unreadTags)
    .use(runawayBlocks)
    .use(deskNoteChecks)
    .use(curlyQuotes, { on: words.curlyQuotes })
    // Raw HTML is kept only to be parsed (rehype-raw) and then cut down by the sanitiser.
    // No prefix here: the sanitiser adds it, once, to markdown and raw-HTML ids alike.
    .use(remarkRehype, {
      allowDangerousHtml: true,
      clobberPrefix: '',
      footnoteLabel: words.footnotes,
      footnoteBackLabel: footnoteBackLabel(words),
    })
    .use(markdownImages)
    .use(blocksBeforeRaw)
    .use(rawOnlyWhenPresent)
    .use(browserSlashes)
    .use(headingIds)
    // Before the sanitiser, which takes out `example.org:8080` as an address of an unknown kind.
    .use(strayAddresses)
    // Only looks: what the sanitiser will take out, noted for the editor before it goes.
    .use(removedHtml)
    .use(rehypeSanitize, sanitizeSchema)
    .use(hiddenBlocks)
    .use(taskListMarks, words)
    .use(focusableScrollers)
    .use(dropEmptyParagraphs)
    .use(dropEmptyHeadings)
    .use(headingLevels)
    .use(vagueAlts)
    .use(localPhotos)
    .use(siteImages)
    .use(siteLinks)
    .use(pageSlashes)
    .use(captionedFigures)
    .use(retargetFragmentLinks)
    .use(storySections)
    .use(fragmentChecks)
    .use(sectionIds)
    .use(rebaseLinks, { base })
    .use(addressLinks)
    .use(demoteH1)
    .use(photoMarkers)
    .use(rehypeStringify);

const processors = new Map<string, ReturnType<typeof createProcessor>>();

/** A second-level heading of a body: its id (as the sanitiser left it) and its text. */
export interface Heading {
  id: string;
  text: string;
}

/** A rendered body: safe HTML, its plain text, and the first paragraph's text. */
export interface RenderedBody {
  html: string;
  text: string;
  firstParagraph: string;
  /** The body's second-level headings, in order. */
  headings: Heading[];
  /** The photos beside the article that the body shows, in order. */
  photos: BodyPhoto[];
  /** What the sanitiser removed and pictures from other sites, in order, for warnings. */
  notes: BodyNote[];
  /** Images given as a site path, in order, checked against public/. */
  siteImages: SiteImage[];
  /** Links that may lead to a story page, in order, checked against the stories. */
  siteLinks: BodyLink[];
  /** The ids of the body's parts, as another story's link writes them (see sectionIds). */
  sections: string[];
}

/**
 * Renders a markdown body (the text after the front matter) to sanitised HTML and plain text.
 * Throws a BodyError for a body it refuses, and may throw others: callers name the file.
 */
export async function renderBody(markdown: string, settings: BodySettings): Promise<RenderedBody> {
  checkNesting(markdown);
  const { base, words } = settings;
  const key = JSON.stringify([base, words]);
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = createProcessor(base, words)));
  const mdast = processor.parse(markdown);
  const file = new VFile({ value: markdown, data: { articleFile: settings.articleFile } });
  const hast = (await processor.run(mdast, file)) as HastRoot;
  const html = processor.stringify(hast);
  // The first paragraph with words: a story that opens with a photo is summarised by its text.
  const first = hast.children.find(
    (node): node is Element =>
      node.type === 'element' && node.tagName === 'p' && toText(node).trim() !== '',
  );
  const headings: Heading[] = [];
  visit(hast, 'element', (node) => {
    // The footnotes' heading is read out only: not a section of the story for its contents.
    if (node.tagName === 'section' && node.properties.dataFootnotes !== undefined) return SKIP;
    if (node.tagName !== 'h2') return;
    if (typeof node.properties.id !== 'string') return;
    // Its words as its id has them, a picture read as its alt text. One with no words (a
    // picture with no alt) is left out: a link that reads as nothing.
    const text = toText(withAltText(node)).trim();
    if (text !== '') headings.push({ id: node.properties.id, text });
    return SKIP;
  });
  const text = toText(hast).trim();
  const photos = file.data.photos ?? [];
  // In the order the body holds them: plugins on the markdown and on the HTML each add theirs.
  const notes = (file.data.bodyNotes ?? []).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  // Markup alone (`<div></div>`, a lone rule) shows readers an empty page: told as a blank body
  // is (by validation), on the line where the markup starts.
  if (text === '' && photos.length === 0 && !holdsImage(hast) && !isBlankMarkdown(markdown)) {
    notes.push({
      kind: 'blank',
      line: markdown.slice(0, markdown.search(/\S/)).split('\n').length,
    });
  }
  return {
    html,
    text,
    firstParagraph: first ? toText(first) : '',
    headings,
    photos,
    notes,
    siteImages: file.data.siteImages ?? [],
    siteLinks: file.data.siteLinks ?? [],
    sections: file.data.sectionIds ?? [],
  };
}
