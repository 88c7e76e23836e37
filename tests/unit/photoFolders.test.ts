import { describe, expect, it } from 'vitest';
import { ownFolders, photoFolderOf } from '../../src/lib/photoFolders.ts';

describe('photoFolderOf', () => {
  it("finds a story's own folder, and a profile's folder beside it", () => {
    expect(photoFolderOf('content/2026/05/storm/storm.md')).toBe('content/2026/05/storm');
    expect(photoFolderOf('content/2026/05/storm/index.md')).toBe('content/2026/05/storm');
    expect(photoFolderOf('content/authors/jane-doe.md')).toBe('content/authors/jane-doe');
    expect(photoFolderOf('content/site.yaml')).toBeUndefined();
  });
});

describe('ownFolders', () => {
  it('finds the folders no other markdown file shares', () => {
    const files = ['content/2026/05/storm/storm.md', 'content/2026/05/ferry/index.md'];
    expect(ownFolders('content/2026/05/storm/storm.md', files)).toEqual(['content/2026/05/storm']);
    // A file in a folder of its own, named otherwise: that folder, and one named as it.
    expect(ownFolders('content/x/scoop/draft.md', ['content/x/scoop/draft.md'])).toEqual([
      'content/x/scoop',
      'content/x/scoop/draft',
    ]);
  });

  it('finds none in a folder that holds other stories, beside or below it', () => {
    const flat = ['content/a.md', 'content/b.md'];
    expect(ownFolders('content/a.md', flat)).toEqual(['content/a']);
    const nested = ['content/storm/index.md', 'content/storm/follow-up/index.md'];
    expect(ownFolders('content/storm/index.md', nested)).toEqual([]);
    expect(ownFolders('content/storm/follow-up/index.md', nested)).toEqual([
      'content/storm/follow-up',
    ]);
  });
});
