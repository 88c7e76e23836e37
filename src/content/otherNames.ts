/**
 * The names other publishing tools (Hugo, Jekyll, Eleventy, Ghost, WordPress exports) give the
 * fields of a story, for stories moved over or written from habit: `description:` is no note of
 * the editor's, it is the summary, and `published: false` holds a story back.
 */

/** Another tool's field name → the story field it means. */
export const OTHER_NAMES: Readonly<Record<string, string>> = {
  headline: 'title',
  heading: 'title',
  description: 'summary',
  excerpt: 'summary',
  dek: 'summary',
  standfirst: 'summary',
  byline: 'author',
  writer: 'author',
  creator: 'author',
  pubDate: 'date',
  publishDate: 'date',
  publish_date: 'date',
  date_published: 'date',
  datePublished: 'date',
  lastmod: 'updated',
  modified: 'updated',
  lastModified: 'updated',
  dateModified: 'updated',
  updated_at: 'updated',
  categories: 'tags',
  category: 'tags',
  keywords: 'tags',
  // The site calls its tags topics, and its section fronts are topics' pages.
  topics: 'tags',
  topic: 'tags',
  section: 'tags',
  sections: 'tags',
  cover: 'image',
  hero: 'image',
  thumbnail: 'image',
  featured_image: 'image',
  feature_image: 'image',
  language: 'lang',
  locale: 'lang',
  permalink: 'slug',
};

/**
 * Another tool's name for a site setting (Hugo's `title:` and `baseURL:`, Jekyll's `timezone:`
 * and `paginate:`) → the setting it means in `content/site.yaml`.
 */
export const OTHER_SETTING_NAMES: Readonly<Record<string, string>> = {
  title: 'name',
  siteName: 'name',
  site_name: 'name',
  tagline: 'description',
  subtitle: 'description',
  baseURL: 'url',
  baseUrl: 'url',
  siteUrl: 'url',
  site_url: 'url',
  languageCode: 'lang',
  defaultContentLanguage: 'lang',
  language: 'lang',
  locale: 'lang',
  timezone: 'timeZone',
  time_zone: 'timeZone',
  paginate: 'articlesPerPage',
  pagerSize: 'articlesPerPage',
  per_page: 'articlesPerPage',
  postsPerPage: 'articlesPerPage',
  posts_per_page: 'articlesPerPage',
};

/**
 * Fields other tools (and habit) hold a story back with when they are true: `hidden: true`. Some
 * tools publish a hidden story all the same, unlisted: here it is held, and the editor told.
 */
const HOLDING_WHEN_TRUE = ['unpublished', 'hidden', 'private', 'hide'] as const;

/**
 * The field that holds a story back in another tool's words (`published: false`,
 * `status: draft`, `hidden: true`), or undefined when none does.
 */
export function heldByOtherName(data: Readonly<Record<string, unknown>>): string | undefined {
  const no = (value: unknown) => value === false || /^(?:false|no)$/i.test(String(value).trim());
  const yes = (value: unknown) => value === true || /^(?:true|yes)$/i.test(String(value).trim());
  if (no(data.published)) return 'published';
  if (no(data.publish)) return 'publish';
  const holding = HOLDING_WHEN_TRUE.find((name) => yes(data[name]));
  if (holding) return holding;
  if (
    typeof data.status === 'string' &&
    /^(?:draft|private|scheduled|pending)$/i.test(data.status.trim())
  ) {
    return 'status';
  }
  return undefined;
}

/**
 * Other tools' names for an embargo, which Dateline would ignore: the story would go out at
 * once. Here a story is held back by a `date:` in the future.
 */
export const EMBARGO_NAMES: readonly string[] = [
  'embargo',
  'embargoed',
  'embargo_until',
  'embargoUntil',
  'embargoed_until',
  'publish_at',
  'publishAt',
  'release_date',
  'releaseDate',
];
