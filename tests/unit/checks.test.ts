import { describe, expect, it } from 'vitest';
import {
  brokenStoryLinks,
  copiedStories,
  farAheadDates,
  futureUpdates,
} from '../../src/content/checks.ts';
import type { Article } from '../../src/content/articleSchema.ts';
import type { ValidArticle } from '../../src/content/validate.ts';

const NOW = Date.UTC(2026, 11, 4, 12);

/** A valid article with only what the check reads. */
const article = (date: string, draft = false): ValidArticle => ({
  file: `content/${date}.md`,
  fields: { title: 'T', date, draft } as ValidArticle['fields'],
  slug: 's',
  text: '',
  lang: 'en',
  dateLine: 3,
});

describe('farAheadDates', () => {
  it('warns of a story dated more than a year ahead, on its date line', () => {
    expect(farAheadDates([article('2062-12-04'), article('2028-01-10T09:00:00Z')], NOW)).toEqual([
      {
        file: 'content/2062-12-04.md',
        line: 3,
        field: 'date',
        message:
          '"2062-12-04" is 36 years ahead, so the story is held back until then (check the year)',
        severity: 'warning',
      },
      {
        file: 'content/2028-01-10T09:00:00Z.md',
        line: 3,
        field: 'date',
        message:
          '"2028-01-10T09:00:00Z" is more than a year ahead, so the story is held back until then (check the year)',
        severity: 'warning',
      },
    ]);
  });

  it('leaves an embargo within the year, a story already out and a draft', () => {
    expect(
      farAheadDates(
        [article('2027-12-01'), article('2025-01-01'), article('2090-01-01', true)],
        NOW,
      ),
    ).toEqual([]);
  });
});

describe('futureUpdates', () => {
  const updatedAt = (date: string, updated: string): ValidArticle => ({
    ...article(date),
    fields: { title: 'T', date, updated } as ValidArticle['fields'],
    updatedLine: 4,
  });

  it('refuses an update still to come on a story going out now, on its line', () => {
    expect(futureUpdates([updatedAt('2026-12-01', '2099-01-01')], NOW, 'UTC')).toEqual([
      {
        file: 'content/2026-12-01.md',
        line: 4,
        field: 'updated',
        message:
          '"2099-01-01" is in the future, and the story goes out now (date an update when it is made)',
        severity: 'error',
      },
    ]);
  });

  it('warns now of an update after a held-back story’s release: that build would stop at it', () => {
    expect(futureUpdates([updatedAt('2026-12-20', '2026-12-24')], NOW, 'UTC')).toEqual([
      {
        file: 'content/2026-12-20.md',
        line: 4,
        field: 'updated',
        message:
          '"2026-12-24" is after the story\'s release (2026-12-20), so the build that publishes it would stop here (date an update when it is made, or delete it until then)',
        severity: 'warning',
      },
    ]);
  });

  it('leaves an update made already or today, and one on a held-back story’s release day', () => {
    const stories = [
      updatedAt('2026-12-01', '2026-12-04T11:00:00Z'),
      updatedAt('2026-12-01', '2026-12-04'),
      updatedAt('2026-12-24', '2026-12-24'),
    ];
    expect(futureUpdates(stories, NOW, 'UTC')).toEqual([]);
    // The same day in UTC is the 5th already in Auckland, where the 4th's update is past.
    expect(futureUpdates([updatedAt('2026-12-01', '2026-12-05')], NOW, 'Pacific/Auckland')).toEqual(
      [],
    );
  });
});

