/**
 * The pages that list stories, each edition's: the front page and the later pages of the full
 * list, the topics and each topic's pages, the archive and each month's page.
 */
import { formatMonth } from '../lib/dates.ts';
import { type FrontPage, frontPage } from '../lib/frontPage.ts';
import type { PageMeta } from '../lib/meta.ts';
import { type PageView, buildPages } from '../lib/pagination.ts';
import type { Teaser } from '../lib/teasers.ts';
import { monthPath, topicPath } from '../lib/urls.ts';
import { settings } from '../settings.ts';
import { metaForHome } from './headMeta.ts';
import { columnPictureHtml } from './shownPhotos.ts';
import { type KeyedPage, frameOf, keyedPage } from './routes.ts';
import type { EditionModel, SiteModel } from './site.ts';

/** How many stories each front-page section shows. */
const SECTION_SIZE = 4;

/** Pages made once per edition: `make` gives an edition's props. */
export function editionPages<P>(
  site: SiteModel,
  make: (data: EditionModel, key: string) => P,
): KeyedPage<P>[] {
  return [...site.editions.entries()].map(([key, data]) =>
    keyedPage(site, key, {}, () => make(data, key)),
  );
}

/** An edition's full list, paginated: `/`, `/page/2/`, … (`/es/`, `/es/page/2/`, …) */
function indexPages(site: SiteModel, { articles, edition }: EditionModel): PageView<Teaser>[] {
  return buildPages(articles.map(site.teaserOf), settings.articlesPerPage, edition.base);
}

/** A front page: the lead story, the rest of the latest, the sections, and the pagination. */
export interface FrontPageView extends FrontPage {
  page: PageView<Teaser>;
  /** The lead story's photo as a responsive picture (HTML), when it has one beside it. */
  leadPicture: string | undefined;
  meta: PageMeta;
}

/** Every edition's front page. */
export function frontPages(site: SiteModel): KeyedPage<FrontPageView>[] {
  const frame = frameOf(site);
  return editionPages(site, (data, key) => {
    const { articles, topicsBySlug, edition } = data;
    const [page] = indexPages(site, data);
    const front = frontPage({
      firstPage: articles
        .slice(0, page!.items.length)
        .map((article) => ({ card: site.teaserOf(article), featured: article.featured })),
      // The sections name topics in the site's language: other editions show the latest alone.
      sections: key === '' ? settings.sections : [],
      topicOf: (name) => topicsBySlug.get(topicsBySlug.slugOf(name)),
      topicPath: (topic) => topicPath(topic.slug, edition.base),
      cardOf: site.teaserOf,
      perSection: SECTION_SIZE,
    });
    const photo = front.lead?.image?.photo ? site.photos.info(front.lead.image.photo) : undefined;
    return {
      ...front,
      page: page!,
      leadPicture:
        photo &&
        columnPictureHtml(site.photos, photo, {
          alt: front.lead?.image?.alt ?? '',
          priority: true,
          className: 'lead-image',
        }),
      meta: metaForHome(key, frame.editions),
    };
  });
}

/** Every edition's later pages of the full list: `/page/2/`, `/page/3/`, … */
export function laterIndexPages(site: SiteModel): KeyedPage<{ page: PageView<Teaser> }>[] {
  return [...site.editions.entries()].flatMap(([key, data]) =>
    indexPages(site, data)
      .slice(1)
      .map((page) => keyedPage(site, key, { page: String(page.number) }, () => ({ page }))),
  );
}

/** One page of a topic's listing. */
export interface TopicPage {
  slug: string;
  /** The topic's name, as its newest article spells it. */
  name: string;
  page: PageView<Teaser>;
}

/** Every topic's first page (`/topics/x/`), or all its later ones, in every edition. */
export function topicPages(site: SiteModel, which: 'first' | 'later'): KeyedPage<TopicPage>[] {
  return [...site.editions.entries()].flatMap(([key, { topics, edition }]) =>
    topics.flatMap((topic) =>
      buildPages(
        topic.articles.map(site.teaserOf),
        settings.articlesPerPage,
        topicPath(topic.slug, edition.base),
      )
        .filter((page) => (which === 'first') === (page.number === 1))
        .map((page) =>
          keyedPage(
            site,
            key,
            { topic: topic.slug, ...(which === 'later' && { page: String(page.number) }) },
            () => ({ slug: topic.slug, name: topic.name, page }),
          ),
        ),
    ),
  );
}

/** A line of the topics page: a topic, its page and how many articles it has. */
export interface TopicEntry {
  name: string;
  path: string;
  /** "3 articles". */
  count: string;
}

/** Every edition's topics page: every topic by name. */
export function topicIndexPages(site: SiteModel): KeyedPage<{ topics: TopicEntry[] }>[] {
  return editionPages(site, ({ topics, edition }) => ({
    topics: topics.map((topic) => ({
      name: topic.name,
      path: topicPath(topic.slug, edition.base),
      count: edition.countArticles(topic.articles.length),
    })),
  }));
}

/** A year of the archive page: its months with their pages and counts. */
export interface ArchiveYearEntry {
  year: number;
  /** "12 articles". */
  count: string;
  months: { path: string; label: string; count: number }[];
}

/** Every edition's archive page: its years, newest first, and their months. */
export function archiveIndexPages(site: SiteModel): KeyedPage<{ years: ArchiveYearEntry[] }>[] {
  return editionPages(site, ({ archive, edition }) => ({
    years: archive.map((year) => ({
      year: year.year,
      count: edition.countArticles(year.count),
      months: year.months.map((month) => ({
        path: monthPath(month.year, month.month, edition.base),
        label: formatMonth(month.year, month.month, edition.dates),
        count: month.articles.length,
      })),
    })),
  }));
}

/** One month of the archive as its page shows it. */
export interface ArchiveMonthPage {
  /** "April 2025". */
  heading: string;
  teasers: Teaser[];
}

/** Every month of every edition's archive, with its stories' teasers. */
export function archiveMonthPages(site: SiteModel): KeyedPage<ArchiveMonthPage>[] {
  return [...site.editions.entries()].flatMap(([key, { archive, edition }]) =>
    archive.flatMap((year) =>
      year.months.map((month) =>
        keyedPage(
          site,
          key,
          { year: String(month.year), month: String(month.month).padStart(2, '0') },
          () => ({
            heading: formatMonth(month.year, month.month, edition.dates),
            teasers: month.articles.map(site.teaserOf),
          }),
        ),
      ),
    ),
  );
}
