import { describe, expect, it } from 'vitest';
import {
  captionParts,
  dateOfLine,
  dateline,
  datelineDate,
  deriveHeadline,
  parseWireStory,
  wireStoryToArticle,
} from '../../src/lib/wire.ts';
import { readSeedStory } from '../fixtures/seed.ts';
import { readFileSync } from 'node:fs';

const seedText = readFileSync(
  new URL('../fixtures/seed/000_8a1b5a0368478039.txt', import.meta.url),
  'utf8',
);

describe('parseWireStory', () => {
  it('reads the seed: the date token, then every paragraph', () => {
    const result = parseWireStory(seedText);
    expect(result.ok && result.story.date).toBe('2025-04-18');
    expect(result.ok && result.story.paragraphs).toEqual(readSeedStory().paragraphs);
  });

  it('accepts the date on its own line and CRLF-free text with leading white space', () => {
    expect(parseWireStory('\n\n  date 2025-01-02\n\nFirst.\n\n\nSecond.\n')).toEqual({
      ok: true,
      story: { date: '2025-01-02', paragraphs: ['First.', 'Second.'] },
    });
  });

  it.each([
    ['date 2025-02-30 Story.', 'date "2025-02-30" is not a real calendar date (use YYYY-MM-DD)'],
    ['date tomorrow Story.', 'date "tomorrow" is not a real calendar date (use YYYY-MM-DD)'],
    ['date 2025-01-01\n\n   \n', 'has no story after the date'],
    ['\n  \n', 'has no story in it'],
    [
      '---\ntitle: T\ndate: 2025-01-01\n---\n\nBody.\n',
      'starts with front matter (---): it is an article already (copy it into a content folder as it is)',
    ],
  ])('refuses %j', (text, reason) => {
    expect(parseWireStory(text)).toEqual({ ok: false, reason });
  });

  it('reads a story without a date token: every paragraph, no date', () => {
    expect(parseWireStory('The story without a date.\n')).toEqual({
      ok: true,
      story: { date: undefined, paragraphs: ['The story without a date.'], source: undefined },
    });
  });
});

describe('parseWireStory: agency copy', () => {
  const ap = readFileSync(new URL('../fixtures/wire/ap-style.txt', import.meta.url), 'utf8');
  const reuters = readFileSync(
    new URL('../fixtures/wire/reuters-style.txt', import.meta.url),
    'utf8',
  );

  it('takes the headline line and the date line out of the body, and the agency from the dateline', () => {
    const result = parseWireStory(ap);
    if (!result.ok) throw new Error(result.reason);
    expect(result.story.headline).toBe('Storm closes coast road as waves top sea wall');
    expect(result.story.date).toBe('2025-04-18');
    expect(result.story.source).toBe('AP');
    expect(result.story.paragraphs).toHaveLength(4);
    expect(result.story.paragraphs[0]).toMatch(/^HARBORVILLE, Maine \(AP\) — The coast road/);
  });

  it('takes a headline line right above the dateline, and no date when the file has none', () => {
    const result = parseWireStory(reuters);
    if (!result.ok) throw new Error(result.reason);
    expect(result.story).toMatchObject({
      headline: 'Port authority delays harbour dredging by a year',
      date: undefined,
      source: 'Reuters',
    });
    expect(result.story.paragraphs[0]).toMatch(/^LONDON, April 18 \(Reuters\) - The port/);
  });

  it("knows the site's own agencies, and no others", () => {
    const text = 'Rail strike called off\n\nTOKYO (Kyodo) — The strike was called off.\n';
    const kyodo = parseWireStory(text, { agencies: ['Kyodo'] });
    expect(kyodo.ok && kyodo.story.source).toBe('Kyodo');
    const unknown = parseWireStory(text);
    expect(unknown.ok && unknown.story.source).toBeUndefined();
  });

  it('keeps a first paragraph that is a sentence, or wrapped, or alone, as body', () => {
    const cases = [
      'The road was closed.\n\nEngineers came.\n',
      'The US will withdraw about 600 troops from Syria, leaving fewer than\n1,000 to work with allies.\n',
      'Short line alone\n',
      'WASHINGTON (AP) — Short\n\nMore.\n',
    ];
    for (const text of cases) {
      const result = parseWireStory(text);
      expect(result.ok && result.story.headline, text).toBeUndefined();
    }
  });
});

