import { describe, expect, it } from 'vitest';
import {
  parseWireStory,
  captionParts,
  deriveHeadline,
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
    ['The story without a date.', 'does not start with a "date YYYY-MM-DD" token'],
    ['date 2025-02-30 Story.', 'date "2025-02-30" is not a real calendar date (use YYYY-MM-DD)'],
    ['date tomorrow Story.', 'date "tomorrow" is not a real calendar date (use YYYY-MM-DD)'],
    ['date 2025-01-01\n\n   \n', 'has no story after the date'],
  ])('refuses %j', (text, reason) => {
    expect(parseWireStory(text)).toEqual({ ok: false, reason });
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

describe('deriveHeadline', () => {
  it('takes the first sentence', () => {
    expect(deriveHeadline('Storm hits the coast. Roads are closed.')).toBe('Storm hits the coast');
  });

  it('cuts a long sentence at a word, within 90 characters, without trailing punctuation', () => {
    const headline = deriveHeadline(readSeedStory().paragraphs[0]!);
    expect(headline).toBe(
      'The US will withdraw about 600 troops from Syria, leaving fewer than 1,000 to work with',
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
    expect(article.slug).toBe(
      'the-us-will-withdraw-about-600-troops-from-syria-leaving-fewer-than-1000-to-work',
    );
    expect(article.markdown).toMatch(
      /^---\ntitle: The US will withdraw about 600 troops from Syria, leaving fewer than 1,000 to work with\ndate: 2025-04-18\nsummary: The US will withdraw/,
    );
    expect(article.markdown).toContain(
      'near the Syrian border. <small>(Shawn Sanders and US Army via AP, File)</small></figcaption>',
    );
  });

  it('uses a given title, and escapes markdown so the text stays text', () => {
    const article = wireStoryToArticle(
      { date: '2025-01-01', paragraphs: ['1. Not a list *or* _emphasis_ <b>or</b> [link](x)'] },
      'Given: "quoted" title',
    );
    expect(article.derivedTitle).toBe(false);
    expect(article.slug).toBe('given-quoted-title');
    expect(article.markdown).toContain('title: \'Given: "quoted" title\'');
    expect(article.markdown).toContain(
      '1\\. Not a list \\*or\\* \\_emphasis\\_ \\<b>or\\</b> \\[link\\](x)',
    );
  });

  it('names a story whose headline makes no slug after its date and a hash of its text', () => {
    const article = wireStoryToArticle({ date: '2025-01-01', paragraphs: ['🙂 ✓ ☂.'] });
    expect(article.slug).toMatch(/^wire-2025-01-01-[0-9a-z]{7}$/);
  });
});
