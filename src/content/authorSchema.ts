import { z } from 'astro/zod';
import { meantAddress } from '../lib/siteLinks.ts';
import { SLUG_PATTERN } from '../lib/slugs.ts';
import { imageUrl, optional, photoGroupError, typeError } from './articleSchema.ts';

/** A profile's portrait, named apart so that misspelt fields are found (see profiles.ts). */
const portraitFields = z.object(
  {
    // Asked for only when the alt text is there: a profile without a portrait has neither.
    src: imageUrl(
      'the alt text describes a portrait: add the portrait, or delete the alt text',
    ).describe('The portrait: upload it here, and it is stored in a folder beside the profile.'),
    alt: z
      .string({ error: typeError('text', 'describe the portrait') })
      .trim()
      .min(1, { error: 'is empty (describe the portrait)' })
      .describe('What the portrait shows, for readers who cannot see it.'),
  },
  { error: photoGroupError('photo', 'src and alt on indented lines') },
);

/** The fields a portrait may have, for spotting misspelt ones. */
export const PORTRAIT_FIELDS = Object.keys(portraitFields.shape);

/** Why a profile's link is not an https address, and what to write: as near its own as can be. */
function notHttps(link: string): string {
  // Every entry is meant as an address: `bsky.app/profile/x` is one, whatever its ending.
  const host = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?=[/?#]|$)/i.test(link) && `https://${link}`;
  const meant = /^http:\/\//i.test(link) ? link : meantAddress(link) || host || undefined;
  if (meant?.startsWith('mailto:'))
    return `"${link}" is an email address, which links do not take (give it in the bio: [Email](${meant}))`;
  if (meant && !/\s/.test(meant))
    return `"${link}" is not an https address (write it as ${meant.replace(/^https?:\/\//i, 'https://')})`;
  if (/^https:\/\//i.test(link) && /\s/.test(link))
    return `"${link}" has a space in it, which no address has (copy the address from the browser)`;
  return `"${link}" is not an https address (e.g. https://bsky.app/profile/…)`;
}

/** What an editor writes between the `---` lines of `content/authors/<slug>.md`. */
export const authorFrontmatterSchema = z.object({
  /** The name exactly as bylines write it: a byline with this name links to the profile. */
  name: z
    .string({ error: typeError('text', 'e.g. name: Jane Doe') })
    .trim()
    .min(1, { error: 'is empty (write the name as bylines give it)' })
    .describe('The name exactly as bylines give it: a byline with this name links to the profile.'),
  /** What they do: "Science editor". */
  role: optional(z.string({ error: typeError('text', 'e.g. role: Science editor') })).describe(
    'What they do, such as Science editor.',
  ),
  /**
   * A portrait: the same rules as an article's lead image. A photo beside the profile
   * (`./jane.jpg`) is made into small square sizes; a public/ path or an https URL is shown as is.
   */
  photo: optional(portraitFields).describe('A portrait, stored beside the profile.'),
  /** Their pages elsewhere: https URLs. */
  links: optional(
    z.array(
      z
        .string({ error: typeError('a URL', 'e.g. https://bsky.app/profile/…') })
        .regex(/^https:\/\/\S+$/, { error: (issue) => notHttps(String(issue.input)) }),
      { error: typeError('a list of URLs', 'e.g. links: [https://…]') },
    ),
  ).describe('Their pages elsewhere: https addresses.'),
});

/** The fields a profile may have, for spotting misspelt ones. */
export const PROFILE_FIELDS = Object.keys(authorFrontmatterSchema.shape);

/** An author profile as stored and shown. */
export const authorSchema = z.object({
  /** The URL segment: `/authors/<slug>/`, from the file name. */
  slug: z.string().regex(SLUG_PATTERN),
  /** The name bylines use. */
  name: z.string().min(1),
  /** What they do. */
  role: z.string().optional(),
  /** The portrait: a site path already under the base or a URL (`src`), or a photo beside the profile (`photo`, its key). */
  photo: z
    .object({
      src: z.string().optional(),
      photo: z.string().optional(),
      alt: z.string(),
      /** As the editor wrote it, for messages. */
      written: z.string(),
    })
    .optional(),
  /** The line of `name`, for messages about the profile as a whole. */
  nameLine: z.number().int().positive(),
  /** The line of `photo.src`, for messages about the portrait. */
  photoLine: z.number().int().positive().optional(),
  /** Their pages elsewhere. */
  links: z.array(z.string()),
  /** The bio: the file's body as sanitised HTML, each photo a marker (see PHOTO_MARKER). */
  bio: z.string(),
  /** The bio's photos, in the order of their markers, with where each is written. */
  bioPhotos: z.array(
    z.object({
      key: z.string(),
      src: z.string(),
      alt: z.string(),
      title: z.string().optional(),
      line: z.number().int().positive().optional(),
    }),
  ),
  /**
   * Present only when the bio has any: its links that may lead to a page of the site, each on
   * its line in the file, checked against the stories in every sync.
   */
  bioLinks: z
    .array(z.object({ href: z.string(), line: z.number().int().positive().optional() }))
    .optional(),
  /** The source file, relative to the project root. */
  filePath: z.string(),
});

/** An author profile: the one type pages use. */
export type Author = z.infer<typeof authorSchema>;
