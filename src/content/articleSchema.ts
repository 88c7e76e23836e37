import { z } from 'astro/zod';
import { parseDateValue, suggestDate } from '../lib/dates.ts';
import { VAGUENESS } from '../lib/altText.ts';
import { normalizeSpace } from '../lib/excerpt.ts';
import { PROSE_SLIPS, UNMADE_LINKS } from './markdown/data.ts';
import { langProblem } from '../lib/editions.ts';
import { isRelativeImage } from '../lib/photoKeys.ts';
import { SLUG_PATTERN, slugProblem } from '../lib/slugs.ts';

/** Characters that take no room on screen, pasted from a web page: shown by their code. */
export const INVISIBLE = /[\u200B\u200D\u2060\uFEFF]/g;

/** `text` with its invisible characters written as `<U+200B>`, so a message can show them. */
export function showInvisible(text: string): string {
  return text.replace(
    INVISIBLE,
    (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

/** Shows a front-matter value in a message the way the editor typed it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = showInvisible(JSON.stringify(value));
    return shown === JSON.stringify(value)
      ? shown
      : `${shown}, with an invisible character (delete it)`;
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

/**
 * A photo's group given as one line (`image: ./harbour.jpg`): the lines to write for it, the path
 * as its src; anything else is told as typeError tells it, with `hint`.
 */
export function photoGroupError(field: string, hint: string) {
  const otherwise = typeError('a group of fields', hint);
  return (issue: { input?: unknown }) =>
    typeof issue.input === 'string' && issue.input.trim() !== ''
      ? `expected a group of fields, got ${describeValue(issue.input)} (write ${field}: alone on its line, and below it, each on a line of its own indented by two spaces, src: ${issue.input.trim()} and alt: what the photo shows)`
      : otherwise(issue);
}

/** A required-field error, or "expected X, got Y (hint)" for a value of the wrong type. */
export function typeError(expected: string, hint: string) {
  return (issue: { input?: unknown }) => {
    const { input } = issue;
    if (input === undefined) return `is required (${hint})`;
    const got = `expected ${expected}, got ${describeValue(input)}`;
    // YAML reads `title: 1984` as a number and `featured: yes` as text: the fix is the quotes.
    const scalar = typeof input === 'number' || typeof input === 'boolean';
    if (scalar && ['text', 'a URL', 'a slug', 'a language code'].includes(expected)) {
      const kind = typeof input === 'number' ? 'a number' : 'true or false';
      return `${got}, which YAML reads as ${kind}, not text (put it in quotes: "${input}")`;
    }
    if (
      typeof input === 'string' &&
      /^(?:true|false)$/.test(input) &&
      expected === 'true or false'
    ) {
      return `${got}, text in quotes (write it without the quotes: ${input})`;
    }
    // YAML 1.1's words for true and false, read as text by YAML 1.2: `draft: no` meant false.
    const word = typeof input === 'string' ? input.trim().toLowerCase() : '';
    if (expected === 'true or false' && /^(?:yes|y|on|no|n|off)$/.test(word)) {
      const meant = /^(?:yes|y|on)$/.test(word);
      return `${got}: write ${meant} (YAML reads only true and false as yes or no)`;
    }
    if (expected === 'true or false' && (input === 1 || input === 0)) {
      return `${got}: write ${input === 1} (YAML reads only true and false as yes or no)`;
    }
    return `${got} (${hint})`;
  };
}

/** Reads an empty YAML value (`summary:`) as if the field were left out. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === null ? undefined : value), schema.optional());
}

/** `tags: Transport, City Council` is one text to YAML: the list to write is made of it. */
function tagsError(issue: { input?: unknown }): string {
  const { input } = issue;
  if (typeof input !== 'string' || !input.trim())
    return typeError('a list of strings', 'e.g. tags: [Syria, US Military]')(issue);
  const topics = input
    .split(/[,;]/)
    .map((topic) => topic.trim())
    .filter(Boolean);
  return `expected a list of strings, got ${describeValue(input)} (write it as a list, in brackets: tags: [${topics.join(', ')}])`;
}

const DATE_HINT = 'use YYYY-MM-DD, e.g. 2025-04-18';

/** The longest kicker: a word or two, set in capitals above the headline. */
const KICKER_MAX_LENGTH = 30;

/** A date that is no text: `20250419`, which YAML reads as a number, gets the date to write. */
function dateTypeError(issue: { input?: unknown }): string {
  const hint = typeof issue.input === 'number' ? suggestDate(String(issue.input)) : undefined;
  return hint
    ? `expected a date, got ${issue.input} (${hint})`
    : typeError('a date', DATE_HINT)(issue);
}

/** A date string: `YYYY-MM-DD` or an ISO 8601 date-time with `Z` or an offset. */
const dateField = z.string({ error: dateTypeError }).superRefine((value, ctx) => {
  const result = parseDateValue(value);
  if (!result.ok) ctx.addIssue({ code: 'custom', message: result.reason });
});

/** Why an image URL cannot be used, or undefined when it can. */
export function imageSrcProblem(src: string): string | undefined {
  const shown = describeValue(src);
  if (/^http:\/\//i.test(src)) {
    return `${shown} is http (use https://: pages are served over https and their security policy blocks http images)`;
  }
  if (/^https:\/\/[^\s\\]+$/i.test(src)) return undefined;
  // A backslash is read as a slash by browsers: `/\evil.example/x` would load from another host.
  if (/^\/(?![/\\])[^\s\\]*$/.test(src)) return undefined;
  // A photo beside the article: the build makes every size of it (see photoSizes.ts).
  if (isRelativeImage(src)) return undefined;
  return `${shown} is not an image URL (use a photo beside the article such as ./storm.jpg, https://…, or a path in public/ such as /images/storm.jpg)`;
}

/** An image's size in pixels, as an editor declares it for a picture the build cannot measure. */
const pixels = z
  .number({ error: typeError('a whole number of pixels', 'e.g. width: 1200') })
  .int({ error: 'is not a whole number of pixels (e.g. width: 1200)' })
  .positive({ error: 'is not a whole number of pixels (e.g. width: 1200)' });

/**
 * A URL an image may load from: https, a path on this site starting with `/`, or a photo beside
 * the file; `hint` says what to write where none is.
 */
export function imageUrl(hint = 'e.g. /images/storm.jpg or https://…') {
  return z.string({ error: typeError('a URL', hint) }).superRefine((src, ctx) => {
    const problem = imageSrcProblem(src);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** A lead image's URL (see imageUrl). */
export const imageSrc = imageUrl();

/** The lead picture's fields, named apart so that misspelt ones are found (see validate.ts). */
const imageFields = z.object(
  {
    src: optional(imageSrc).describe(
      'The photo: upload it here, and it is stored beside the story.',
    ),
    alt: optional(z.string({ error: typeError('text', 'describe the picture') })).describe(
      'What the photo shows, for readers who cannot see it. Required with a photo.',
    ),
    caption: optional(z.string({ error: typeError('text', 'what the picture shows') })).describe(
      'The caption under the photo.',
    ),
    credit: optional(z.string({ error: typeError('text', 'e.g. credit: AP Photo') })).describe(
      'Who took or supplied it, such as AP Photo.',
    ),
    width: optional(pixels).describe(
      'Only for a photo from elsewhere (https): its width in pixels.',
    ),
    height: optional(pixels).describe(
      'Only for a photo from elsewhere (https): its height in pixels.',
    ),
  },
  { error: photoGroupError('image', 'src, alt, caption, credit on indented lines') },
);

/** The fields a lead image may have, for spotting misspelt ones. */
export const IMAGE_FIELDS = Object.keys(imageFields.shape);

/** One correction's fields, named apart so that misspelt ones are found (see validate.ts). */
const correctionFields = z.object(
  {
    date: dateField.describe('When the correction was made.'),
    text: z
      .string({ error: typeError('text', 'what was wrong and what is right') })
      .trim()
      .min(1, { error: 'is empty (say what was corrected)' })
      .describe('What was wrong, and what is right.'),
  },
  { error: typeError('a date and a text', 'e.g. - { date: 2025-04-19, text: "…" }') },
);

/** The fields a correction may have, for spotting misspelt ones. */
export const CORRECTION_FIELDS = Object.keys(correctionFields.shape);

/** What an editor writes between the `---` lines; the contract documented in docs/writing.md. */
export const frontmatterSchema = z.object({
  /** The headline. */
  title: z
    .string({ error: typeError('text', 'e.g. title: "Storm hits the coast"') })
    // Written over lines (`title: |`), the one line a reader sees: a feed keeps a line break.
    .overwrite(normalizeSpace)
    .min(1, { error: 'is empty (write the headline)' })
    .describe('The headline, as readers will see it.'),
  /** When the story was published: a calendar date or a date-time with a zone. */
  date: dateField.describe('When the story is published. A later date holds it back until then.'),
  /** When the story was last changed; not earlier than `date`. */
  updated: optional(dateField).describe(
    'When the story was last changed; not earlier than the date.',
  ),
  /** One or two sentences for the index and meta description; derived when absent. */
  summary: optional(z.string({ error: typeError('text', 'one or two sentences') })).describe(
    'One or two sentences for the front page, search results and feeds; taken from the first paragraph when empty.',
  ),
  /** Who wrote it: one name or a list of names. */
  author: optional(
    z.union([z.string(), z.array(z.string())], {
      error: typeError('a name or a list of names', 'e.g. author: Jane Doe'),
    }),
  ).describe('Who wrote it, from the author profiles.'),
  /** Where it came from, such as a news agency. */
  source: optional(z.string({ error: typeError('text', 'e.g. source: AP') })).describe(
    'Where it came from, such as a news agency (AP).',
  ),
  /** Topics, as a list of strings. */
  tags: optional(
    z.array(z.string({ error: typeError('text', 'each tag is a word or phrase') }), {
      error: tagsError,
    }),
  ).describe('Topics, such as Politics. The front page’s sections come first.'),
  /** The lead picture. */
  image: optional(
    imageFields.superRefine((image, ctx) => {
      if ((image.width === undefined) !== (image.height === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [image.width === undefined ? 'width' : 'height'],
          message:
            'is needed with the other (give width and height together, so the page keeps its place)',
        });
      }
      if (image.src && !image.alt?.trim()) {
        ctx.addIssue({
          code: 'custom',
          path: ['alt'],
          message: 'is required with a photo (describe the picture for readers who cannot see it)',
        });
      }
    }),
  ).describe('The lead photo, stored beside the story.'),
  /** `true` keeps the article out of the built site. */
  draft: optional(z.boolean({ error: typeError('true or false', 'e.g. draft: true') })).describe(
    'A draft stays out of the published site; the dev server shows it marked Draft.',
  ),
  /** `true` makes it the front page's lead story while it is the newest so marked. */
  featured: optional(
    z.boolean({ error: typeError('true or false', 'e.g. featured: true') }),
  ).describe('Makes it the front page’s lead story while it is the newest so marked.'),
  /** A word or two above the headline in place of its section: `Breaking`, `Analysis`. */
  kicker: optional(
    z
      .string({ error: typeError('text', 'e.g. kicker: Breaking') })
      .overwrite(normalizeSpace)
      .superRefine((kicker, ctx) => {
        const length = [...kicker].length;
        if (length > KICKER_MAX_LENGTH) {
          ctx.addIssue({
            code: 'custom',
            message: `is ${length} characters long: a kicker is a word or two above the headline (keep it to ${KICKER_MAX_LENGTH}; the rest belongs in the headline)`,
          });
        }
      }),
  ).describe(
    'A word or two above the headline in place of its section, such as Breaking or Analysis.',
  ),
  /** Dated corrections, shown at the end of the story and in its feed item. */
  corrections: optional(
    z.array(correctionFields, {
      error: typeError('a list', 'e.g. corrections: [{ date: 2025-04-19, text: "…" }]'),
    }),
  ).describe('Dated corrections, shown at the end of the story and in its feed item.'),
  /** Old slugs of this story, whose URLs keep working (a redirect to this one). */
  aliases: optional(
    z.array(
      z
        .string({ error: typeError('a slug', 'e.g. aliases: [old-headline-slug]') })
        .superRefine((slug, ctx) => {
          const problem = slugProblem(slug);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
      { error: typeError('a list of slugs', 'e.g. aliases: [old-headline-slug]') },
    ),
  ).describe(
    'Old slugs of this story: their addresses keep working and lead here. Added when a published slug changes.',
  ),
  /** The story's language, a BCP 47 code (`es`, `es-MX`); the site's `lang` when absent. */
  lang: optional(
    z.string({ error: typeError('a language code', 'e.g. lang: es') }).superRefine((lang, ctx) => {
      const problem = langProblem(lang);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  ).describe('The story’s language, when it is not the site’s.'),
  /** The slug of the story this one translates: its original, in another language. */
  translationOf: optional(
    z
      .string({ error: typeError('a slug', 'e.g. translationOf: storm-hits-the-coast') })
      .superRefine((slug, ctx) => {
        const problem = slugProblem(slug);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
  ).describe('The story this one translates, in another language.'),
  /** The URL segment; derived from the file name when absent. */
  slug: optional(
    z
      .string({ error: typeError('text', 'e.g. slug: us-troops-leave-syria') })
      .superRefine((slug, ctx) => {
        const problem = slugProblem(slug);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
  ).describe(
    'The last part of the story’s address (a-z, 0-9 and hyphens); made from the file name when empty.',
  ),
});

/** The fields an editor may write, for spotting unknown ones. */
export const FRONTMATTER_FIELDS = Object.keys(frontmatterSchema.shape);

/** Front matter as validated. */
export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** A date as stored: the string the editor wrote, already validated. */
const storedDate = z.string().refine((value) => parseDateValue(value).ok);

/** One published (or draft) article, as stored by the loader and read by pages. */
export const articleSchema = z.object({
  /** The URL segment, unique across the site. */
  slug: z.string().regex(SLUG_PATTERN),
  /** The page's path under the site's base, e.g. `/articles/us-troops-leave-syria/` (`/es/articles/…` in another language). */
  url: z.string().startsWith('/'),
  /** Its language, canonical BCP 47 (`es-MX`): the site's when the file gives none. */
  lang: z.string().min(2),
  /** The slug of the original it translates; absent for an original. */
  translationOf: z.string().regex(SLUG_PATTERN).optional(),
  /** The headline. */
  title: z.string().min(1),
  /** Published: `YYYY-MM-DD` (a calendar day) or an ISO date-time with a zone. */
  date: storedDate,
  /** Last changed, same forms as `date`; absent when never updated. */
  updated: storedDate.optional(),
  /** The summary given, or one derived from the first paragraph (≤ 200 characters). */
  summary: z.string(),
  /** Whether the summary stands apart from the story's start: its page shows it under the headline. */
  standfirst: z.boolean(),
  /** The byline's names, in order; empty when there is none. */
  authors: z.array(z.string()),
  /** The agency or outlet the story came from. */
  source: z.string().optional(),
  /** Topic names as written, without duplicates. */
  tags: z.array(z.string()),
  /** The lead picture, or a caption and credit alone. */
  image: z
    .object({
      /** An https URL or a site path (in public/); absent for a photo beside the article. */
      src: z.string().optional(),
      /** A photo beside the article: its key in the `photos` collection (its path from the project root). */
      photo: z.string().optional(),
      /** Text for readers who cannot see the picture; present whenever `src` is. */
      alt: z.string().optional(),
      /** What the picture shows. */
      caption: z.string().optional(),
      /** Who took or supplied it. */
      credit: z.string().optional(),
      /** Its size as declared, for a picture the build cannot measure (https or public/). */
      width: z.number().int().positive().optional(),
      height: z.number().int().positive().optional(),
    })
    .optional(),
  /** Drafts never reach a build; the dev server shows them marked "Draft". */
  draft: z.boolean(),
  /** Marked as the front page's lead story. */
  featured: z.boolean(),
  /** The words above the headline the editor gave, in place of its section's name. */
  kicker: z.string().min(1).optional(),
  /** Dated corrections, oldest first. */
  corrections: z.array(z.object({ date: storedDate, text: z.string().min(1) })),
  /** Old slugs that redirect here. */
  aliases: z.array(z.string().regex(SLUG_PATTERN)),
  /** The photos beside the article its body shows: their keys, as written, and their lines. */
  photos: z.array(
    z.object({
      key: z.string(),
      src: z.string(),
      line: z.number().int().positive().optional(),
      /**
       * Set only for a photo without alt text, an error (photoChecks.ts): how it is written, so
       * the message says what to add. Such a record is never published.
       */
      noAlt: z.enum(['markdown', 'html']).optional(),
    }),
  ),
  /**
   * Present only when the body has any: what the sanitiser removed from it and pictures from
   * other sites, each on its line in the file, as warnings (bodyNotes.ts). The story publishes.
   */
  bodyNotes: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({
          kind: z.literal('element'),
          tag: z.string(),
          line: z.number().int().positive().optional(),
          whole: z.boolean(),
          within: z.array(z.string()).optional(),
          words: z.string().optional(),
        }),
        z.object({
          kind: z.literal('hidden'),
          line: z.number().int().positive().optional(),
          what: z.string(),
          from: z.number().int().positive().optional(),
          until: z.number().int().positive().optional(),
          lost: z.string().optional(),
          words: z.string().optional(),
          within: z.enum(['quote', 'list item', 'footnote']).optional(),
          selfClosed: z.boolean().optional(),
          seen: z.boolean().optional(),
        }),
        z.object({
          kind: z.literal('address'),
          tag: z.string(),
          scheme: z.string(),
          unquoted: z.string().optional(),
          line: z.number().int().positive().optional(),
        }),
        z.object({
          kind: z.literal('attribute'),
          name: z.string(),
          tag: z.string(),
          line: z.number().int().positive().optional(),
          more: z.number().int().nonnegative(),
        }),
        z.object({
          kind: z.literal('footnote'),
          label: z.string(),
          mark: z.boolean(),
          line: z.number().int().positive().optional(),
        }),
        z.object({
          kind: z.literal('empty heading'),
          tag: z.string(),
          line: z.number().int().positive().optional(),
        }),
        z.object({
          kind: z.literal('heading level'),
          level: z.number().int(),
          above: z.number().int(),
          line: z.number().int().positive().optional(),
          html: z.boolean().optional(),
        }),
        z.object({
          kind: z.literal('blank'),
          line: z.number().int().positive().optional(),
        }),
        z.object({
          kind: z.literal('no summary'),
          line: z.number().int().positive().optional(),
        }),
        z.object({
          kind: z.literal('fragment'),
          href: z.string(),
          near: z.string().optional(),
          line: z.number().int().positive().optional(),
        }),
        z.object({
          kind: z.literal('prose slip'),
          slip: z.enum(PROSE_SLIPS),
          line: z.number().int().positive().optional(),
          count: z.number().int().positive().optional(),
        }),
        z.object({
          kind: z.literal('unread tag'),
          written: z.string(),
          line: z.number().int().positive().optional(),
        }),
        z.object({
          kind: z.literal('unmade link'),
          shape: z.enum(UNMADE_LINKS),
          written: z.string(),
          line: z.number().int().positive().optional(),
        }),
        z.object({
          kind: z.literal('cells'),
          line: z.number().int().positive().optional(),
          columns: z.number().int().nonnegative(),
          lost: z.string(),
        }),
        z.object({
          kind: z.literal('desk note'),
          written: z.string(),
          line: z.number().int().positive().optional(),
        }),
        z.object({
          kind: z.literal('vague alt'),
          src: z.string(),
          alt: z.string(),
          why: z.enum(VAGUENESS),
          line: z.number().int().positive().optional(),
        }),
        z.object({
          kind: z.literal('stray address'),
          href: z.string(),
          instead: z.string(),
          line: z.number().int().positive().optional(),
        }),
        z.object({
          kind: z.literal('remote'),
          src: z.string(),
          line: z.number().int().positive().optional(),
          html: z.boolean(),
        }),
      ]),
    )
    .optional(),
  /**
   * Present only when the body has any: its images given as a site path, each on its line in
   * the file, checked against public/ in every sync (a file there can come or go).
   */
  siteImages: z
    .array(
      z.object({
        src: z.string(),
        line: z.number().int().positive().optional(),
        html: z.boolean(),
      }),
    )
    .optional(),
  /**
   * Present only when the body has any: its links that may lead to a page of the site, each on its
   * line in the file, checked against the stories in every sync (a story can come or go).
   */
  siteLinks: z
    .array(z.object({ href: z.string(), line: z.number().int().positive().optional() }))
    .optional(),
  /**
   * Present only when the body has any: the ids of its parts as a link from another story writes
   * them (`reaction`, `fn-1`), against which such links are checked in every sync.
   */
  sections: z.array(z.string()).optional(),
  /** The body's second-level headings, for a table of contents: ids as in the body. */
  headings: z.array(z.object({ id: z.string(), text: z.string() })),
  /**
   * The digest of the rendered body (sanitised HTML and plain text) in the body store: bodies
   * stay out of Astro's content store, which every build and dev reload loads whole.
   */
  body: z.string().regex(/^[0-9a-f]{40}$/),
  /** Minutes to read the body: 0 for a body with no words, which shows no reading time. */
  readingMinutes: z.number().int().nonnegative(),
  /** The source file, relative to the project root. */
  filePath: z.string(),
});

/** An article record: the one type pages and helpers use. */
export type Article = z.infer<typeof articleSchema>;
