/**
 * The pages that list stories, each edition's: the front page and the later pages of the full
 * list, the topics and each topic's pages, the archive and each month's page.
 */
import { formatEditionDay, formatMonth } from '../lib/dates.ts';
import { type FrontLayout, type SectionSource, frontLayout } from '../lib/frontPage.ts';
import type { PageMeta } from '../lib/meta.ts';
import { type PageView, buildPages } from '../lib/pagination.ts';
import type { Teaser } from '../lib/teasers.ts';
import { FEEDS, monthPath, pathUnderBase, topicPath, yearPath } from '../lib/urls.ts';
import { buildNow, settings } from '../settings.ts';
import { metaForHome } from './headMeta.ts';
import { type KeyedPage, frameOf, keyedPage } from './routes.ts';
import type { EditionModel, ListedArticle, SiteModel } from './site.ts';

/** How many stories the rows under the lead hold: two rows of four on a wide screen. */
const SECONDARY_COUNT = 8;

/** How many stories each front-page section block shows. */
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

/** A front page: its stories by place, the pagination of the full list, its date and metadata. */
export interface FrontPageView {
  layout: FrontLayout<Teaser>;
  page: PageView<Teaser>;
  /** The edition's date, in its language: "Monday, December 1, 2026". */
  date: { text: string; datetime: string };
  meta: PageMeta;
}

/** A front's layout from the stories of its first page, and the sections for its blocks. */
function frontOf(
  site: SiteModel,
  firstPage: readonly ListedArticle[],
  sections: readonly SectionSource<ListedArticle>[],
): FrontLayout<Teaser> {
  const layout = frontLayout({
    firstPage,
    featured: (story) => story.featured,
    sections,
    secondaryCount: SECONDARY_COUNT,
    perSection: SECTION_SIZE,
    idOf: (story) => story.slug,
  });
  const teaser = site.teaserOf;
  return {
    lead: layout.lead && teaser(layout.lead),
    secondary: layout.secondary.map(teaser),
    latest: layout.latest.map(teaser),
    sections: layout.sections.map((block) => ({
      ...block,
      lead: teaser(block.lead),
      more: block.more.map(teaser),
    })),
  };
}

/** Every edition's front page. */
export function frontPages(site: SiteModel): KeyedPage<FrontPageView>[] {
  const frame = frameOf(site);
  return editionPages(site, (data, key) => {
    const [page] = indexPages(site, data);
    return {
      layout: frontOf(site, data.articles.slice(0, page!.items.length), data.sections),
      page: page!,
      date: formatEditionDay(buildNow, settings.timeZone, data.edition.dates),
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
  /** The topic's name, as most of its articles spell it. */
  name: string;
  page: PageView<Teaser>;
  /** The path of the topic's RSS feed. */
  feed: string;
  /** A section's first page is laid out as a front (see frontLayout); other pages are lists. */
  front?: FrontLayout<Teaser> | undefined;
}

/** Every topic's first page (`/topics/x/`), or all its later ones, in every edition. */
export function topicPages(site: SiteModel, which: 'first' | 'later'): KeyedPage<TopicPage>[] {
  return [...site.editions.entries()].flatMap(([key, data]) => {
    const sections = new Set(data.sections.map((section) => section.path));
    return data.topics.flatMap((topic) => {
      const path = topicPath(topic.slug, data.edition.base);
      return buildPages(topic.articles.map(site.teaserOf), settings.articlesPerPage, path)
        .filter((page) => (which === 'first') === (page.number === 1))
        .map((page) =>
          keyedPage(
            site,
            key,
            { topic: topic.slug, ...(which === 'later' && { page: String(page.number) }) },
            () => ({
              slug: topic.slug,
              name: topic.name,
              page,
              feed: pathUnderBase(path, FEEDS.rss.file),
              front:
                page.number === 1 && sections.has(path)
                  ? frontOf(site, topic.articles.slice(0, page.items.length), [])
                  : undefined,
            }),
          ),
        );
    });
  });
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

/** A year of the archive: its page, its months with their pages and counts. */
export interface ArchiveYearEntry {
  year: number;
  path: string;
  /** "12 articles". */
  count: string;
  months: { path: string; label: string; count: number }[];
}

/** A neighbouring month or year of the archive: its name and page. */
export interface ArchiveStep {
  label: string;
  path: string;
}

/** The steps to the newer and the older of a list's neighbours of `i`, newest first. */
function steps<T>(list: readonly T[], i: number, step: (item: T) => ArchiveStep) {
  const newer = list[i - 1];
  const older = list[i + 1];
  return {
    newer: newer === undefined ? undefined : step(newer),
    older: older === undefined ? undefined : step(older),
  };
}

/** A year of an edition's archive as its pages list it. */
function yearEntry(year: EditionModel['archive'][number], edition: EditionModel['edition']) {
  return {
    year: year.year,
    path: yearPath(year.year, edition.base),
    count: edition.countArticles(year.count),
    months: year.months.map((month) => ({
      path: monthPath(month.year, month.month, edition.base),
      label: formatMonth(month.year, month.month, edition.dates),
      count: month.articles.length,
    })),
  } satisfies ArchiveYearEntry;
}

/** Every edition's archive page: its years, newest first, and their months. */
export function archiveIndexPages(site: SiteModel): KeyedPage<{ years: ArchiveYearEntry[] }>[] {
  return editionPages(site, ({ archive, edition }) => ({
    years: archive.map((year) => yearEntry(year, edition)),
  }));
}

/** One year of the archive as its page shows it. */
export interface ArchiveYearPage {
  year: ArchiveYearEntry;
  /** The archive's page, which lists every year. */
  archive: string;
  /** The years with stories either side of it. */
  newer?: ArchiveStep | undefined;
  older?: ArchiveStep | undefined;
}

/** Every year of every edition's archive (`/archive/2025/`): its months, as the archive lists them. */
export function archiveYearPages(site: SiteModel): KeyedPage<ArchiveYearPage>[] {
  return [...site.editions.entries()].flatMap(([key, { archive, edition }]) =>
    archive.map((year, i) =>
      keyedPage(site, key, { year: String(year.year) }, () => ({
        year: yearEntry(year, edition),
        archive: pathUnderBase(edition.base, 'archive/'),
        ...steps(archive, i, (other) => ({
          label: String(other.year),
          path: yearPath(other.year, edition.base),
        })),
      })),
    ),
  );
}

/** One month of the archive as its page shows it. */
export interface ArchiveMonthPage {
  /** "April 2025". */
  heading: string;
  /** Its year's page, which lists the year's other months. */
  year: { label: string; path: string };
  teasers: Teaser[];
  /** The months with stories either side of it, across years. */
  newer?: ArchiveStep | undefined;
  older?: ArchiveStep | undefined;
}

/** Every month of every edition's archive, with its stories' teasers. */
export function archiveMonthPages(site: SiteModel): KeyedPage<ArchiveMonthPage>[] {
  return [...site.editions.entries()].flatMap(([key, { archive, edition }]) => {
    const months = archive.flatMap((year) => year.months);
    return months.map((month, i) =>
      keyedPage(
        site,
        key,
        { year: String(month.year), month: String(month.month).padStart(2, '0') },
        () => ({
          heading: formatMonth(month.year, month.month, edition.dates),
          year: { label: String(month.year), path: yearPath(month.year, edition.base) },
          teasers: month.articles.map(site.teaserOf),
          ...steps(months, i, (other) => ({
            label: formatMonth(other.year, other.month, edition.dates),
            path: monthPath(other.year, other.month, edition.base),
          })),
        }),
      ),
    );
  });
}
