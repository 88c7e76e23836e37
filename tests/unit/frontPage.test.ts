import { describe, expect, it } from 'vitest';
import { frontLayout, kickerOf } from '../../src/lib/frontPage.ts';
import { topicKey } from '../../src/lib/topicKey.ts';

/** Stories 1…n, newest first; story n is featured when listed in `featured`. */
const stories = (n: number) => Array.from({ length: n }, (_, i) => `s${i + 1}`);

const source = (options: {
  page?: number;
  featured?: string[];
  sections?: [string, string[]][];
}) => ({
  firstPage: stories(options.page ?? 10),
  featured: (story: string) => (options.featured ?? []).includes(story),
  sections: (options.sections ?? []).map(([name, list]) => ({
    name,
    path: `/topics/${name.toLowerCase()}/`,
    stories: list,
  })),
  secondaryCount: 4,
  perSection: 3,
  idOf: (story: string) => story,
});

describe('frontLayout', () => {
  it('leads with the newest story, then a row of four, then the rest of the first page', () => {
    const page = frontLayout(source({}));
    expect(page.lead).toBe('s1');
    expect(page.secondary).toEqual(['s2', 's3', 's4', 's5']);
    expect(page.latest).toEqual(['s6', 's7', 's8', 's9', 's10']);
  });

  it('leads with the newest featured story instead', () => {
    const page = frontLayout(source({ featured: ['s7', 's3'] }));
    expect(page.lead).toBe('s3');
    expect(page.secondary).toEqual(['s1', 's2', 's4', 's5']);
  });

  it('shows every story once: a section takes its newest stories not already on the page', () => {
    const page = frontLayout(
      source({
        page: 6,
        sections: [
          ['Politics', ['s1', 's5', 's12', 's14', 's15', 's16']],
          ['Economy', ['s2', 's12', 's13', 's20']],
          ['Empty', []],
          ['Covered', ['s3', 's4']],
        ],
      }),
    );
    expect(page.sections.map(({ name, lead, more }) => [name, lead, more])).toEqual([
      ['Politics', 's12', ['s14', 's15']],
      ['Economy', 's13', ['s20']],
    ]);
    const all = [
      page.lead,
      ...page.secondary,
      ...page.latest,
      ...page.sections.flatMap((s) => [s.lead, ...s.more]),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it('has no lead and no blocks on an empty site', () => {
    expect(frontLayout(source({ page: 0, sections: [['Politics', []]] }))).toEqual({
      lead: undefined,
      secondary: [],
      latest: [],
      sections: [],
    });
  });
});

describe('kickerOf', () => {
  const same = (a: string, b: string) => topicKey(a) === topicKey(b);

  it('labels a story with its section, else its first topic', () => {
    expect(kickerOf(['Weather', 'politics'], ['Politics', 'Economy'], same)).toBe('politics');
    expect(kickerOf(['Weather', 'Courts'], ['Politics'], same)).toBe('Weather');
    expect(kickerOf([], ['Politics'], same)).toBeUndefined();
  });
});
