/**
 * The link-preview card drawn for a story without a photo: what it shows (the site's name, the
 * headline and the date, in the story's language and direction) and its file's name. How it is
 * laid out is in drawnCardLayout.ts; src/build/cardWorker.ts draws it.
 */
import { type DateStyle, calendarDay, formatDay, mustParseDate } from './dates.ts';
import { digestOf } from './digest.ts';

export { CARD_SIZE } from './drawnCardLayout.ts';

/** What a drawn card shows. Its digest names the card's file, so a changed card gets a new URL. */
export interface CardSpec {
  /** The headline, as the page shows it. */
  title: string;
  /** The publication date, written in the story's language. */
  date: string;
  /** The site's name. */
  site: string;
  /** The story's language tag. */
  lang: string;
  /** The story's writing direction: a right-to-left card is set from the right edge. */
  dir: 'ltr' | 'rtl';
}

/** What a card shows of a story in its edition: the headline, its day in the site's zone, the site. */
export function cardSpec(
  story: { title: string; date: string; lang: string },
  edition: { dates: DateStyle; dir: CardSpec['dir'] },
  site: { name: string; timeZone: string },
): CardSpec {
  return {
    title: story.title,
    date: formatDay(mustParseDate(story.date), site.timeZone, edition.dates),
    site: site.name,
    lang: story.lang,
    dir: edition.dir,
  };
}

/** The name of a story's card file: its slug and the digest of what it shows and how it is drawn. */
export function cardName(slug: string, spec: CardSpec, drawing: string): string {
  return `${slug}-${digestOf(spec, drawing).slice(0, 16)}`;
}

/** A drawn card: its file's name, what it shows, and those words as the image's description. */
export interface DrawnCardOf {
  name: string;
  spec: CardSpec;
  alt: string;
}

/**
 * A story's drawn card: what it shows in its edition (words, dates, direction) and its file's
 * name, which covers both and how cards are drawn (`drawing`). Pages and the build that draws the
 * cards name every card through this one function.
 */
export function drawnCardFor(
  story: { slug: string; title: string; date: string; lang: string },
  edition: { dates: DateStyle; text: { dir: CardSpec['dir'] } },
  site: { name: string; timeZone: string },
  drawing: string,
): DrawnCardOf {
  const spec = cardSpec(story, { dates: edition.dates, dir: edition.text.dir }, site);
  return { name: cardName(story.slug, spec, drawing), spec, alt: story.title };
}

/**
 * Whether a story dated `date` is still shared with its own drawn card at `now`: for `days`
 * calendar days from its day in the site's zone (0: never), always when `days` is undefined.
 */
export function keepsOwnCard(
  date: string,
  now: number,
  timeZone: string,
  days: number | undefined,
): boolean {
  if (days === undefined) return true;
  const day = Date.parse(calendarDay(mustParseDate(date), timeZone));
  const today = Date.parse(calendarDay({ kind: 'datetime', epochMs: now }, timeZone));
  return (today - day) / 86_400_000 < days;
}

/**
 * The site's own card, for a story past its own card's days (see keepsOwnCard): the site's name
 * over its description, in the site's language, with no date.
 */
export function siteCardFor(
  site: { name: string; description: string; lang: string },
  edition: { text: { dir: CardSpec['dir'] } },
  drawing: string,
): DrawnCardOf {
  const spec: CardSpec = {
    title: site.description,
    date: '',
    site: site.name,
    lang: site.lang,
    dir: edition.text.dir,
  };
  return { name: cardName('site', spec, drawing), spec, alt: `${site.name}: ${site.description}` };
}

/** The site's settings a story's card depends on. */
export interface CardSite {
  name: string;
  description: string;
  lang: string;
  timeZone: string;
  /** Days a story keeps its own card (see keepsOwnCard); undefined: always. */
  drawnCardDays?: number | undefined;
}

/**
 * The drawn card a story without a picture is shared with at `now`: its own within the site's
 * `drawnCardDays`, else the site's card (drawn in the site's own edition, `home`). Pages and the
 * build that draws the cards both choose through this one function.
 */
export function storyCardFor(
  story: { slug: string; title: string; date: string; lang: string },
  edition: { dates: DateStyle; text: { dir: CardSpec['dir'] } },
  home: { text: { dir: CardSpec['dir'] } },
  site: CardSite,
  drawing: string,
  now: number,
): DrawnCardOf {
  return keepsOwnCard(story.date, now, site.timeZone, site.drawnCardDays)
    ? drawnCardFor(story, edition, site, drawing)
    : siteCardFor(site, home, drawing);
}
