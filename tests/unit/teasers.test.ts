import { describe, expect, it } from 'vitest';
import { onAuthorPage, toPeople, toStoryLink, toTeaser } from '../../src/lib/teasers.ts';

const record = {
  url: '/articles/a/',
  title: 'A',
  status: 'published' as const,
  date: '2025-04-18',
  updated: '2025-04-19',
  authors: ['Jane Doe'],
  source: 'AP',
  summary: 'Summary.',
  body: '0'.repeat(40),
  filePath: 'content/a.md',
  tags: ['x'],
};

describe('teasers', () => {
  it('keep only what a listing shows, so a body or file edit leaves listing keys alone', () => {
    expect(
      toTeaser(
        record,
        toPeople(record.authors, (name) =>
          name === 'Jane Doe' ? '/authors/jane-doe/' : undefined,
        ),
      ),
    ).toEqual({
      url: '/articles/a/',
      title: 'A',
      status: 'published',
      date: '2025-04-18',
      updated: '2025-04-19',
      people: [{ name: 'Jane Doe', url: '/authors/jane-doe/' }],
      source: 'AP',
      summary: 'Summary.',
      image: undefined,
    });
  });

  it("take the editor's kicker, which links nowhere, before the section's", () => {
    const section = { name: 'Economy', path: '/topics/economy/' };
    expect(toTeaser(record, [], { kicker: section }).kicker).toEqual(section);
    expect(toTeaser({ ...record, kicker: 'Analysis' }, [], { kicker: section }).kicker).toEqual({
      name: 'Analysis',
    });
  });

  it("leave a byline of the page's author alone off their own page, and keep one shared", () => {
    const alone = toTeaser(record, toPeople(['Jane Doe']));
    expect(onAuthorPage(alone, 'Jane Doe').people).toEqual([]);
    expect(onAuthorPage(alone, 'Jane Doe').source).toBe('AP');
    const shared = toTeaser(record, toPeople(['Jane Doe', 'Ali Khan']));
    expect(onAuthorPage(shared, 'Jane Doe')).toBe(shared);
    expect(onAuthorPage(alone, 'Ali Khan')).toBe(alone);
  });

  it('story links keep the URL, title and date', () => {
    expect(toStoryLink(record)).toEqual({ url: '/articles/a/', title: 'A', date: '2025-04-18' });
  });
});
