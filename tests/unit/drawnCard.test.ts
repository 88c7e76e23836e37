import { describe, expect, it } from 'vitest';
import { ENGLISH_DATES, dateStyle } from '../../src/lib/dates.ts';
import {
  type CardSpec,
  cardName,
  cardSpec,
  drawnCardFor,
  keepsOwnCard,
  siteCardFor,
  storyCardFor,
} from '../../src/lib/drawnCard.ts';
import {
  CARD_MARGIN,
  CARD_SIZE,
  HEADLINE_LIMIT,
  cardMargins,
  cardMarkup,
  fitHeadline,
  fontsConfig,
  headlineSize,
  headlineWidth,
  markupText,
} from '../../src/lib/drawnCardLayout.ts';

const spec: CardSpec = {
  title: 'Waves top the sea wall',
  date: 'April 18, 2025',
  site: 'Dateline',
  lang: 'en',
  dir: 'ltr',
};

describe('headline fitting', () => {
  it('counts Han, kana and Hangul twice as wide as Latin or Arabic letters', () => {
    expect(headlineWidth('Sea wall')).toBe(8);
    expect(headlineWidth('سور البحر')).toBe(9);
    expect(headlineWidth('海堤')).toBe(4);
    expect(headlineWidth('かな한국')).toBe(8);
    // A letter with a combining accent is one grapheme.
    expect(headlineWidth('e\u0301')).toBe(1);
  });

  it('sets a longer headline smaller', () => {
    const short = headlineSize('Storm closes harbour');
    const long = headlineSize('x '.repeat(60));
    const longest = headlineSize('x '.repeat(90));
    expect(short).toBeGreaterThan(long);
    expect(long).toBeGreaterThan(longest);
    expect(headlineSize('海'.repeat(50))).toBe(long);
    expect(headlineSize('海'.repeat(70))).toBe(longest);
  });

  it('keeps a headline that fits, and cuts a longer one at a word, with an ellipsis', () => {
    expect(fitHeadline('  Storm   closes\tharbour ')).toBe('Storm closes harbour');
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const cut = fitHeadline(long);
    expect(cut.endsWith('…')).toBe(true);
    expect(headlineWidth(cut)).toBeLessThanOrEqual(HEADLINE_LIMIT);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.slice(0, -1)).toMatch(/word\d+$/);
  });

  it('keeps up to three marks on a letter and drops what is stacked past them', () => {
    // Arabic shadda with fatha, Hebrew points, Vietnamese: kept as written.
    for (const title of ['شَدَّة', 'שָׁלוֹם', 'Việt Nam']) expect(fitHeadline(title)).toBe(title);
    expect(fitHeadline(`Z${'\u0301\u0300\u0302'.repeat(40)}algo`)).toBe('Z\u0301\u0300\u0302algo');
  });

  it('cuts a headline without spaces (Chinese) at a character', () => {
    const cut = fitHeadline('海'.repeat(200));
    expect(cut).toBe(`${'海'.repeat((HEADLINE_LIMIT - 1) / 2)}…`);
  });
});

describe('card markup', () => {
  it('escapes markup and drops what XML cannot hold', () => {
    expect(markupText('A & B <i>x</i>\u0001\ufffe')).toBe('A &amp; B &lt;i&gt;x&lt;/i&gt;');
    expect(markupText('a\ud800b')).toBe('ab');
  });

  it('holds the site name, the headline and the date, each escaped', () => {
    const markup = cardMarkup({ ...spec, title: 'Rates <up> & away' });
    expect(markup).toContain('Dateline');
    expect(markup).toContain('Rates &lt;up&gt; &amp; away');
    expect(markup).toContain('April 18, 2025');
    expect(markup).not.toContain('<up>');
  });

  it('opens every paragraph with the direction of the story, not of its first letter', () => {
    const ltr = cardMarkup({ ...spec, title: 'أحمد says the wall held' });
    const rtl = cardMarkup({ ...spec, title: 'سور البحر', lang: 'ar', dir: 'rtl' });
    expect(ltr.match(/\u200e/g)).toHaveLength(3);
    expect(ltr).not.toContain('\u200f');
    expect(rtl.match(/\u200f/g)).toHaveLength(3);
    expect(rtl).not.toContain('\u200e');
  });
});

describe('card layout', () => {
  it('places text at the start edge: the left for English, the right for Arabic', () => {
    const ltr = cardMargins(600, 300, 'ltr');
    const rtl = cardMargins(600, 300, 'rtl');
    expect(ltr.left).toBe(CARD_MARGIN);
    expect(rtl.right).toBe(CARD_MARGIN);
    for (const margins of [ltr, rtl]) {
      expect(margins.left + 600 + margins.right).toBe(CARD_SIZE.width);
      expect(margins.top + 300 + margins.bottom).toBe(CARD_SIZE.height);
    }
  });
});

describe('card names', () => {
  it('change with anything the card shows, and with how cards are drawn', () => {
    const name = cardName('storm', spec, 'drawing-1');
    expect(name).toMatch(/^storm-[0-9a-f]{16}$/);
    expect(cardName('storm', spec, 'drawing-1')).toBe(name);
    expect(
      cardName('storm', { ...spec, title: 'Waves top the sea wall again' }, 'drawing-1'),
    ).not.toBe(name);
    expect(cardName('storm', { ...spec, date: 'April 19, 2025' }, 'drawing-1')).not.toBe(name);
    expect(cardName('storm', { ...spec, dir: 'rtl' }, 'drawing-1')).not.toBe(name);
    expect(cardName('storm', spec, 'drawing-2')).not.toBe(name);
  });
});

