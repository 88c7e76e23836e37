import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { selectPublished } from '../lib/articleStatus.ts';
import { calendarMonth, mustParseDate } from '../lib/dates.ts';
import { modifiedInstant } from '../lib/meta.ts';
import { editionBase, editionKey } from '../lib/languages.ts';
import { alternatesOf, storyVersions } from '../lib/translations.ts';
import { articlePath } from '../lib/urls.ts';
import type { Article } from '../content/articleSchema.ts';
import type { Author } from '../content/authorSchema.ts';
import { publishedAuthors } from '../lib/shownProfiles.ts';
import { type PhotoInfo, type PreviewKind, previewKind } from '../lib/photoSizes.ts';
import { writeFileAtomic } from './atomicWrite.ts';

/**
 * The published articles of the last build, as the outputs made after the pages (the sitemap's
 * `lastmod`, the search index) need them: written by the loader from the records, so those
 * outputs follow the records instead of re-reading thousands of built pages.
 */
export interface PublishedEntry {
  /** The story's slug. */
  slug: string;
  /** Its source file, relative to the project root: the next build names it if the URL goes. */
  file: string;
  /** The page's path under the site's base. */
  url: string;
  /** The headline. */
  title: string;
  /** The names of its byline, searched with it. */
  byline: string[];
  /** Its topics as written, searched with it. */
  topics: string[];
  /** Published: as in the record. */
  date: string;
  /** When it last changed, as an RFC 3339 instant in the site's time zone. */
  modified: string;
  /** The body's digest in the body store. */
  body: string;
  /** The calendar month (`2025-03`) of `date` in the site's time zone: which search bundle holds it. */
  month: string;
  /** The paths of its old URLs (aliases), which redirect to it. */
  aliases: string[];
  /** What link previews show of it (see previewKind): a story without a picture gets a drawn card. */
  preview: PreviewKind;
  /** Its lead photo beside it, by key, when it has one. */
  leadPhoto?: string | undefined;
  /** The lead photo's alt text (search results show the photo). */
  leadAlt?: string | undefined;
  /** The photos beside it its body shows, by key. */
  bodyPhotos: string[];
  /** Its language tag. */
  lang: string;
  /** Its edition: `''` for the site's language, else the prefix (see editions.ts). */
  edition: string;
  /** The story in every published language, this one included, plus `x-default` (the original); empty when only this. */
  alternates: { lang: string; url: string }[];
}

/** What decides which articles a build publishes. */
export interface PublishedIndexSettings {
  now: number;
  /** The site's base path, for the aliases' paths. */
  base: string;
  timeZone: string;
  lang: string;
  /** What is known of a photo beside the articles (its size decides whether it makes a card). */
  photoOf: (key: string) => PhotoInfo | undefined;
}

/** An author a build publishes a page for: one with a published story. */
export interface PublishedAuthor {
  slug: string;
  /** Their portrait beside the profile, by key, when it is one. */
  portrait?: string | undefined;
  /** The photos beside the profile its bio shows, by key. */
  bioPhotos: string[];
}

/** What a build publishes, for the outputs made beside and after the pages. */
export interface PublishedIndex {
  /** Stories, newest first. */
  stories: PublishedEntry[];
  /** Authors with a published story. */
  authors: PublishedAuthor[];
  /** What is known of every published photo, by key. */
  photos: PhotoInfo[];
  /**
   * The content folders it was built from (see contentKey): the next build compares what it
   * publishes with this one only when they are the same.
   */
  content?: string | undefined;
}

/** The content folders of a build, as one key: relative to the project root, in order. */
export function contentKey(root: string, dirs: readonly string[]): string {
  return [...new Set(dirs.map((dir) => relative(root, resolve(root, dir)) || '.'))]
    .sort()
    .join('\n');
}

/** The index entries of the articles a build publishes, newest first. */
export function publishedEntries(
  articles: readonly Article[],
  settings: PublishedIndexSettings,
): PublishedEntry[] {
  const published = selectPublished(articles, { ...settings, preview: false });
  const versions = storyVersions(published);
  return published.map((article) => {
    const edition = editionKey(article.lang, settings.lang);
    const story = versions.get(article.slug) ?? [];
    return {
      slug: article.slug,
      file: article.filePath,
      url: article.url,
      title: article.title,
      byline: article.authors,
      topics: article.tags,
      date: article.date,
      modified: modifiedInstant(article, settings.timeZone),
      body: article.body,
      month: calendarMonth(mustParseDate(article.date), settings.timeZone),
      aliases: article.aliases.map((alias) =>
        articlePath(alias, editionBase(settings.base, edition)),
      ),
      preview: previewKind(article.image, settings.photoOf),
      leadPhoto: article.image?.photo,
      leadAlt: article.image?.photo === undefined ? undefined : (article.image.alt ?? ''),
      bodyPhotos: article.photos.map((photo) => photo.key),
      lang: article.lang,
      edition,
      alternates: alternatesOf(
        story.map((version) => ({ ...version, original: version.translationOf === undefined })),
      ),
    };
  });
}

/** The whole index: the stories, their authors with a page, and every photo either shows. */
export function publishedIndex(
  articles: readonly Article[],
  authors: readonly Author[],
  settings: PublishedIndexSettings,
): PublishedIndex {
  const stories = publishedEntries(articles, settings);
  const slugs = new Set(stories.map((story) => story.slug));
  const published = articles.filter((article) => slugs.has(article.slug));
  const shown = publishedAuthors(authors, published).map((author) => ({
    slug: author.slug,
    portrait: author.photo?.photo,
    bioPhotos: author.bioPhotos.map((photo) => photo.key),
  }));
  const keys = new Set([
    ...stories.flatMap((story) => [
      ...(story.leadPhoto ? [story.leadPhoto] : []),
      ...story.bodyPhotos,
    ]),
    ...shown.flatMap((author) => [
      ...(author.portrait ? [author.portrait] : []),
      ...author.bioPhotos,
    ]),
  ]);
  const photos = [...keys]
    .sort()
    .map((key) => settings.photoOf(key))
    .filter((info) => info !== undefined);
  return { stories, authors: shown, photos };
}

/** Writes the index. */
export async function writePublishedIndex(file: string, index: PublishedIndex): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(index));
}

/** Reads the index the loader wrote during this build. */
export async function readPublishedIndex(file: string): Promise<PublishedIndex> {
  return JSON.parse(await readFile(file, 'utf8')) as PublishedIndex;
}

/** The last index read, by file and stamp: the dev server compares with it on every edit. */
const lastRead = new Map<string, { stamp: string; index: PublishedIndex }>();

/** The index the last build wrote, if there is one that can be read. */
export async function lastPublishedIndex(file: string): Promise<PublishedIndex | undefined> {
  try {
    const info = await stat(file);
    // Written by renaming a new file (writeFileAtomic): a new write is a new inode.
    const stamp = `${info.ino}:${info.size}:${info.mtimeMs}`;
    const known = lastRead.get(file);
    if (known?.stamp === stamp) return known.index;
    const index = await readPublishedIndex(file);
    if (!Array.isArray(index.stories)) return undefined;
    lastRead.set(file, { stamp, index });
    return index;
  } catch {
    // No build yet, or a cache from elsewhere: nothing to compare with.
    return undefined;
  }
}
