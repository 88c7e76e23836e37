import { describe, expect, it } from 'vitest';
import { type CurrentStory, goneStories } from '../../src/lib/movedStories.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const published = (slug: string, file = `content/${slug}.md`, edition = '') => ({
  slug,
  edition,
  url: `${edition ? `/${edition}` : ''}/articles/${slug}/`,
  title: `Story ${slug}`,
  file,
});

const story = (slug: string, more: Partial<CurrentStory> = {}): CurrentStory => ({
  slug,
  edition: '',
  title: `Story ${slug}`,
  file: `content/${slug}.md`,
  aliases: [],
  status: 'published',
  date: '2025-01-01',
  ...more,
});

const gone = (...args: Parameters<typeof goneStories>) => goneStories(...args).map(formatProblem);

describe('goneStories', () => {
  it('says nothing while every published URL is answered, by its slug or an alias', () => {
    expect(
      gone(
        [published('storm'), published('flood'), published('fire', 'content/fire.md', 'es')],
        [
          story('storm'),
          story('flood-warning', { file: 'content/flood.md', aliases: ['flood'] }),
          story('fire', { edition: 'es' }),
        ],
      ),
    ).toEqual([]);
  });

  it('names the file whose slug changed and the alias line to add', () => {
    expect(
      gone(
        [published('storm'), published('flood')],
        [
          story('storm-closes-coast-road', { file: 'content/storm.md', slugLine: 4 }),
          story('flood-warning', {
            file: 'content/flood.md',
            aliases: ['high-water'],
            aliasesLine: 5,
          }),
        ],
      ),
    ).toEqual([
      'content/storm.md:4 aliases: "/articles/storm/" was published by the last build and is gone: the story\'s slug is "storm-closes-coast-road" now (add aliases: [storm] so links to the old URL still lead here)',
      'content/flood.md:5 aliases: "/articles/flood/" was published by the last build and is gone: the story\'s slug is "flood-warning" now (add aliases: [high-water, flood] so links to the old URL still lead here)',
    ]);
  });

  it('finds a renamed file by its headline, and names a deleted one', () => {
    expect(
      gone(
        [published('storm'), published('fire')],
        [story('storm-closes-coast-road', { title: 'Story storm' })],
      ),
    ).toEqual([
      'content/storm-closes-coast-road.md: aliases: "/articles/storm/" was published by the last build and is gone: the story\'s slug is "storm-closes-coast-road" now (add aliases: [storm] so links to the old URL still lead here)',
      'content/fire.md: "/articles/fire/" was published by the last build and is gone with this file (if the story moved, add aliases: [fire] to the story that replaced it, so links to the old URL lead there)',
    ]);
  });

  it('takes a story that was at its own URL already for no heir: a copy of it was deleted', () => {
    // The copy had the same headline; the story it copied stays where it was.
    const copy = { ...published('storm-2'), title: 'Story storm' };
    expect(gone([published('storm'), copy], [story('storm')])).toEqual([
      'content/storm-2.md: "/articles/storm-2/" was published by the last build and is gone with this file (if the story moved, add aliases: [storm-2] to the story that replaced it, so links to the old URL lead there)',
    ]);
  });

  it('says a published story made a draft or held back leaves the site; an alias on it does not answer', () => {
    expect(
      gone(
        [published('storm'), published('flood')],
        [
          story('storm', { status: 'draft' }),
          story('flood', { status: 'scheduled', date: '2030-01-01' }),
          story('other', { status: 'draft', aliases: ['storm'] }),
        ],
      ),
    ).toEqual([
      'content/storm.md: draft: "/articles/storm/" was published by the last build and leaves the site: the story is a draft now (its readers get "page not found" until it is published again)',
      'content/flood.md: date: "/articles/flood/" was published by the last build and leaves the site: the story is held back until 2030-01-01 (its readers get "page not found" until it is published again)',
    ]);
  });

  it('compares editions and slugs, not URLs: a new base path moves nothing', () => {
    expect(
      gone([{ ...published('storm'), url: '/news/articles/storm/' }], [story('storm')]),
    ).toEqual([]);
    expect(gone([published('storm')], [story('storm', { edition: 'es' })])).toEqual([
      'content/storm.md: lang: "/articles/storm/" was published by the last build and is gone: the story\'s language puts it in another edition now (set lang: back, or tell readers of the old URL where it went)',
    ]);
  });
});