describe('cardSpec', () => {
  it("writes the story's day in the site's zone, in the edition's words and direction", () => {
    const story = { title: 'Late news', date: '2025-04-18T23:30:00-07:00', lang: 'en' };
    const site = { name: 'Dateline', timeZone: 'UTC' };
    expect(cardSpec(story, { dates: ENGLISH_DATES, dir: 'ltr' }, site)).toEqual({
      title: 'Late news',
      date: 'April 19, 2025',
      site: 'Dateline',
      lang: 'en',
      dir: 'ltr',
    });
    const arabic = dateStyle('ar', {
      dateFormat: 'd MMMM yyyy',
      dateTimeFormat: 'd MMMM yyyy',
      monthFormat: 'MMMM yyyy',
      editionDateFormat: 'EEEE d MMMM yyyy',
    });
    const card = cardSpec({ ...story, lang: 'ar' }, { dates: arabic, dir: 'rtl' }, site);
    expect(card).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(card.date).toMatch(/أبريل/);
  });
});

describe('keepsOwnCard', () => {
  const at = (instant: string) => Date.parse(instant);

  it('keeps a card for the given calendar days in the site’s zone, counting the day of the story', () => {
    // Tokyo is nine hours ahead: 2025-05-18T16:00Z is already the 19th there.
    expect(keepsOwnCard('2025-04-19', at('2025-05-18T14:00:00Z'), 'Asia/Tokyo', 30)).toBe(true);
    expect(keepsOwnCard('2025-04-19', at('2025-05-18T16:00:00Z'), 'Asia/Tokyo', 30)).toBe(false);
    expect(keepsOwnCard('2025-04-19', at('2025-05-18T16:00:00Z'), 'UTC', 30)).toBe(true);
    expect(keepsOwnCard('2025-04-19T23:30:00-04:00', at('2025-04-21T12:00:00Z'), 'UTC', 2)).toBe(
      true,
    );
    expect(keepsOwnCard('2025-04-19T23:30:00-04:00', at('2025-04-22T12:00:00Z'), 'UTC', 2)).toBe(
      false,
    );
  });

  it('keeps every card when no days are set, and none at 0', () => {
    expect(keepsOwnCard('1999-01-01', at('2025-05-18T00:00:00Z'), 'UTC', undefined)).toBe(true);
    expect(keepsOwnCard('2025-05-18', at('2025-05-18T00:00:00Z'), 'UTC', 0)).toBe(false);
  });
});

describe('storyCardFor', () => {
  const site = {
    name: 'Dateline',
    description: 'News, as it happens.',
    lang: 'en',
    timeZone: 'UTC',
  };
  const story = { slug: 'late-news', title: 'Late news', date: '2025-04-19', lang: 'en' };
  const edition = { dates: ENGLISH_DATES, text: { dir: 'ltr' as const } };
  const now = Date.parse('2025-06-01T00:00:00Z');

  it('is the story’s own card within its days, the site’s card after', () => {
    const own = drawnCardFor(story, edition, site, 'drawing-1');
    expect(own.alt).toBe('Late news');
    expect(storyCardFor(story, edition, edition, site, 'drawing-1', now)).toEqual(own);
    expect(
      storyCardFor(story, edition, edition, { ...site, drawnCardDays: 60 }, 'drawing-1', now),
    ).toEqual(own);
    const past = storyCardFor(
      story,
      edition,
      edition,
      { ...site, drawnCardDays: 30 },
      'drawing-1',
      now,
    );
    expect(past).toEqual(siteCardFor(site, edition, 'drawing-1'));
    expect(past.spec).toEqual({
      title: 'News, as it happens.',
      date: '',
      site: 'Dateline',
      lang: 'en',
      dir: 'ltr',
    });
    expect(past.alt).toBe('Dateline: News, as it happens.');
    expect(past.name).toMatch(/^site-[0-9a-f]{16}$/);
  });

  it('gives every story past its days the one site card, drawn in the site’s own direction', () => {
    const other = { ...story, slug: 'older', title: 'Older news', date: '2024-01-02', lang: 'ar' };
    const arabic = { dates: ENGLISH_DATES, text: { dir: 'rtl' as const } };
    const days = { ...site, drawnCardDays: 7 };
    const first = storyCardFor(story, edition, edition, days, 'drawing-1', now);
    expect(storyCardFor(other, arabic, edition, days, 'drawing-1', now)).toEqual(first);
    // A new description, or a new way of drawing, is a new file.
    expect(siteCardFor({ ...site, description: 'Other' }, edition, 'drawing-1').name).not.toBe(
      first.name,
    );
    expect(siteCardFor(site, edition, 'drawing-2').name).not.toBe(first.name);
  });
});

describe('fontsConfig', () => {
  it('names only the given font folders, escaped, and a cache folder', () => {
    const config = fontsConfig(['/fonts/a', '/fonts/b&c'], '/cache/fc');
    expect(config.match(/<dir>/g)).toHaveLength(2);
    expect(config).toContain('<dir>/fonts/b&amp;c</dir>');
    expect(config).toContain('<cachedir>/cache/fc</cachedir>');
    // No <include>: the machine's own fonts and settings never reach a card.
    expect(config).not.toContain('<include');
  });
});
