/**
 * What a front page shows, and where: the lead package, a row of secondary stories, the rest of
 * the first page as the latest river, then a block per section. Each story is shown once: a
 * section block takes its newest stories that no earlier part of the page shows, and a block left
 * with none is not shown. A section front (a section's own topic page) is the same shape, without
 * blocks.
 */

/** A section block: a section named in the settings, with its newest stories not shown above. */
export interface SectionBlock<T> {
  name: string;
  /** The section's topic page. */
  path: string;
  /** Its first story, shown larger. */
  lead: T;
  /** The stories after it. */
  more: T[];
}

/** A front page's stories, by place. */
export interface FrontLayout<T> {
  /** The lead package; none on an empty site. */
  lead: T | undefined;
  /** The row under the lead. */
  secondary: T[];
  /** The rest of the first page, newest first: the latest river. */
  latest: T[];
  sections: SectionBlock<T>[];
}

/** A section named in the settings, as the site has it: its topic's page and stories. */
export interface SectionSource<T> {
  name: string;
  path: string;
  /** Newest first. */
  stories: readonly T[];
}

/** What a front page is made from. */
export interface FrontSource<T> {
  /** The first page of the newest-first list: what `rel="next"` continues from. */
  firstPage: readonly T[];
  /** Whether a story is marked to lead (`featured: true`). */
  featured: (story: T) => boolean;
  /** The sections, in the settings' order; none on a section front. */
  sections: readonly SectionSource<T>[];
  /** How many stories the secondary row holds. */
  secondaryCount: number;
  /** How many stories each section block shows at most. */
  perSection: number;
  /** A story's identity, to tell the same story in two lists. */
  idOf: (story: T) => string;
}

/**
 * Lays out a front page. The lead is the newest featured story of the first page, else the
 * newest; the secondary row and the latest river are the rest of the first page, in order, so
 * following `rel="next"` from the front page still reaches every story exactly once.
 */
export function frontLayout<T>(source: FrontSource<T>): FrontLayout<T> {
  const { firstPage } = source;
  const lead = firstPage.find(source.featured) ?? firstPage[0];
  const rest = firstPage.filter((story) => story !== lead);
  const shown = new Set(firstPage.map(source.idOf));
  const sections: SectionBlock<T>[] = [];
  for (const section of source.sections) {
    const fresh = section.stories
      .filter((story) => !shown.has(source.idOf(story)))
      .slice(0, source.perSection);
    for (const story of fresh) shown.add(source.idOf(story));
    const [first, ...more] = fresh;
    if (first) sections.push({ name: section.name, path: section.path, lead: first, more });
  }
  return {
    lead,
    secondary: rest.slice(0, source.secondaryCount),
    latest: rest.slice(source.secondaryCount),
    sections,
  };
}

/**
 * The label above a story's headline: its first tag that is a section, else its first tag;
 * none for a story without tags. `sameTopic` tells two spellings of one topic apart.
 */
export function kickerOf(
  tags: readonly string[],
  sections: readonly string[],
  sameTopic: (a: string, b: string) => boolean,
): string | undefined {
  return tags.find((tag) => sections.some((section) => sameTopic(tag, section))) ?? tags[0];
}
