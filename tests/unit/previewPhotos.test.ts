import { describe, expect, it } from 'vitest';
import { photoPath, photoReader } from '../../src/cms/previewPhotos.ts';

describe('photoPath', () => {
  it('finds a photo where the build does: beside the story, or in a folder of its own', () => {
    const story = 'content/2025/05/ferry/ferry.md';
    expect(photoPath(story, './ferry.jpg')).toBe('content/2025/05/ferry/ferry.jpg');
    expect(photoPath(story, 'shots/deck%201.jpg?w=2')).toBe(
      'content/2025/05/ferry/shots/deck 1.jpg',
    );
    expect(photoPath(story, '../harbour/pier.jpg')).toBe('content/2025/05/harbour/pier.jpg');
  });

  it('has none for another site, a public/ path, or one out of the repository', () => {
    const story = 'content/ferry.md';
    for (const src of ['https://example.com/a.jpg', '/images/a.jpg', '../../a.jpg', '..']) {
      expect(photoPath(story, src), src).toBeUndefined();
    }
  });
});

describe('photoReader', () => {
  it('reads each photo once, tells as each arrives, and has null for a photo not there', async () => {
    const asked: string[] = [];
    const reader = photoReader();
    expect(reader.url('content/a.jpg')).toBeNull();
    reader.use(async (path) => {
      asked.push(path);
      if (path.endsWith('gone.jpg')) throw new Error('not found');
      return { url: `blob:${path}` };
    });
    let told = 0;
    const stop = reader.listen(() => (told += 1));
    expect(reader.url('content/a.jpg')).toBeUndefined();
    expect(reader.url('content/a.jpg')).toBeUndefined();
    expect(reader.url('content/gone.jpg')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reader.url('content/a.jpg')).toBe('blob:content/a.jpg');
    expect(reader.url('content/gone.jpg')).toBeNull();
    expect(asked).toEqual(['content/a.jpg', 'content/gone.jpg']);
    expect([told, reader.arrived]).toEqual([2, 2]);
    stop();
    reader.url('content/b.jpg');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([told, reader.arrived]).toEqual([2, 3]);
  });
});