describe('brokenStoryLinks', () => {
  const SITE = { base: '/', siteUrl: 'https://news.example', timeZone: 'UTC', now: NOW };
  /** A record with only what the check reads: its slug, date, status and body links. */
  const linking = (hrefs: string[], date = '2026-12-01', draft = false) =>
    ({
      slug: 'linking',
      filePath: 'content/linking.md',
      date,
      draft,
      storyLinks: hrefs.map((href, i) => ({ href, line: 10 + i })),
    }) as unknown as Article;
  const story = (slug: string, date: string, draft = false, aliases: string[] = []) => ({
    slug,
    aliases,
    file: `content/${slug}.md`,
    date,
    draft,
  });
  const STORIES = [
    story('linking', '2026-12-01'),
    story('harbour-reopens', '2026-11-20', false, ['harbour-reopened']),
    story('budget-leak', '2026-11-30', true),
    story('election-result', '2026-12-10T18:00:00Z'),
  ];
  const messages = (records: Article[], site: Parameters<typeof brokenStoryLinks>[2] = SITE) =>
    brokenStoryLinks(records, STORIES, site).map((p) => `${p.file}:${p.line} ${p.message}`);

  it('lets through links to published stories, by slug, alias or full address', () => {
    expect(
      messages([
        linking([
          '/articles/harbour-reopens/',
          '../harbour-reopened/',
          'https://news.example/articles/harbour-reopens/#map',
          'https://elsewhere.example/articles/nothing/',
        ]),
      ]),
    ).toEqual([]);
  });

  it('tells a link to no story, with the nearest slug', () => {
    expect(
      messages([linking(['/articles/harbour-reopns/', '/articles/nothing-like-it/'])]),
    ).toEqual([
      'content/linking.md:10 the link "/articles/harbour-reopns/" leads to no story: no story has the slug "harbour-reopns" (did you mean harbour-reopens? copy the address of the story\'s page, or remove the link)',
      'content/linking.md:11 the link "/articles/nothing-like-it/" leads to no story: no story has the slug "nothing-like-it" (copy the address of the story\'s page, or remove the link)',
    ]);
  });

  it('tells a link to a draft or to a story held back until after this one is out', () => {
    expect(messages([linking(['../budget-leak/', '../election-result/'])])).toEqual([
      'content/linking.md:10 the link "../budget-leak/" leads to content/budget-leak.md, a draft, so readers find no page there (publish that story first, or remove the link)',
      'content/linking.md:11 the link "../election-result/" leads to content/election-result.md, held back until 2026-12-10 18:00 UTC, so until then readers find no page there (hold this story until then too, or add the link once that one is out)',
    ]);
  });

  it('says nothing of a draft linking to a draft, or of a story held back as long as the one it links to', () => {
    expect(messages([linking(['../budget-leak/'], '2026-12-01', true)])).toEqual([]);
    expect(messages([linking(['../election-result/'], '2026-12-11')])).toEqual([]);
  });

  it('tells a link read from the story page itself, or to a preview on this computer', () => {
    expect(
      messages([linking(['harbour-reopens/', 'http://localhost:4321/articles/harbour-reopens/'])]),
    ).toEqual([
      'content/linking.md:10 the link "harbour-reopens/" is read from this story\'s own address, so it leads to /articles/linking/harbour-reopens/, which is no page (write it as ../harbour-reopens/)',
      'content/linking.md:11 the link "http://localhost:4321/articles/harbour-reopens/" leads to this computer (localhost:4321), copied from a preview: readers cannot reach it (write it as /articles/harbour-reopens/)',
    ]);
  });

  it('tells a site path written with the base path, which the build would double', () => {
    expect(
      messages([linking(['/news/articles/harbour-reopens/'])], { ...SITE, base: '/news/' }),
    ).toEqual([
      'content/linking.md:10 the link "/news/articles/harbour-reopens/" starts with the site\'s base path /news, which the build puts in front of it again, so it leads nowhere (write it as /articles/harbour-reopens/)',
    ]);
  });
});

describe('copiedStories', () => {
  const titled = (file: string, title: string, date: string, more: Partial<ValidArticle> = {}) =>
    ({
      file,
      fields: { title, date, draft: false },
      slug: file,
      text: '',
      lang: 'en',
      titleLine: 2,
      ...more,
    }) as ValidArticle;

  it('warns of a story with the headline of another on the same day, the later file told', () => {
    const problems = copiedStories(
      [
        titled('content/b.md', 'Storm closes the coast road', '2026-12-01T22:30:00Z'),
        titled('content/a.md', 'Storm  closes the coast road', '2026-12-01'),
      ],
      'Europe/London',
    );
    expect(problems).toEqual([
      {
        file: 'content/b.md',
        line: 2,
        field: 'title',
        message:
          'is the headline of content/a.md too, on the same day, so readers see the story twice (a copy? delete one of the two files, or give this story its own headline)',
        severity: 'warning',
      },
    ]);
  });

  it('leaves alone the same headline on another day, in another language, or in a draft', () => {
    expect(
      copiedStories(
        [
          titled('content/a.md', 'Weather', '2026-12-01'),
          titled('content/b.md', 'Weather', '2026-12-02'),
          // 16:00 UTC on the 2nd is already the 3rd in Tokyo: another day there.
          titled('content/c.md', 'Weather', '2026-12-02T16:00:00Z'),
          titled('content/d.md', 'Weather', '2026-12-01', { lang: 'es' }),
          titled('content/e.md', 'Weather', '2026-12-01', {
            fields: { title: 'Weather', date: '2026-12-01', draft: true },
          } as Partial<ValidArticle>),
        ],
        'Asia/Tokyo',
      ),
    ).toEqual([]);
  });
});
