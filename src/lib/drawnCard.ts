/**
 * The link-preview card drawn for a story without a photo: what it shows (the site's name, the
 * headline and the date, in the story's language and direction) and its file's name. How it is
 * laid out is in drawnCardLayout.ts; src/build/cardWorker.ts draws it.
 */
import { type DateStyle, formatDay, mustParseDate } from './dates.ts';
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
): { name: string; spec: CardSpec } {
  const spec = cardSpec(story, { dates: edition.dates, dir: edition.text.dir }, site);
  return { name: cardName(story.slug, spec, drawing), spec };
}
