import { describe, expect, it } from 'vitest';
import {
  MAX_SLUG_LENGTH,
  isValidSlug,
  slugFromFileName,
  slugFromPath,
  slugFromText,
  slugProblem,
  storySlug,
} from '../../src/lib/slugs.ts';

describe('slugs', () => {
  it.each([
    ['US troops leave Syria.md', 'us-troops-leave-syria'],
    ['Café déjà vu.md', 'cafe-deja-vu'],
    ['2025-04-18_story.md', '2025-04-18-story'],
    ['already-a-slug.md', 'already-a-slug'],
    ['  spaced   out  .md', 'spaced-out'],
  ])('derives a slug from %j', (file, slug) => {
    expect(slugFromFileName(file)).toBe(slug);
    expect(isValidSlug(slug)).toBe(true);
  });

  it("names a Hugo page bundle's index.md by its folder", () => {
    expect(slugFromPath('content/2025/Storm Hits/index.md')).toBe('storm-hits');
    expect(slugFromPath('content/storm-hits/_index.md')).toBe('storm-hits');
    expect(slugFromPath('content/2025/storm.md')).toBe('storm');
    // An index.md at the top of the content folder has no bundle of its own.
    expect(slugFromPath('index.md')).toBe('index');
  });

  it('names a story’s page by its front matter’s slug, else by its file', () => {
    expect(storySlug('harbour-reopens', 'content/2026/05/storm/storm.md')).toBe('harbour-reopens');
    expect(storySlug(undefined, 'content/2026/05/storm/index.md')).toBe('storm');
  });

  it('derives nothing from a name with no Latin letters or digits, so the editor must give one', () => {
    expect(slugFromFileName('!!!.md')).toBe('');
  });

  it.each([
    ['../x', 'as in x'],
    ['a/b', 'as in a-b'],
    ['has space', 'as in has-space'],
    ['Upper', 'as in upper'],
    ['double--hyphen', 'as in double-hyphen'],
    ['-lead', 'as in lead'],
    ['trail-', 'as in trail'],
    ['Café 1,200', 'as in cafe-1200'],
    ['', 'e.g. us-troops-leave-syria'],
    ['!!!', 'e.g. us-troops-leave-syria'],
  ])('rejects %j, and says how it would be written (%s)', (slug, example) => {
    expect(isValidSlug(slug)).toBe(false);
    expect(slugProblem(slug)).toBe(
      `"${slug}" is not a valid slug (use lowercase a-z, 0-9 and single hyphens, ${example})`,
    );
  });

  it.each([
    ['/articles/mayor-quits/', 'mayor-quits'],
    ['https://news.example/es/articles/lluvias-costa/#fotos', 'lluvias-costa'],
    ['articles/Old Story.html', 'old-story'],
    ['/mayor-quits', 'mayor-quits'],
  ])('reads %j as an address, whose last part is the slug meant', (slug, meant) => {
    expect(slugProblem(slug)).toBe(
      `"${slug}" is an address, not a slug (write the slug alone, its last part: ${meant})`,
    );
  });

  it('accepts lowercase letters, digits and single hyphens', () => {
    expect(slugProblem('us-troops-2025')).toBeUndefined();
  });
});

describe('slugFromText', () => {
  it('cuts at a word, never inside a number', () => {
    expect(slugFromText('Fire at the depot: 1,200 homes burned', 24)).toBe(
      'fire-at-the-depot-1200',
    );
    expect(slugFromText('Fire at the depot: 1,200 homes burned', 20)).toBe('fire-at-the-depot');
    expect(slugFromText('Rates rise to 3.5 percent', 16)).toBe('rates-rise-to');
  });

  it('caps slugs, from file names too, at MAX_SLUG_LENGTH', () => {
    const long = `${'word '.repeat(60)}.md`;
    expect(slugFromFileName(long).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slugProblem('a'.repeat(101))).toMatch(/^is 101 characters long/);
  });
});
