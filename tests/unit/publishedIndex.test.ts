import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/articleSchema.ts';
import { contentKey, publishedEntries } from '../../src/build/publishedIndex.ts';

const article = (slug: string, fields: Partial<Article>): Article => ({
  slug,
  url: `/articles/${slug}/`,
  lang: 'en',
  title: slug,
  date: '2025-01-01',
  summary: '',
  standfirst: false,
  authors: [],
  tags: [],
  draft: false,
  featured: false,
  corrections: [],
  aliases: [],
  headings: [],
  photos: [],
  body: slug.padEnd(40, '0'),
  readingMinutes: 1,
  filePath: `content/${slug}.md`,
  ...fields,
});

describe('publishedEntries', () => {
  const settings = {
    now: Date.UTC(2025, 5, 1),
    timeZone: 'Pacific/Kiritimati',
    lang: 'en',
    base: '/',
    photoOf: (key: string) =>
      key === 'content/big.jpg'
        ? { key, width: 1600, height: 1067, format: 'jpeg', digest: 'big' }
        : key === 'content/tiny.jpg'
          ? { key, width: 200, height: 150, format: 'jpeg', digest: 'tiny' }
          : undefined,
  };

  it('lists what a build publishes, newest first: no drafts, nothing held back', () => {
    const entries = publishedEntries(
      [
        article('old', { date: '2024-12-31' }),
        article('draft', { draft: true }),
        article('later', { date: '2025-07-01' }),
        article('new', { date: '2025-03-01', updated: '2025-03-02T10:00:00Z' }),
      ],
      settings,
    );
    expect(entries.map((entry) => entry.url)).toEqual(['/articles/new/', '/articles/old/']);
  });

  it('names each story and says what previews show of it (one without a picture gets a drawn card)', () => {
    const [linked, photo, tiny, captioned, plain] = publishedEntries(
      [
        article('linked', { date: '2025-02-05', image: { src: '/images/x.jpg', alt: 'x' } }),
        article('photo', {
          date: '2025-02-04',
          image: { photo: 'content/big.jpg', alt: 'x' },
          photos: [{ key: 'content/in-body.jpg', src: './in-body.jpg' }],
        }),
        article('tiny', { date: '2025-02-03', image: { photo: 'content/tiny.jpg', alt: 'x' } }),
        article('captioned', { date: '2025-02-02', image: { caption: 'A caption alone' } }),
        article('plain', { date: '2025-01-01' }),
      ],
      settings,
    );
    expect(linked).toMatchObject({ slug: 'linked', preview: 'url', leadPhoto: undefined });
    expect(photo).toMatchObject({
      preview: 'photo',
      leadPhoto: 'content/big.jpg',
      bodyPhotos: ['content/in-body.jpg'],
    });
    // Too small for a 1200×630-shaped card of at least 50,000 pixels: a drawn card instead.
    expect(tiny).toMatchObject({ preview: 'drawn', leadPhoto: 'content/tiny.jpg' });
    expect(captioned).toMatchObject({ preview: 'drawn' });
    expect(plain).toMatchObject({ slug: 'plain', preview: 'drawn' });
  });

  it('gives the modified instant and the calendar year in the site time zone', () => {
    const [updated, evening, plain] = publishedEntries(
      [
        article('updated', { date: '2025-03-01', updated: '2025-03-02T10:00:00Z' }),
        article('plain', { date: '2024-12-31' }),
        // 11:00 UTC on 31 December is already 1 January in Kiritimati (UTC+14).
        article('evening', { date: '2024-12-31T11:00:00Z' }),
      ],
      settings,
    );
    expect(updated).toMatchObject({ modified: '2025-03-03T00:00:00+14:00', month: '2025-03' });
    expect(evening).toMatchObject({ month: '2025-01' });
    expect(plain).toMatchObject({ modified: '2024-12-31T00:00:00+14:00', month: '2024-12' });
  });

  it('puts a story in another language in its edition, with every version as an alternate', () => {
    const [storm, tormenta, other] = publishedEntries(
      [
        article('storm', { date: '2025-03-03' }),
        article('tormenta', {
          date: '2025-03-02',
          url: '/es/articles/tormenta/',
          lang: 'es',
          translationOf: 'storm',
          aliases: ['vieja'],
        }),
        article('other', { date: '2025-03-01' }),
      ],
      settings,
    );
    const alternates = [
      { lang: 'en', url: '/articles/storm/' },
      { lang: 'es', url: '/es/articles/tormenta/' },
      { lang: 'x-default', url: '/articles/storm/' },
    ];
    expect(storm).toMatchObject({ edition: '', lang: 'en', alternates });
    expect(tormenta).toMatchObject({
      edition: 'es',
      lang: 'es',
      alternates,
      aliases: ['/es/articles/vieja/'],
    });
    expect(other).toMatchObject({ edition: '', alternates: [] });
  });
});

describe('contentKey', () => {
  it('names the same content folders the same way, however they are written', () => {
    const root = '/site';
    expect(contentKey(root, ['content', './more/', '/site/content'])).toBe('content\nmore');
    expect(contentKey(root, ['more', 'content'])).toBe(contentKey(root, ['content', 'more']));
    expect(contentKey(root, ['/elsewhere/news'])).toBe('../elsewhere/news');
  });
});
