import { describe, expect, it } from 'vitest';
import { editedEntry, liveLink, storyFiledAs } from '../../src/cms/viewLive.ts';

const STORIES = [
  { file: 'content/2025/04/us-troops.md', slug: 'us-troops' },
  { file: 'content/2025/05/harbour/index.md', slug: 'harbour' },
  { file: 'content/2026/05/storm/storm.md', slug: 'storm-hits-the-coast' },
];
const SITE = 'https://news.example/sub/';

describe('editedEntry', () => {
  it('reads the collection and entry of the editor’s address', () => {
    expect(editedEntry('#/collections/articles/entries/2025/05/harbour/index')).toEqual({
      collection: 'articles',
      entry: '2025/05/harbour/index',
    });
    expect(editedEntry('#/collections/articles/entries/2025/04/caf%C3%A9')?.entry).toBe(
      '2025/04/café',
    );
    expect(editedEntry('#/collections/articles')).toBeUndefined();
    expect(editedEntry('#/collections/articles/new')).toBeUndefined();
    expect(editedEntry('#/collections/articles/entries/%E0%A4%A')).toBeUndefined();
  });
});

describe('storyFiledAs', () => {
  it('finds a story by its path in the content folder, whole folder names only', () => {
    expect(storyFiledAs('2025/05/harbour/index', STORIES)?.slug).toBe('harbour');
    expect(storyFiledAs('05/harbour/index', STORIES)?.slug).toBe('harbour');
    expect(storyFiledAs('arbour/index', STORIES)).toBeUndefined();
    expect(
      storyFiledAs('2025/04/us-troops', [{ file: '2025/04/us-troops.md', slug: 'x' }])?.slug,
    ).toBe('x');
  });
});

describe('liveLink', () => {
  it('leads a folder’s index.md to the page named by its folder', () => {
    expect(liveLink(`${SITE}articles/index/`, '2025/05/harbour/index', STORIES)).toBe(
      `${SITE}articles/harbour/`,
    );
  });

  it('leads a story whose slug is not its file’s name to the page its slug names', () => {
    expect(liveLink(`${SITE}articles/storm/`, '2026/05/storm/storm', STORIES)).toBe(
      `${SITE}articles/storm-hits-the-coast/`,
    );
  });

  it('leaves a link that is right, another link, or a story not built yet as Decap made it', () => {
    expect(liveLink(`${SITE}articles/us-troops/`, '2025/04/us-troops', STORIES)).toBeUndefined();
    expect(
      liveLink(`${SITE}articles/storm-hits-the-coast/`, '2026/05/storm/storm', STORIES),
    ).toBeUndefined();
    expect(liveLink('https://decapcms.org/docs/', '2026/05/storm/storm', STORIES)).toBeUndefined();
    expect(liveLink(`${SITE}articles/new/`, '2026/06/new/new', STORIES)).toBeUndefined();
  });
});
