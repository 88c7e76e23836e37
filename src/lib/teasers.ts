import type { ArticleStatus } from './articleStatus.ts';
import type { PictureSet } from './photoSizes.ts';

/** A name in a byline, with the author's page when there is a profile. */
export interface Person {
  name: string;
  /** The path of the author's page, when a profile has this name. */
  url?: string | undefined;
  /** What they do, from the profile: "Science editor" (an article's byline block shows it). */
  role?: string | undefined;
  /** Their portrait beside the profile, as square made sizes (an article's byline block shows it). */
  portrait?: { set: PictureSet; alt: string } | undefined;
}

/**
 * The label above a headline: the story's section or first topic, and its page, or the words
 * its editor gave (`Breaking`), which link nowhere.
 */
export interface Kicker {
  name: string;
  path?: string | undefined;
}

/**
 * What a listing shows of a story: its teaser. Listings receive teasers, never whole records,
 * so a listing page's cache key (the digest of its teasers) covers everything it can show, and
 * an edit to a body or a file name does not re-render every page that lists the story.
 */
export interface Teaser {
  url: string;
  title: string;
  /** The story's language: a listing in another marks its title and summary with it. */
  lang?: string | undefined;
  status: ArticleStatus;
  date: string;
  /** When the story was last changed (an update or a correction), if it was: listings say "Updated". */
  updated?: string | undefined;
  /** Its section or first topic, above the headline. */
  kicker?: Kicker | undefined;
  /** Its lead photo's made sizes, for a thumbnail, when it has one beside it. */
  thumbnail?: { set: PictureSet; alt: string } | undefined;
  /** The byline's names, linked to their profiles. */
  people: Person[];
  source?: string | undefined;
  summary: string;
  /**
   * The lead picture (the front page's lead story shows it): a URL, or the key of a photo
   * beside the article (see photoKeys.ts).
   */
  image?: { src?: string | undefined; photo?: string | undefined; alt: string } | undefined;
}

/** What a teaser is made from: a record's fields of the same names (`Article` satisfies it). */
export type TeaserSource = Omit<Teaser, 'people' | 'image' | 'kicker' | 'thumbnail'> & {
  image?:
    { src?: string | undefined; photo?: string | undefined; alt?: string | undefined } | undefined;
  /** The editor's words above the headline, in place of the section's. */
  kicker?: string | undefined;
};

/** What a link to another story shows: the older and newer links, related stories. */
export interface StoryLink {
  url: string;
  title: string;
  date: string;
}

/** The byline's people: each name with its profile page when `profileOf` knows one. */
export function toPeople(
  names: readonly string[],
  profileOf: (name: string) => string | undefined = () => undefined,
): Person[] {
  return names.map((name) => {
    const url = profileOf(name);
    return url ? { name, url } : { name };
  });
}

/**
 * The teaser of a story: its byline as `people`, with its kicker (the editor's own before the
 * section's) and thumbnail when it has them.
 */
export function toTeaser(
  article: TeaserSource,
  people: Person[],
  extras: Pick<Teaser, 'kicker' | 'thumbnail' | 'updated'> = {},
): Teaser {
  const { url, title, lang, status, date, source, summary, image } = article;
  return {
    url,
    title,
    lang,
    status,
    date,
    updated: extras.updated ?? article.updated,
    kicker: article.kicker ? { name: article.kicker } : extras.kicker,
    thumbnail: extras.thumbnail,
    people,
    source,
    summary,
    image: image?.photo
      ? { photo: image.photo, alt: image.alt ?? '' }
      : image?.src
        ? { src: image.src, alt: image.alt ?? '' }
        : undefined,
  };
}

/** A teaser on `name`'s own page: a byline of theirs alone goes without saying there. */
export function onAuthorPage(teaser: Teaser, name: string): Teaser {
  const alone = teaser.people.length === 1 && teaser.people[0]!.name === name;
  return alone ? { ...teaser, people: [] } : teaser;
}

/** The link to a story. */
export function toStoryLink(article: StoryLink): StoryLink {
  const { url, title, date } = article;
  return { url, title, date };
}
