import { describe, expect, it } from 'vitest';
import { goingWith } from '../../src/cms/storyFolder.ts';

describe('goingWith', () => {
  it("deletes the photos in a story's own folder with it", () => {
    const story = 'content/2026/05/storm/storm.md';
    const listed = [story, 'content/2026/05/storm/sea.jpg', 'content/2026/05/storm/wall.png'];
    expect(goingWith(story, listed)).toEqual([
      'content/2026/05/storm/sea.jpg',
      'content/2026/05/storm/wall.png',
    ]);
  });

  it('keeps what another story in the folder may use, and what is deeper or elsewhere', () => {
    const story = 'content/2026/05/storm/storm.md';
    const shared = [story, 'content/2026/05/storm/sea.jpg', 'content/2026/05/storm/other.md'];
    expect(goingWith(story, shared)).toEqual([]);
    const deeper = ['content/2026/05/storm/old/sea.jpg', 'content/2026/05/sea.jpg'];
    expect(goingWith(story, deeper)).toEqual([]);
    // A story written by hand in a folder of many: no folder of its own, nothing goes with it.
    expect(goingWith('content/2025/storm.md', ['content/2025/flood.jpg'])).toEqual([]);
  });

  it("keeps a photo another story shows, and takes a page bundle's photos", () => {
    const story = 'content/2026/03/ferry/ferry.md';
    const listed = [story, 'content/2026/03/ferry/ferry.jpg', 'content/2026/03/ferry/deck.jpg'];
    const used = new Set(['content/2026/03/ferry/ferry.jpg']);
    expect(goingWith(story, listed, used)).toEqual(['content/2026/03/ferry/deck.jpg']);
    const bundle = 'content/2026/03/bridge/index.md';
    expect(goingWith(bundle, [bundle, 'content/2026/03/bridge/bridge.jpg'])).toEqual([
      'content/2026/03/bridge/bridge.jpg',
    ]);
  });

  it("deletes a profile's portrait folder with it", () => {
    const profile = 'content/authors/jane-doe.md';
    expect(goingWith(profile, ['content/authors/jane-doe/portrait.jpg'])).toEqual([
      'content/authors/jane-doe/portrait.jpg',
    ]);
  });
});
