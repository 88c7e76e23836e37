/**
 * Author pages: each profile with a published story, its stories newest first (in every
 * language, at the site's base), its bio and portrait made, and its feed; and the index of them.
 */
import type { Author } from '../content/authorSchema.ts';
import type { PageMeta } from '../lib/meta.ts';
import { type PageView, buildPages } from '../lib/pagination.ts';
import { pictureHtml } from '../lib/pictures.ts';
import { initialsOf } from '../lib/byline.ts';
import { type Teaser, onAuthorPage } from '../lib/teasers.ts';
import { authorPath, authorsPath } from '../lib/urls.ts';
import { settings } from '../settings.ts';
import { metaForAuthor } from './headMeta.ts';
import { type ShownPhotos, bodyHtml } from './shownPhotos.ts';
import { type KeyedPage, keyedPage } from './routes.ts';
import type { SiteModel } from './site.ts';

/** How wide a portrait is laid out on an author's page. */
const PORTRAIT_SIZES = '96px';

/** What an author's pages show of the profile: its bio and portrait made, its metadata. */
export interface AuthorView {
  author: Author;
  /** The bio as HTML, its photos made into pictures. */
  bio: string;
  /** The portrait as a picture (HTML), when it is a photo beside the profile. */
  portrait: string | undefined;
  /** The head metadata of the author's pages. */
  meta: PageMeta;
  /** The path of the index of authors, which the page names above the author's name. */
  indexPath: string;
}

/** How wide a portrait is laid out on the index of authors. */
const INDEX_PORTRAIT_SIZES = '64px';

/** One author as the index of authors lists them. */
export interface AuthorEntry {
  name: string;
  path: string;
  role: string | undefined;
  /** The portrait as a picture (HTML), when it is a photo beside the profile. */
  portrait: string | undefined;
  /** The portrait's address, when it is a `public/` path or a full address. */
  portraitSrc: string | undefined;
  portraitAlt: string | undefined;
  /** The name's initials (`AR`), shown in the portrait's place when there is none. */
  initials: string;
  /** "12 articles", in the site's language. */
  count: string;
}

/** One page of an author's listing: the profile and a page of their stories. */
export interface AuthorPage extends AuthorView {
  page: PageView<Teaser>;
}

/** An author's portrait as a picture (HTML) laid out `sizes` wide, when it is a photo beside the profile. */
function portraitOf(photos: ShownPhotos, author: Author, sizes: string): string | undefined {
  const photo = author.photo?.photo ? photos.info(author.photo.photo) : undefined;
  return (
    photo &&
    pictureHtml(photos.portrait(photo), {
      url: photos.url,
      sizes,
      alt: author.photo!.alt,
      className: 'portrait',
    })
  );
}

/** What an author's pages show of the profile. */
function authorView(photos: ShownPhotos, author: Author): AuthorView {
  return {
    author,
    bio: bodyHtml(photos, { html: author.bio, photos: author.bioPhotos }),
    portrait: portraitOf(photos, author, PORTRAIT_SIZES),
    meta: metaForAuthor(author, photos),
    indexPath: authorsPath(settings.base),
  };
}

/** An author's stories, newest first, in every language. */
export function storiesBy(site: SiteModel, author: Author) {
  return site.articles.filter((article) => article.authors.includes(author.name));
}

/** Every author's first page (`/authors/x/`), or all their later ones. */
export function authorPages(site: SiteModel, which: 'first' | 'later'): KeyedPage<AuthorPage>[] {
  return site.authors.flatMap((author) =>
    buildPages(
      storiesBy(site, author).map((story) => onAuthorPage(site.teaserOf(story), author.name)),
      settings.articlesPerPage,
      authorPath(author.slug, settings.base),
    )
      .filter((page) => (which === 'first') === (page.number === 1))
      .map((page) =>
        keyedPage(
          site,
          null,
          { author: author.slug, ...(which === 'later' && { page: String(page.number) }) },
          () => ({ ...authorView(site.photos, author), page }),
        ),
      ),
  );
}

/**
 * The index of authors (`/authors/`): every author with a page, in the order of the site's
 * language; no page when no author has one.
 */
export function authorIndexPages(site: SiteModel): KeyedPage<{ authors: AuthorEntry[] }>[] {
  if (site.authors.length === 0) return [];
  const { edition } = site.editions.get('')!;
  const order = new Intl.Collator(settings.lang);
  return [
    // The route is `authors/[...index]`, as a route without a parameter is given no props.
    keyedPage(site, null, { index: undefined }, () => ({
      authors: [...site.authors]
        .sort((a, b) => order.compare(a.name, b.name))
        .map((author) => {
          const portrait = portraitOf(site.photos, author, INDEX_PORTRAIT_SIZES);
          return {
            name: author.name,
            path: authorPath(author.slug, settings.base),
            role: author.role,
            portrait,
            portraitSrc: portrait ? undefined : author.photo?.src,
            portraitAlt: author.photo?.alt,
            initials: initialsOf(author.name),
            count: edition.countArticles(storiesBy(site, author).length),
          };
        }),
    })),
  ];
}
