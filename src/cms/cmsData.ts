/**
 * What the CMS pages read from the build: the configuration made from the schemas and this
 * site's settings, the stories it checks slugs against, and its policy.
 */
import { relative, resolve, sep } from 'node:path';
import { staticPageData } from '../view/routes.ts';
import { PREVIEW } from '../view/site.ts';
import type { BylineProfile } from '../content/bylineChecks.ts';
import { copyKey } from '../lib/copies.ts';
import { calendarDay, mustParseDate } from '../lib/dates.ts';
import { adminPolicy } from '../lib/securityPolicy.ts';
import { STRINGS } from '../lib/strings.ts';
import { settings, settingsFile } from '../settings.ts';
import { cmsBackendFromEnv, cmsOrigins } from './backend.ts';
import { type CmsSite, cmsConfig } from './config.ts';

/** A story the CMS knows of: its slug, old slugs and file, to refuse a slug already taken. */
export interface KnownStory {
  slug: string;
  title: string;
  aliases: string[];
  /** From the repository's root, as the CMS names entries. */
  file: string;
  /** Whether readers have seen it under its slug: a changed slug then keeps the old as an alias. */
  published: boolean;
  /** Its headline, language and day as copies share them (see copies.ts); none for a draft. */
  copyKey?: string | undefined;
  /** The photos beside it that it shows, from the repository's root: kept when another is deleted. */
  photos: string[];
}

/**
 * The stories of this build (the dev server's include drafts and scheduled ones). The CMS's files
 * have no cache key: they are written on every build.
 */
export async function knownStories(): Promise<KnownStory[]> {
  const site = await staticPageData();
  return site.articles.map((article) => ({
    slug: article.slug,
    title: article.title,
    aliases: article.aliases,
    file: article.filePath,
    published: article.status === 'published',
    photos: [article.image?.photo, ...article.photos.map((photo) => photo.key)].filter(
      (key): key is string => key !== undefined,
    ),
    ...(article.status !== 'draft' && {
      copyKey: copyKey(
        article.title,
        article.lang,
        calendarDay(mustParseDate(article.date), settings.timeZone),
      ),
    }),
  }));
}

/**
 * The profiles the form's Authors box can show, the other box taking the rest of a byline, and
 * the checks before a save telling a near miss: under the dev server every profile; in a build
 * only those with a page, which readers see already (the file is public: an unannounced hire
 * stays unannounced). Each with its role, which the preview shows under the byline.
 */
export async function cmsProfiles(): Promise<CmsProfile[]> {
  const site = await staticPageData();
  return (PREVIEW ? site.profiles : site.authors).map(({ name, filePath, role }) => ({
    name,
    filePath,
    ...(role && { role }),
  }));
}

/** A profile as the CMS reads it: its name, its file, and the role the story's page shows. */
export interface CmsProfile extends BylineProfile {
  role?: string | undefined;
}

/** The CMS's backend, from the environment (see cmsBackendFromEnv). */
export const cmsBackend = cmsBackendFromEnv(process.env);

/** The CMS page's Content-Security-Policy. */
export const ADMIN_POLICY = adminPolicy(cmsOrigins(cmsBackend));

/** A path from the project's root, with forward slashes: a folder the local backend can serve. */
function fromRoot(path: string): string {
  return relative(process.cwd(), resolve(path)).split(sep).join('/');
}

/** The configuration for this site; `origin`, where it is served when not at the site's url. */
export async function siteCmsConfig(origin?: string): Promise<Record<string, unknown>> {
  const stories = await knownStories();
  const site: CmsSite = {
    // As the CMS names files: from the project's root, where its local backend serves.
    contentDir: fromRoot(settings.contentDirs[0] ?? 'content'),
    settingsFile: fromRoot(settingsFile),
    sections: settings.sections,
    languages: Object.keys(STRINGS),
    stories: stories.map(({ slug, title }) => ({ slug, title })),
    siteUrl: new URL(settings.base, origin ?? settings.url).href,
    timeZone: settings.timeZone,
    backend: cmsBackend,
  };
  return cmsConfig(site);
}
