/**
 * Author pages: each profile with a published story, its stories newest first (in every
 * language, at the site's base), its bio and portrait made, and its feed.
 */
import type { Author } from '../content/authorSchema.ts';
import type { PageMeta } from '../lib/meta.ts';
import { type PageView, buildPages } from '../lib/pagination.ts';
import { pictureHtml } from '../lib/pictures.ts';
import { type Teaser, onAuthorPage } from '../lib/teasers.ts';
import { authorPath } from '../lib/urls.ts';
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
}

/** One page of an author's listing: the profile and a page of their stories. */
export interface AuthorPage extends AuthorView {
  page: PageView<Teaser>;
}

/** What an author's pages show of the profile. */
function authorView(photos: ShownPhotos, author: Author): AuthorView {
  const photo = author.photo?.photo ? photos.info(author.photo.photo) : undefined;
  return {
    author,
    bio: bodyHtml(photos, { html: author.bio, photos: author.bioPhotos }),
    portrait:
      photo &&
      pictureHtml(photos.portrait(photo), {
        url: photos.url,
        sizes: PORTRAIT_SIZES,
        alt: author.photo!.alt,
        className: 'portrait',
      }),
    meta: metaForAuthor(author, photos),
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
