import type { Teaser } from './teasers.ts';
import type { Topic } from './topics.ts';

/** A section of the front page: a topic named in the settings, with its newest stories. */
export interface SectionBlock {
  name: string;
  /** The topic's page. */
  path: string;
  cards: Teaser[];
}

/** The front page: its lead story, the rest of the latest, and a block per section. */
export interface FrontPage {
  lead: Teaser | undefined;
  /** The latest stories after the lead: together with it, the first page of the full list. */
  latest: Teaser[];
  sections: SectionBlock[];
}

/** What the front page is made from. */
export interface FrontPageSource<T> {
  /** The first page of the newest-first list, as cards, with whether each is featured. */
  firstPage: readonly { card: Teaser; featured: boolean }[];
  /** The section names, in order (see `sections` in site.ts). */
  sections: readonly string[];
  /** The topic of a tag name, if any article carries it. */
  topicOf: (name: string) => Topic<T> | undefined;
  /** The page of a topic. */
  topicPath: (topic: Topic<T>) => string;
  /** A topic's article as a card. */
  cardOf: (article: T) => Teaser;
  /** How many stories each section shows. */
  perSection: number;
}

/**
 * Builds the front page. The lead is the newest story marked `featured` among the first page,
 * else the newest; the latest are the rest of that page, so following `rel="next"` from the
 * front page still reaches every story exactly once. Sections without stories are left out.
 */
export function frontPage<T>(source: FrontPageSource<T>): FrontPage {
  const lead = source.firstPage.find((item) => item.featured) ?? source.firstPage[0];
  const sections = source.sections.flatMap((name) => {
    const topic = source.topicOf(name);
    if (!topic || topic.articles.length === 0) return [];
    return [
      {
        name: topic.name,
        path: source.topicPath(topic),
        cards: topic.articles.slice(0, source.perSection).map(source.cardOf),
      },
    ];
  });
  return {
    lead: lead?.card,
    latest: source.firstPage.filter((item) => item !== lead).map((item) => item.card),
    sections,
  };
}