describe('parseWireStory: a date line in figures', () => {
  it('refuses one whose day could be its month, with both readings to write', () => {
    expect(
      parseWireStory('Tiny four\n\n12/03/2026\n\nPARIS (AFP) - Body text four here.\n'),
    ).toEqual({
      ok: false,
      reason:
        'its date line, "12/03/2026", reads two ways, day or month first (write it year first, as YYYY-MM-DD: 2026-03-12 for 12 March, or 2026-12-03 for 3 December; edit the line in the file, then import it again)',
    });
  });

  it('refuses one written year first that is no day, with the day it may mean', () => {
    expect(parseWireStory('Tide gauges installed\n\n2026-31-03\n\nThe gauges are in.\n')).toEqual({
      ok: false,
      reason:
        'its date line, "2026-31-03", is not a real date (there is no month 31: did you mean 2026-03-31?); edit the line in the file, then import it again',
    });
  });

  it.each([
    ['12-03-2026', 'reads two ways, day or month first'],
    ['2026/31/03', 'is not a real date (there is no month 31: did you mean 2026-03-31?)'],
    ['2026-31-3', 'is not a real date (there is no month 31: did you mean 2026-03-31?)'],
  ])('refuses %j, which it cannot date one way, saying why', (line, why) => {
    const parsed = parseWireStory(`Tide gauges installed\n\n${line}\n\nThe gauges are in.\n`);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(`its date line, "${line}", ${why}`);
  });

  it('reads one that reads one way, and keeps it out of the body', () => {
    const parsed = parseWireStory('Tiny four\n\n13/03/2026\n\nPARIS (AFP) - Body text.\n');
    expect(parsed).toEqual({
      ok: true,
      story: {
        date: '2026-03-13',
        headline: 'Tiny four',
        paragraphs: ['PARIS (AFP) - Body text.'],
        source: 'AFP',
      },
    });
  });
});

describe('parseWireStory: a date line that names no day', () => {
  it.each([
    'next Tuesday',
    'Updated 4:12 PM EDT',
    'Yesterday',
    'Tuesday, 10:32 a.m.',
    'this morning',
    'Next Tuesday, 10 a.m.',
    'April 18',
    'Updated 4:12 PM EDT, April 18',
    '18 Sept.',
    'Updated 2 hours ago',
    'Published 12 minutes ago',
    'Last night',
    'April 2025',
  ])('refuses %j, with what to write instead', (line) => {
    expect(
      parseWireStory(`Bridge reopens\n\n${line}\n\nLONDON (Reuters) - The bridge reopened.\n`),
    ).toEqual({
      ok: false,
      reason: `its date line, "${line}", names no whole calendar day (write the day with its year, as April 18, 2025 or 2025-04-18, in the file, or give it with --date 2025-04-18, then import it again)`,
    });
  });

  it('takes such a line out of the body when the day is given with --date', () => {
    expect(
      parseWireStory('Bridge reopens\n\nApril 18\n\nLONDON (Reuters) - The bridge reopened.\n', {
        dateGiven: true,
      }),
    ).toEqual({
      ok: true,
      story: {
        date: undefined,
        headline: 'Bridge reopens',
        paragraphs: ['LONDON (Reuters) - The bridge reopened.'],
        source: 'Reuters',
      },
    });
  });

  it('takes such a line out when a date line gives the day, before it or after it', () => {
    const story = {
      date: '2025-04-18',
      headline: 'Bridge reopens',
      paragraphs: ['LONDON (Reuters) - The bridge reopened.'],
      source: 'Reuters',
    };
    const body = 'LONDON (Reuters) - The bridge reopened.\n';
    for (const top of [
      'Bridge reopens\n\nApril 18, 2025\n\nUpdated 4:12 PM EDT\n\n',
      'Bridge reopens\n\nUpdated 4:12 PM EDT\n\nApril 18, 2025\n\n',
      'Published 9:05 AM EDT, April 18, 2025\nUpdated 4:12 PM EDT\n\nBridge reopens\n\n',
    ])
      expect(parseWireStory(top + body)).toEqual({ ok: true, story });
  });

  it('reads such a line straight under the headline as a date line, not more headline', () => {
    expect(
      parseWireStory('Bridge reopens\nYesterday\nLONDON (Reuters) - The bridge reopened.\n'),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('"Yesterday", names no whole') });
  });

  it('reads a headline or a paragraph that only mentions a day as what it is', () => {
    const parsed = parseWireStory(
      'Vote moved to next Tuesday\n\nApril 18, 2025\n\nLONDON (Reuters) - Councillors meet next Tuesday.\n',
    );
    expect(parsed).toEqual({
      ok: true,
      story: {
        date: '2025-04-18',
        headline: 'Vote moved to next Tuesday',
        paragraphs: ['LONDON (Reuters) - Councillors meet next Tuesday.'],
        source: 'Reuters',
      },
    });
  });
});

