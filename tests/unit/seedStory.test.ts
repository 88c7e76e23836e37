import { readFile } from 'node:fs/promises';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle.ts';
import { SEED_ARTICLE, readSeedStory } from '../fixtures/seed.ts';

describe('the shipped seed story', () => {
  it('keeps every paragraph of the wire story verbatim, the caption as a figure caption', async () => {
    const seed = readSeedStory();
    const bytes = await readFile(new URL(`../../${SEED_ARTICLE.file}`, import.meta.url));
    const { article, body, problems } = await parseArticle(SEED_ARTICLE.file, bytes, {
      base: '/',
      timeZone: 'UTC',
    });
    expect(problems).toEqual([]);
    expect(article?.slug).toBe(SEED_ARTICLE.slug);
    expect(article?.date).toBe(seed.date);
    expect(article?.authors).toEqual([]);
    // The wire file holds 13 paragraphs after its date token; every one must be on the page.
    expect(seed.paragraphs).toHaveLength(13);
    const text = toText(unified().use(rehypeParse, { fragment: true }).parse(body!.html));
    for (const paragraph of seed.paragraphs) expect(text).toContain(paragraph);
    expect(body?.html).toMatch(
      /<figcaption>This combination of photos[^<]+<small>\(Shawn Sanders and US Army via AP, File\)<\/small><\/figcaption>/,
    );
  });
});
