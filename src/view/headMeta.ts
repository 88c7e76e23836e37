/**
 * What a page's head says of it to other sites: Open Graph, Twitter cards, NewsArticle, WebSite
 * and ProfilePage JSON-LD, hreflang alternates, with absolute URLs under the site's origin.
 */
import type { Author } from '../content/authorSchema.ts';
import { CARD_SIZE } from '../lib/drawnCard.ts';
import {
  type LeadImages,
  type MetaSite,
  type PageMeta,
  articleMeta,
  profileMeta,
  websiteMeta,
} from '../lib/meta.ts';
import type { MadeSize, PhotoInfo } from '../lib/photoSizes.ts';
import type { Person } from '../lib/teasers.ts';
import { absoluteUrl, authorPath, homePath, pathUnderBase } from '../lib/urls.ts';
import type { Article } from '../content/articleSchema.ts';
import { editionAt, settings } from '../settings.ts';
import type { ShownPhotos } from './shownPhotos.ts';
import type { Version } from './site.ts';
import { alternatesOf } from '../lib/translations.ts';

/** The absolute URL of a site path (under the base): `url('rss.xml')`. */
export function siteUrl(path: string): string {
  return absoluteUrl(pathUnderBase(settings.base, path), settings.url);
}

/** What metadata says about the site itself. */
export const metaSite: MetaSite = {
  name: settings.name,
  url: settings.url,
  timeZone: settings.timeZone,
  homeUrl: absoluteUrl(homePath(settings.base), settings.url),
  logoUrl: siteUrl('favicon.svg'),
};

/**
 * Head metadata for an article page; `people` link its authors to their profiles, `versions`
 * are the story in every language (hreflang links, and `x-default` for the original).
 */
export function metaForArticle(
  article: Omit<Article, 'filePath'>,
  people: readonly Person[],
  versions: readonly Version[] = [],
  images?: LeadImages,
): PageMeta {
  const meta = articleMeta(article, metaSite, people, images);
  const original = versions.find((version) => version.original);
  const alternates = alternatesOf(versions).map((alternate) => ({
    ...alternate,
    url: absoluteUrl(alternate.url, settings.url),
  }));
  const translated = original && original.url !== article.url;
  return {
    ...meta,
    alternates: alternates.length > 0 ? alternates : undefined,
    jsonLd: {
      ...meta.jsonLd,
      ...(translated && {
        translationOfWork: {
          '@type': 'NewsArticle',
          '@id': absoluteUrl(original.url, settings.url),
        },
      }),
    },
  };
}

/**
 * The link-preview card and the crops of a lead photo (see meta.ts), each its exact ratio and
 * its declared size its own; undefined when the photo is too small for a card (the story is
 * then shared with a drawn card, see previewKind).
 */
export function leadImages(photos: ShownPhotos, photo: PhotoInfo): LeadImages | undefined {
  const { card, crops } = photos.preview(photo);
  if (!card) return undefined;
  const url = (size: MadeSize) => absoluteUrl(photos.url(size.name), settings.url);
  return {
    card: { url: url(card), width: card.width, height: card.height },
    crops: crops.map(url),
  };
}

/** A drawn card as link previews and NewsArticle data name it: the card is the one image. */
export function drawnCardImages(path: string, alt: string): LeadImages {
  const url = absoluteUrl(path, settings.url);
  return { card: { url, width: CARD_SIZE.width, height: CARD_SIZE.height, alt }, crops: [url] };
}

/** The absolute URL of an edition's front page. */
export function editionHome(key: string): string {
  return absoluteUrl(editionAt(key).base, settings.url);
}

/** Head metadata for an edition's front page, with hreflang links to the other editions'. */
export function metaForHome(
  key = '',
  editions: readonly { key: string; lang: string }[] = [],
): PageMeta {
  const home = editionHome(key);
  const meta = websiteMeta({
    ...metaSite,
    homeUrl: home,
    description: editionAt(key).description,
    searchUrl: new URL('search/', home).href,
    lang: editionAt(key).lang,
  });
  if (editions.length < 2) return meta;
  const alternates = editions.map((other) => ({ lang: other.lang, url: editionHome(other.key) }));
  return { ...meta, alternates: [...alternates, { lang: 'x-default', url: editionHome('') }] };
}

/** The absolute URL of an author's portrait, when the profile has one: its largest made size. */
export function portraitUrl(author: Author, photos: ShownPhotos): string | undefined {
  const photo = author.photo?.photo ? photos.info(author.photo.photo) : undefined;
  if (photo)
    return absoluteUrl(photos.url(photos.portrait(photo).fallback.at(-1)!.name), settings.url);
  return author.photo?.src && absoluteUrl(author.photo.src, settings.url);
}

/** Head metadata for an author's page: ProfilePage JSON-LD about the Person. */
export function metaForAuthor(author: Author, photos: ShownPhotos): PageMeta {
  const url = absoluteUrl(authorPath(author.slug, settings.base), settings.url);
  return profileMeta(
    {
      name: author.name,
      url,
      role: author.role,
      image: portraitUrl(author, photos),
      links: author.links,
    },
    metaSite,
  );
}
