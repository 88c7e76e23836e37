/**
 * What a body may hold once sanitised: GitHub's allowlist plus figures, so a caption can stand in
 * the body as `<figure><figcaption>`, and `tel:` links. Everything else stays GitHub's: no script, style, iframe,
 * object, embed, `on*` or `javascript:`.
 */
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/** The prefix the sanitiser gives every id, so a body cannot clobber the page's own ids. */
export const clobberPrefix = defaultSchema.clobberPrefix ?? 'user-content-';

/**
 * GitHub's elements a body may not hold: a `<source srcset>` loads any site's picture, unchecked
 * and untold, and the page makes each photo's `<picture>` itself (an `<img>` inside is kept).
 */
const LEFT_OUT = new Set(['picture', 'source']);

export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((tag) => !LEFT_OUT.has(tag)),
    'figure',
    'figcaption',
    'small',
  ],
  // A tip line or a desk's number, a tap away on a phone: `tel:` runs nothing, as `mailto:`.
  protocols: {
    ...defaultSchema.protocols,
    href: [...(defaultSchema.protocols?.href ?? []), 'tel'],
  },
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
