import { describe, expect, it } from 'vitest';
import { siteFileSchema } from '../../src/content/siteSchema.ts';
import { authorFrontmatterSchema } from '../../src/content/authorSchema.ts';
import { blankFields, checkEntry } from '../../src/cms/saveChecks.ts';

const SITE = {
  name: 'Dateline',
  description: 'News.',
  url: 'https://news.example.com',
  lang: 'en',
  timeZone: 'UTC',
  articlesPerPage: 20,
};
const place = { collection: 'site', path: 'content/site.yaml', fileSlug: 'site', stories: [] };

describe('the settings form', () => {
  it('leaves a cleared setting out, so it reads as unset', () => {
    const entered = { ...SITE, drawnCardDays: '', agencies: null };
    expect(blankFields(entered)).toEqual(['drawnCardDays', 'agencies']);
    expect(blankFields(SITE)).toEqual([]);
    // Saved as the form left it, a cleared number is unset too, not an error.
    expect(checkEntry(siteFileSchema, entered, place)).toEqual([]);
  });

  it('refuses a number of card days the build refuses, in its words', () => {
    expect(checkEntry(siteFileSchema, { ...SITE, drawnCardDays: -1 }, place)).toEqual([
      'drawnCardDays: is below 0 days (e.g. drawnCardDays: 30)',
    ]);
    expect(checkEntry(siteFileSchema, { ...SITE, drawnCardDays: 50_000 }, place)).toEqual([
      "drawnCardDays: is more than 36500 days (leave it empty to keep every story's card)",
    ]);
    expect(checkEntry(siteFileSchema, { ...SITE, drawnCardDays: 30 }, place)).toEqual([]);
  });
});

describe('a profile', () => {
  const where = {
    collection: 'authors',
    path: 'content/authors/jane-doe.md',
    fileSlug: 'jane-doe',
    stories: [],
  };

  it('is saved without a portrait, and refused with half of one, in the build’s words', () => {
    expect(checkEntry(authorFrontmatterSchema, { name: 'Jane Doe' }, where)).toEqual([]);
    const half = checkEntry(
      authorFrontmatterSchema,
      { name: 'Jane Doe', photo: { src: './jane.jpg' } },
      where,
    );
    expect(half).toHaveLength(1);
    expect(half[0]).toMatch(/^photo\.alt: /);
  });
});