describe('dateOfLine', () => {
  it.each([
    ['April 18, 2025', '2025-04-18'],
    ['Apr. 18, 2025', '2025-04-18'],
    ['18 April 2025', '2025-04-18'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['Published April 18, 2025', '2025-04-18'],
    ['Updated 10:32 AM EDT, April 18, 2025', '2025-04-18'],
    ['Friday, April 18, 2025 10:32 a.m. CEST', '2025-04-18'],
    ['Date: 2025-04-18', '2025-04-18'],
    ['2025-04-18T10:32:00Z', '2025-04-18'],
    ['18/04/2025', '2025-04-18'],
    ['Updated 10:32 AM EDT, 04/18/2025', '2025-04-18'],
    ['5.5.2026', '2026-05-05'],
    ['13-03-2026', '2026-03-13'],
    ['2026-3-31', '2026-03-31'],
    ['Updated 4:12 PM EDT, 2026/03/31', '2026-03-31'],
  ])('reads %j', (line, date) => {
    expect(dateOfLine(line)).toBe(date);
  });

  it.each([
    'Storm hits coast April 18, 2025',
    'The road closed on April 18, 2025 after the storm.',
    'February 30, 2025',
    '2025-02-30',
    'April 2025',
    'The vote was 12/3 in favour.',
    '12/03/2026',
    '31/31/2026',
  ])('leaves %j alone', (line) => {
    expect(dateOfLine(line)).toBeUndefined();
  });
});

describe('dateline', () => {
  it.each([
    ['WASHINGTON (AP) — The US', 'AP', 'WASHINGTON (AP) — '],
    ['LONDON, April 18 (Reuters) - Britain', 'Reuters', 'LONDON, April 18 (Reuters) - '],
    ['Paris (AFP) - La', 'AFP', 'Paris (AFP) - '],
    ['ST. LOUIS (AP) – A', 'AP', 'ST. LOUIS (AP) – '],
  ])('finds the agency in %j', (paragraph, agency, prefix) => {
    expect(dateline(paragraph)).toEqual({ agency, length: prefix.length });
  });

  it('leaves a caption credit and an unknown agency alone', () => {
    expect(dateline('A protester waves a flag. (AP Photo/Jane Doe)')).toBeUndefined();
    expect(dateline('TOKYO (Kyodo) — x')).toBeUndefined();
  });
});

describe('captionParts', () => {
  it('finds the seed caption and its credit, which rejoin verbatim', () => {
    const caption = readSeedStory().paragraphs[7]!;
    const parts = captionParts(caption);
    expect(parts?.credit).toBe('(Shawn Sanders and US Army via AP, File)');
    expect(`${parts?.caption}${parts?.credit}`).toBe(caption);
  });

  it.each([
    'A protester waves a flag in Paris. (AP Photo/Jane Doe)',
    'Rescuers at work. (Pool via Reuters)',
  ])('finds the credit in %j', (paragraph) => {
    expect(captionParts(paragraph)).toBeDefined();
  });

  it('leaves running text alone', () => {
    for (const paragraph of readSeedStory().paragraphs.filter((_, i) => i !== 7)) {
      expect(captionParts(paragraph)).toBeUndefined();
    }
    expect(captionParts('(via AP)')).toBeUndefined();
  });
});

describe('datelineDate', () => {
  const story = (first: string) => ({ paragraphs: [first, 'More.'] });

  it("reads a dateline's day in the latest year in which it is not after tomorrow", () => {
    const reuters = story('LONDON, April 19 (Reuters) - Retail sales rose.');
    expect(datelineDate(reuters, '2026-12-07')).toEqual({
      date: '2026-04-19',
      written: 'April 19',
      guessed: true,
    });
    // Filed a day ahead of the site's zone: still this year's.
    expect(datelineDate(reuters, '2026-04-18')?.date).toBe('2026-04-19');
    expect(datelineDate(reuters, '2026-04-17')?.date).toBe('2025-04-19');
    // Day first, a month's short name, and a 29 February from the last leap year.
    expect(datelineDate(story('OSLO, 30 Dec (AFP) - x'), '2026-01-05')?.date).toBe('2025-12-30');
    expect(datelineDate(story('PARIS, Feb. 29 (AFP) - x'), '2026-12-07')?.date).toBe('2024-02-29');
  });

  it('takes a year the dateline gives, and reads past a photo caption to the first paragraph', () => {
    expect(
      datelineDate(
        { paragraphs: ['A pier. (AP Photo/Jane Doe)', 'WASHINGTON, April 19, 2024 (AP) — x'] },
        '2026-12-07',
      ),
    ).toEqual({ date: '2024-04-19', written: 'April 19, 2024', guessed: false });
  });

  it("names no day for a dateline without one, no real one, or an agency the site doesn't list", () => {
    expect(datelineDate(story('WASHINGTON (AP) — x'), '2026-12-07')).toBeUndefined();
    expect(datelineDate(story('LONDON, April 31 (Reuters) - x'), '2026-12-07')).toBeUndefined();
    expect(datelineDate(story('MARSEILLE (AFP) - x'), '2026-12-07')).toBeUndefined();
    const local = story('HARBORVILLE, May 2 (Courier) - x');
    expect(datelineDate(local, '2026-12-07')).toBeUndefined();
    expect(datelineDate(local, '2026-12-07', ['Courier'])?.date).toBe('2026-05-02');
  });
});

describe('deriveHeadline', () => {
  it('takes the first sentence', () => {
    expect(deriveHeadline('Storm hits the coast. Roads are closed.')).toBe('Storm hits the coast');
  });

  it('cuts a long sentence at its last clause within 90 characters, not inside a phrase', () => {
    // The sentence goes on "…to work with Kurdish allies": cut at a word, it ended "to work with".
    expect(deriveHeadline(readSeedStory().paragraphs[0]!)).toBe(
      'The US will withdraw about 600 troops from Syria',
    );
    expect(
      deriveHeadline(
        "British retail sales rose 0.4% in March, official data showed on Saturday, beating economists' forecasts of a fall.",
      ),
    ).toBe('British retail sales rose 0.4% in March, official data showed on Saturday');
  });

  it('cuts at a word, without trailing punctuation, where no clause long enough fits', () => {
    const headline = deriveHeadline(
      'Rain, then the river rose over the banks of the old town and the low farmland to the east of the city overnight.',
    );
    expect(headline).toBe(
      'Rain, then the river rose over the banks of the old town and the low farmland to the east',
    );
    expect(headline.length).toBeLessThanOrEqual(90);
  });
});

describe('wireStoryToArticle', () => {
  it('writes front matter with the derived headline, date and summary', () => {
    const result = parseWireStory(seedText);
    if (!result.ok) throw new Error(result.reason);
    const article = wireStoryToArticle(result.story);
    expect(article.derivedTitle).toBe(true);
    expect(article.slug).toBe('the-us-will-withdraw-about-600-troops-from-syria');
    expect(article.markdown).toMatch(
      /^---\ntitle: The US will withdraw about 600 troops from Syria\ndate: 2025-04-18\nsummary: The US will withdraw/,
    );
    expect(article.markdown).toContain(
      'near the Syrian border. <small>(Shawn Sanders and US Army via AP, File)</small></figcaption>',
    );
  });

  it("takes markdown's marks off the headline and summary it derives, which print as typed", () => {
    const article = wireStoryToArticle({
      date: '2025-01-01',
      headline: 'Fire *guts* old cannery',
      paragraphs: ['Damage is *estimated* at $1,200,000 & rising, see [the map](x).'],
    });
    expect(article.title).toBe('Fire guts old cannery');
    expect(article.markdown).toContain(
      'summary: Damage is estimated at $1,200,000 & rising, see the map.',
    );
    expect(article.markdown).toContain('Damage is \\*estimated\\* at');
  });

  it('uses a given title, and escapes markdown so the text stays text', () => {
    const article = wireStoryToArticle(
      { date: '2025-01-01', paragraphs: ['1. Not a list *or* _emphasis_ <b>or</b> [link](x)'] },
      'Given: "quoted" title',
    );
    expect(article.derivedTitle).toBe(false);
    expect(article.slug).toBe('given-quoted-title');
    expect(article.date).toBe('2025-01-01');
    expect(article.markdown).toContain('title: \'Given: "quoted" title\'');
    expect(article.markdown).toContain(
      '1\\. Not a list \\*or\\* \\_emphasis\\_ \\<b>or\\</b> \\[link\\](x)',
    );
  });

  it('writes agency copy as a draft: its headline once, its source, a summary without the dateline', () => {
    const ap = readFileSync(new URL('../fixtures/wire/ap-style.txt', import.meta.url), 'utf8');
    const result = parseWireStory(ap);
    if (!result.ok) throw new Error(result.reason);
    const article = wireStoryToArticle(result.story, undefined, {
      draft: true,
      date: '2030-01-01',
    });
    expect(article.derivedTitle).toBe(false);
    expect(article.slug).toBe('storm-closes-coast-road-as-waves-top-sea-wall');
    // Its own day, not the one given for stories without one: the importer files it by this.
    expect(article.date).toBe('2025-04-18');
    expect(article.markdown).toMatch(
      /^---\ntitle: Storm closes coast road as waves top sea wall\ndate: 2025-04-18\nsummary: The coast road was closed on Friday after waves broke over the sea wall, town officials said\.\nsource: AP\ndraft: true\n---\n\nHARBORVILLE, Maine \(AP\) — The coast road/,
    );
    expect(article.markdown.match(/Storm closes coast road/g)).toHaveLength(1);
    expect(article.markdown).toContain('<small>(AP Photo/Jane Doe)</small>');
  });

  it('dates a story that gives no date with the date given, and derives its headline without the dateline', () => {
    const article = wireStoryToArticle(
      { paragraphs: ['WASHINGTON (AP) — Storm hits the coast. Roads are closed.'], source: 'AP' },
      undefined,
      { date: '2025-05-01' },
    );
    expect(article.title).toBe('Storm hits the coast');
    expect(article.markdown).toContain(
      'date: 2025-05-01\nsummary: Storm hits the coast. Roads are closed.\n',
    );
    expect(() => wireStoryToArticle({ paragraphs: ['x'] })).toThrow(/needs a date/);
  });

  it('names a story whose headline makes no slug after its date and a hash of its text', () => {
    const article = wireStoryToArticle({ date: '2025-01-01', paragraphs: ['🙂 ✓ ☂.'] });
    expect(article.slug).toMatch(/^wire-2025-01-01-[0-9a-z]{7}$/);
  });
});
