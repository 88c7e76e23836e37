import { describe, expect, it } from 'vitest';
import { photoFolderOf } from '../../src/lib/photoFolders.ts';

describe('photoFolderOf', () => {
  it("finds a story's own folder, and a profile's folder beside it", () => {
    expect(photoFolderOf('content/2026/05/storm/storm.md')).toBe('content/2026/05/storm');
    expect(photoFolderOf('content/2026/05/storm/index.md')).toBe('content/2026/05/storm');
    expect(photoFolderOf('content/authors/jane-doe.md')).toBe('content/authors/jane-doe');
    expect(photoFolderOf('content/site.yaml')).toBeUndefined();
  });
});
