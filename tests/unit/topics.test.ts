import { describe, expect, it } from 'vitest';
import { buildTopicIndex, sortTopics, tagSlug } from '../../src/lib/topics.ts';

describe('tagSlug', () => {
  it.each([
    ['US Military', 'us-military'],
    ['  us   military ', 'us-military'],
    ['Café Society', 'cafe-society'],
    ['C++', 'c-plus-plus'],
    ['Middle East', 'middle-east'],
    ['العربية', 'العربية'],
    ['Москва Today', 'москва-today'],
    ['中文 新闻', '中文-新闻'],
  ])('%j → %j', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
  });

  it('keeps different non-Latin tags apart', () => {
    expect(tagSlug('العربية')).not.toBe(tagSlug('العراق'));
  });
});

describe('buildTopicIndex', () => {
  const a = (slug: string, tags: string[]) => ({ slug, tags });

  it('groups articles by tag in their order, merging case and spacing variants', () => {
    const index = buildTopicIndex([
      a('new', ['US Military', 'Syria']),
      a('mid', ['us  military']),
      a('old', ['Syria', 'syria']),
    ]);
    expect([...index.keys()]).toEqual(['us-military', 'syria']);
    expect(index.get('us-military')).toMatchObject({
      name: 'US Military',
      articles: [{ slug: 'new' }, { slug: 'mid' }],
    });
    expect(index.get('syria')!.articles.map((x) => x.slug)).toEqual(['new', 'old']);
  });

  it('sorts topics with a locale-aware collator (Ä with A, 9 before 10)', () => {
    const index = buildTopicIndex([
      a('x', ['zebra', 'Äpfel', 'apple', 'Banana', 'item 10', 'item 9']),
    ]);
    expect(sortTopics(index.values(), 'en').map((t) => t.name)).toEqual([
      'Äpfel',
      'apple',
      'Banana',
      'item 9',
      'item 10',
      'zebra',
    ]);
  });
});
