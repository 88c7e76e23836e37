/**
 * What the body plugins hand on to each other and to the renderer, in the file's data (vfile's
 * DataMap), typed once here.
 */
import type { Element } from 'hast';
import type { VAGUENESS } from '../../lib/altText.ts';

/** A photo beside the article that its body shows. */
export interface BodyPhoto {
  /** Its key in the photos collection (its path from the project root, see photoKeys.ts). */
  key: string;
  /** As written in the body: `./harbour.jpg`. */
  src: string;
  /** Its 1-based line in the body. */
  line: number | undefined;
  alt: string;
  /** Written as an HTML `<img>` rather than markdown, so messages about it speak HTML. */
  html: boolean;
  /** Its title, when the markdown gives one: `![…](./x.jpg "title")`. */
  title: string | undefined;
}

/**
 * Prose markdown reads as something else (see proseSlips.ts): a paragraph indented into code, one
 * underlined into a heading by `---` or `===`, lines pasted with single breaks or `•` run together,
 * a heading with no space after its `#`.
 */
export const PROSE_SLIPS = [
  'indented',
  'underlined -',
  'underlined =',
  'run together',
  'bullets',
  'unspaced #',
] as const;
export type ProseSlip = (typeof PROSE_SLIPS)[number];

/** A link or picture markdown printed as typed (see unmadeLinks.ts), by what keeps it from being one. */
export const UNMADE_LINKS = ['space in address', 'space before address', 'backwards'] as const;
export type UnmadeLink = (typeof UNMADE_LINKS)[number];

/**
 * Something in a body the editor should hear of: an element, an address or an attribute the
 * sanitiser removes, a picture readers' browsers fetch from another site (all noted before the
 * sanitiser runs), or a body that shows nothing once rendered.
 */
