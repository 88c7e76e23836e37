import { describe, expect, it } from 'vitest';
import { toPeople, toStoryLink, toTeaser } from '../../src/lib/teasers.ts';

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

  it('story links keep the URL, title and date', () => {
    expect(toStoryLink(record)).toEqual({ url: '/articles/a/', title: 'A', date: '2025-04-18' });
  });
});
