import { describe, expect, it } from 'vitest';
import { neighbours, relatedArticles, topicWeight } from '../../src/lib/related.ts';
import { buildTopicIndex } from '../../src/lib/topics.ts';
import { mustParseDate, sortTime } from '../../src/lib/dates.ts';

const timeOf = (x: { date: string }) => sortTime(mustParseDate(x.date), 'UTC');

const a = (slug: string, date: string, tags: string[]) => ({ slug, date, tags });

describe('relatedArticles', () => {
  const articles = [
    a('target', '2025-04-10', ['Syria', 'US Military', 'Turkey']),
    a('two-tags-far', '2024-01-01', ['Syria', 'US Military']),
    a('one-tag-near', '2025-04-11', ['Syria']),
    a('one-tag-far', '2023-01-01', ['Turkey']),
    a('one-tag-nearer', '2025-04-10', ['turkey']),
    a('unrelated', '2025-04-10', ['Sport']),
  ];
  const topics = buildTopicIndex(articles);

  it('ranks by shared tags, then nearness in date, never itself, at most three', () => {
    const related = relatedArticles(articles[0]!, topics, timeOf);
    expect(related.map((x) => x.slug)).toEqual(['two-tags-far', 'one-tag-nearer', 'one-tag-near']);
  });

  it('breaks exact ties by slug, so every build picks the same', () => {
    const tied = [
      a('t', '2025-01-02', ['x']),
      a('b', '2025-01-01', ['x']),
      a('a', '2025-01-03', ['x']),
    ];
    const related = relatedArticles(tied[0]!, buildTopicIndex(tied), timeOf);
    expect(related.map((x) => x.slug)).toEqual(['a', 'b']);
  });

  it('agrees with a full sort of every candidate on a larger list', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      a(`s${String(i).padStart(3, '0')}`, `2025-0${1 + (i % 9)}-1${i % 10}`, [
        `t${i % 7}`,
        `t${i % 5}`,
        `t${i % 3}`,
      ]),
    );
    const index = buildTopicIndex(many);
    // A shared tag weighs by the size of its topic.
    const weight = (tag: string) => topicWeight(many.filter((x) => x.tags.includes(tag)).length);
    for (const article of many.slice(0, 40)) {
      const expected = many
        .filter((other) => other !== article)
        .map((other) => ({
          other,
          count: [...new Set(article.tags)]
            .filter((tag) => other.tags.includes(tag))
            .reduce((sum, tag) => sum + weight(tag), 0),
          distance: Math.abs(timeOf(other) - timeOf(article)),
        }))
        .filter((c) => c.count > 0)
        .sort(
          (x, y) =>
            y.count - x.count || x.distance - y.distance || (x.other.slug < y.other.slug ? -1 : 1),
        )
        .slice(0, 3)
        .map((c) => c.other.slug);
      expect(relatedArticles(article, index, timeOf).map((x) => x.slug)).toEqual(expected);
    }
  });

  it('looks only at the stories nearest in time in each topic, so a lookup never costs the archive', () => {
    // 29 stories a day apart in "x", 29 in "y"; the oldest story shares both with the target.
    const day = (i: number) => `2025-01-${String(31 - i).padStart(2, '0')}`;
    const xs = Array.from({ length: 29 }, (_, i) =>
      a(`d${String(i).padStart(2, '0')}`, day(i), ['x']),
    );
    const ys = Array.from({ length: 29 }, (_, i) =>
      a(`e${String(i).padStart(2, '0')}`, day(i), ['y']),
    );
    const far = a('far-two-tags', '2025-01-01', ['x', 'y']);
    const target = a('target', '2025-02-01', ['x', 'y']);
    const index = buildTopicIndex([target, ...xs, ...ys, far]);
    const ids = (window: number) =>
      relatedArticles(target, index, timeOf, 3, window).map((x) => x.slug);
    // Within reach, sharing two tags wins over nearness; out of reach, the nearest stories win.
    expect(ids(100)).toEqual(['far-two-tags', 'd00', 'e00']);
    expect(ids(10)).toEqual(['d00', 'e00', 'd01']);
  });

  it('weighs a rare shared topic above a common one', () => {
    const common = Array.from({ length: 20 }, (_, i) =>
      a(`c${String(i).padStart(2, '0')}`, '2025-01-10', ['News']),
    );
    const target = a('target', '2025-01-10', ['News', 'Volcanoes']);
    const rare = a('rare', '2024-01-01', ['Volcanoes']);
    const related = relatedArticles(target, buildTopicIndex([target, ...common, rare]), timeOf);
    expect(related[0]!.slug).toBe('rare');
  });

  it('finds nothing for an article without tags', () => {
    expect(relatedArticles(a('lonely', '2025-01-01', []), topics, timeOf)).toEqual([]);
  });
});

describe('neighbours', () => {
  it('gives the next older and next newer article of a newest-first list', () => {
    const list = ['newest', 'middle', 'oldest'];
    expect(neighbours(list, 0)).toEqual({ older: 'middle', newer: undefined });
    expect(neighbours(list, 1)).toEqual({ older: 'oldest', newer: 'newest' });
    expect(neighbours(list, 2)).toEqual({ older: undefined, newer: 'middle' });
  });
});

describe('topicWeight', () => {
  it('falls by one step per doubling of the topic, and never to zero', () => {
    expect([1, 2, 3, 4, 7, 8, 10_000].map(topicWeight)).toEqual([
      1,
      1 / 2,
      1 / 2,
      1 / 3,
      1 / 3,
      1 / 4,
      1 / 14,
    ]);
  });
});