export type BodyNote =
  | {
      kind: 'element';
      tag: string;
      /** Its 1-based line in the body. */
      line: number | undefined;
      /** Removed with everything in it (the schema's `strip`), not just its tags. */
      whole: boolean;
      /** The elements it must stand inside to be kept (the schema's `ancestors`), when that is why. */
      within?: string[] | undefined;
      /** Its start tag as typed, when it is words in angle brackets: `<insert quote here>`. */
      words?: string | undefined;
    }
  | {
      /**
       * HTML never closed that hides the markdown after it: `what` opened it (`<noscript>`,
       * `<!--`), on `line`; the text hidden runs from line `from` to the end, or to `until`.
       */
      kind: 'hidden';
      line: number | undefined;
      what: string;
      from?: number | undefined;
      until?: number | undefined;
      /**
       * The first words it hid, quoted, when no end tag came before the next words shown (an
       * open `<iframe>` takes the paragraph after it, or the rest of its own).
       */
      lost?: string | undefined;
      /** Its start tag as typed, when it is words in angle brackets: `<title of the report>`. */
      words?: string | undefined;
      /** What markdown read it to the end of, when not the body: a quote, a list item, a footnote. */
      within?: 'quote' | 'list item' | 'footnote' | undefined;
      /** Its start tag ends in `/>`, which closes no HTML element. */
      selfClosed?: boolean | undefined;
      /**
       * Blocks of the body were seen gone (an error); without it, markdown read the rest of the
       * body as this HTML, which may be the story or the element's own lines (a warning).
       */
      seen?: boolean | undefined;
    }
  | {
      kind: 'address';
      /** `a` (its `href`) or `img` (its `src`). */
      tag: string;
      /** Its scheme as written, `javascript:`: never the whole address (a data: URL can be huge). */
      scheme: string;
      /** The address within, for one pasted with quotes around it (`“https://…”`). */
      unquoted?: string | undefined;
      line: number | undefined;
    }
  | {
      kind: 'attribute';
      /** The first of its group as written, lower-cased: `style`, or a handler such as `onclick`. */
      name: string;
      /** The element it was on: `p`. */
      tag: string;
      line: number | undefined;
      /** How many more elements of the body lost one of the same group. */
      more: number;
    }
  | {
      /**
       * Footnotes that do not meet: a mark with no note (`mark`: it prints as typed), or a note
       * no mark names (its text is dropped).
       */
      kind: 'footnote';
      /** As written between `[^` and `]`. */
      label: string;
      mark: boolean;
      line: number | undefined;
    }
  | {
      kind: 'prose slip';
      slip: ProseSlip;
      /** Its 1-based line in the body: the block's first, or the underline's. */
      line: number | undefined;
      /** How many lines run together, for `run together` and `bullets`. */
      count?: number | undefined;
    }
  | {
      /** An HTML tag markdown did not read, printed as typed (see unreadTags.ts). */
      kind: 'unread tag';
      /** The tag as typed, cut short when long. */
      written: string;
      line: number | undefined;
    }
  | {
      kind: 'unmade link';
      shape: UnmadeLink;
      /** The text as typed, cut short when long. */
      written: string;
      line: number | undefined;
    }
  | {
      /** A table row with more cells than columns: readers do not see the last ones (`lost`). */
      kind: 'cells';
      line: number | undefined;
      columns: number;
      lost: string;
    }
  | {
      /** A note for the desk left for readers to see: `TK`, `[CHECK SPELLING]`. */
      kind: 'desk note';
      written: string;
      line: number | undefined;
    }
  | {
      /** A picture whose alt text says nothing of it: `IMG_1234.jpg`, `photo`. */
      kind: 'vague alt';
      /** As written. */
      src: string;
      alt: string;
      why: (typeof VAGUENESS)[number];
      line: number | undefined;
    }
  | {
      /** A heading with no words and no picture (`## ` alone), removed. */
      kind: 'empty heading';
      /** Its element: `h2`. */
      tag: string;
      line: number | undefined;
    }
  | {
      /** A heading a level or more below the one above it (see headingLevels.ts). */
      kind: 'heading level';
      /** Its level as the page shows it: 4 for `####`. */
      level: number;
      /** The level of the heading above it: 1 for the headline. */
      above: number;
      line: number | undefined;
      /** Written in HTML (`<h4>`), not with `#`. */
      html?: boolean | undefined;
    }
  | {
      /** Markup that shows readers nothing: no words, no pictures (`<div></div>`). */
      kind: 'blank';
      line: number | undefined;
    }
  | {
      /** A story with no summary given and no paragraph of words to make one of (photos alone). */
      kind: 'no summary';
      line: number | undefined;
    }
  | {
      /** An in-page link (`#reaction`) that no id of the body answers. */
      kind: 'fragment';
      /** As written. */
      href: string;
      /** The nearest fragment the body has, when one is near: `#reaction`. */
      near: string | undefined;
      line: number | undefined;
    }
  | {
      /** Another site's address or an email written without its scheme: a path of this site. */
      kind: 'stray address';
      /** As written: `www.example.com`. */
      href: string;
      /** What to write: `https://www.example.com`, `mailto:desk@example.com`. */
      instead: string;
      line: number | undefined;
    }
  | {
      kind: 'remote';
      /** As written: `https://other.example/x.gif`. */
      src: string;
      line: number | undefined;
      /** Written as an HTML `<img>` rather than markdown, so the message speaks HTML. */
      html: boolean;
    };

/** An image the body gives as a path on this site (`/images/chart.png`): a file in public/. */
export interface SiteImage {
  /** As written. */
  src: string;
  /** Its 1-based line in the body. */
  line: number | undefined;
  /** Written as an HTML `<img>` rather than markdown, so messages about it speak HTML. */
  html: boolean;
}

/** A link in the body that may lead to a story, topic or author page of the site (see siteLinks). */
export interface BodyLink {
  /** As written: `/articles/harbour-reopens/`, `../harbour-reopens/`. */
  href: string;
  /** Its 1-based line in the body. */
  line: number | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** The article's path from the project root: photos beside it are named from it. */
    articleFile: string;
    /** Where the markdown images start, before raw HTML joins them (see markdownImages). */
    markdownImages: Set<string>;
    /** The body's photos, in order (see localPhotos). */
    photos: BodyPhoto[];
    /** The `<img>` element of each photo, in the same order, for photoMarkers. */
    photoElements: Element[];
    /** What the sanitiser will remove and pictures from other sites, in order (see removedHtml). */
    bodyNotes: BodyNote[];
    /** The body's text from markdown, before raw HTML is parsed (see hiddenBlocks). */
    textBeforeRaw: { offset: number; end: number; line: number; value: string }[];
    /** The body's raw HTML at any depth, before it is parsed (see hiddenBlocks). */
    rawBeforeParse: { offset: number; line: number; value: string }[];
    /** Images given as a site path, in order (see siteImages). */
    siteImages: SiteImage[];
    /** Links that may lead to a page of the site, in order (see siteLinks). */
    siteLinks: BodyLink[];
    /** The ids of the body's parts, as a link writes them, without the prefix (see sectionIds). */
    sectionIds: string[];
  }
}
