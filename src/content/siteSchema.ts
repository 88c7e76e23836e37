import { z } from 'astro/zod';
import { timeZoneProblem } from '../lib/dates.ts';
import { langProblem } from '../lib/editions.ts';
import { STRINGS, languageOf } from '../lib/strings.ts';
import { optional, typeError } from './articleSchema.ts';

/**
 * Where the site's settings live, from the project root: one fixed file beside the articles, so
 * editors change them in the CMS as they change a story. `DATELINE_SETTINGS` names another file
 * (tests, a second site from the same code); environment variables still override single values.
 */
export const SETTINGS_FILE = 'content/site.yaml';

/** The largest page of a listing: more makes pages slow to load and read. */
export const MAX_ARTICLES_PER_PAGE = 200;

/** The most days `drawnCardDays` may say: a hundred years. */
export const MAX_CARD_DAYS = 36_500;

/** Why a language cannot be the site's, or undefined when it can. */
export function siteLangProblem(lang: string): string | undefined {
  if (languageOf(lang)) return undefined;
  return `"${lang}" has no words on this site (available: ${Object.keys(STRINGS).join(', ')}; add a table in src/lib/strings.ts)`;
}

/**
 * What `content/site.yaml` holds: the settings an editor may change. Each `describe` is the help
 * text the CMS shows beside the field (see src/cms/config.ts); the messages are the ones
 * check:content and the build print.
 */
export const siteFileSchema = z.object({
  name: z
    .string({ error: typeError('text', 'e.g. name: Dateline') })
    .trim()
    .min(1, { error: "is empty (write the site's name)" })
    .describe('The site’s name, in the header and in every page title.'),
  description: z
    .string({ error: typeError('text', 'one sentence about the site') })
    .trim()
    .min(1, { error: 'is empty (write one sentence about the site)' })
    .describe('One sentence about the site, for the front page’s description in search results.'),
  editions: optional(
    z.array(
      z.object({
        lang: z
          .string({ error: typeError('a language code', 'e.g. lang: es') })
          .superRefine((lang, ctx) => {
            const problem = langProblem(lang);
            if (problem) ctx.addIssue({ code: 'custom', message: problem });
          })
          .describe('The language of the edition, such as es: the stories written in it.'),
        description: z
          .string({ error: typeError('text', 'one sentence about the site, in that language') })
          .trim()
          .min(1, { error: 'is empty (write one sentence about the site, in that language)' })
          .describe('One sentence about the site, in that language.'),
      }),
      {
        error: typeError(
          'a list of editions',
          'e.g. editions: [{lang: es, description: Noticias al momento.}]',
        ),
      },
    ),
  ).describe(
    'The description in each other language the site has stories in, for that edition’s front page, footer and feeds. A language not listed shows the description above.',
  ),
  url: z
    .string({ error: typeError('a URL', 'e.g. url: https://news.example.com') })
    .superRefine((url, ctx) => {
      if (!/^https?:\/\/[^\s/]+/i.test(url) || !URL.canParse(url)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${url}" is not an absolute URL (e.g. url: https://news.example.com)`,
        });
      }
    })
    .describe('The address readers reach the site at, such as https://news.example.com.'),
  lang: z
    .string({ error: typeError('a language code', 'e.g. lang: en') })
    .superRefine((lang, ctx) => {
      const problem = siteLangProblem(lang);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe(
      'The language every word of the site is printed in, and stories are in unless they say otherwise.',
    ),
  timeZone: z
    .string({ error: typeError('a time zone', 'e.g. timeZone: Europe/London') })
    .superRefine((zone, ctx) => {
      const problem = timeZoneProblem(zone);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe('The time zone times are shown in, such as Europe/London.'),
  sections: optional(
    z.array(z.string({ error: typeError('text', 'each section is a topic name') }), {
      error: typeError('a list of topic names', 'e.g. sections: [Politics, Economy]'),
    }),
  ).describe(
    'The front page’s sections, in order: topic names. None: the lead story and the latest.',
  ),
  articlesPerPage: z
    .number({ error: typeError('a whole number', 'e.g. articlesPerPage: 20') })
    .int({ error: 'is not a whole number (e.g. articlesPerPage: 20)' })
    .min(1, { error: `is not between 1 and ${MAX_ARTICLES_PER_PAGE} (e.g. articlesPerPage: 20)` })
    .max(MAX_ARTICLES_PER_PAGE, {
      error: `is not between 1 and ${MAX_ARTICLES_PER_PAGE} (e.g. articlesPerPage: 20)`,
    })
    .describe('Stories on each page of the front page’s list, a topic or the archive.'),
  // Blank, as a cleared number field in the CMS leaves it, is unset too.
  drawnCardDays: z
    .preprocess(
      (value) => (value === null || value === '' ? undefined : value),
      z
        .number({ error: typeError('a whole number of days', 'e.g. drawnCardDays: 30') })
        .int({ error: 'is not a whole number of days (e.g. drawnCardDays: 30)' })
        .min(0, { error: 'is below 0 days (e.g. drawnCardDays: 30)' })
        .max(MAX_CARD_DAYS, {
          error: `is more than ${MAX_CARD_DAYS} days (leave it empty to keep every story's card)`,
        })
        .optional(),
    )
    .describe(
      'Days a story without a photo is shared with a card drawn with its headline, counted from its date (0: none); after that with the site’s card, shared by all such stories. Empty: every story keeps its own card.',
    ),
  agencies: optional(
    z.array(z.string({ error: typeError('text', 'each agency is a name, e.g. Kyodo') }), {
      error: typeError('a list of agency names', 'e.g. agencies: [Kyodo, ANSA]'),
    }),
  ).describe(
    'News agencies the wire desk (npm run import) knows in a dateline besides AP, Reuters and AFP.',
  ),
});

/** The settings file as validated. */
export type SiteFile = z.infer<typeof siteFileSchema>;

/** The settings a file may hold, for spotting unknown ones. */
export const SITE_FILE_FIELDS = Object.keys(siteFileSchema.shape);
