import { describe, expect, it } from 'vitest';
import { neighbours, relatedArticles } from '../../src/lib/related.ts';
import { buildTopicIndex } from '../../src/lib/topics.ts';

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
    const related = relatedArticles(articles[0]!, topics, 'UTC');
    expect(related.map((x) => x.slug)).toEqual(['two-tags-far', 'one-tag-nearer', 'one-tag-near']);
  });

  it('breaks exact ties by slug, so every build picks the same', () => {
    const tied = [
      a('t', '2025-01-02', ['x']),
      a('b', '2025-01-01', ['x']),
      a('a', '2025-01-03', ['x']),
    ];
    const related = relatedArticles(tied[0]!, buildTopicIndex(tied), 'UTC');
    expect(related.map((x) => x.slug)).toEqual(['a', 'b']);
  });

  it('finds nothing for an article without tags', () => {
    expect(relatedArticles(a('lonely', '2025-01-01', []), topics, 'UTC')).toEqual([]);
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
