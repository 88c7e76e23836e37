import { describe, expect, it } from 'vitest';
import {
  MAX_TAG_SLUG_BYTES,
  buildTopicIndex,
  sortTopics,
  tagSlug,
  topicLink,
  topicSlugs,
} from '../../src/lib/topics.ts';

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
    // A character that takes no room, pasted with the word, makes no other topic.
    ['Fish\u200bing', 'fishing'],
    ['\ufeffHarbour\u00ad', 'harbour'],
  ])('%j → %j', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
  });

  it('keeps different non-Latin tags apart', () => {
    expect(tagSlug('العربية')).not.toBe(tagSlug('العراق'));
  });

  it('spells out # and + so C#, C++ and C stay apart', () => {
    expect(new Set([tagSlug('C#'), tagSlug('C++'), tagSlug('C')])).toEqual(
      new Set(['c-sharp', 'c-plus-plus', 'c']),
    );
  });

  it.each(['🙂', '—', '...', '#️⃣', '   '])('gives %j a stable slug that is never empty', (tag) => {
    const slug = tagSlug(tag);
    expect(slug).toMatch(/^(?:tag-[0-9a-f]{8}|sharp)$/);
    expect(tagSlug(tag)).toBe(slug);
  });

  it('caps a long tag in bytes, in any script, and keeps long tags apart', () => {
    for (const letter of ['a', 'ж', '中', '😀']) {
      const long = `${letter.repeat(300)}`;
      const slug = tagSlug(long);
      expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(MAX_TAG_SLUG_BYTES);
      expect(tagSlug(`${long}x`)).not.toBe(slug);
    }
  });
});

describe('topicSlugs', () => {
  it('never lets two topics share a page, and gives the plain slug to the tag spelled like it', () => {
    const slugs = topicSlugs(['U.S', 'u-s', 'US Military', 'us military']);
    expect(slugs.get('u-s')).toBe('u-s');
    expect(slugs.get('u.s')).toMatch(/^u-s-[0-9a-f]{8}$/);
    expect(slugs.get('us-military')).toBe('us-military');
    expect(slugs.size).toBe(3);
  });

  it('gives the same slugs whatever order the tags come in', () => {
    const tags = ['U.S', 'u-s', 'U_S', 'Café', 'cafe'];
    expect(topicSlugs(tags)).toEqual(topicSlugs([...tags].reverse()));
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

  it('names a topic as most of its articles spell it, the newest of those tied', () => {
    const index = buildTopicIndex([
      a('new', ['politics']),
      a('mid', ['Politics']),
      a('old', ['Politics', 'POLITICS']),
      a('x', ['Weather']),
      a('y', ['weather']),
    ]);
    expect(index.get('politics')!.name).toBe('Politics');
    expect(index.get('weather')!.name).toBe('Weather');
    // Every story's link to the topic says its name, whatever the story's own spelling.
    expect(topicLink(index, 'politics', '/news/')).toEqual({
      name: 'Politics',
      path: '/news/topics/politics/',
    });
    expect(topicLink(index, 'Harbour  Works', '/')).toEqual({
      name: 'Harbour Works',
      path: '/topics/harbour-works/',
    });
  });

  it('merges a tag with a pasted character that takes no room, and names it without', () => {
    const index = buildTopicIndex([a('new', ['Fish\u200bing']), a('old', ['Fishing'])]);
    expect([...index.keys()]).toEqual(['fishing']);
    expect(index.get('fishing')).toMatchObject({ name: 'Fishing', articles: [{}, {}] });
  });

  it('gives colliding tags separate topics, and tells each article its topic slug', () => {
    const index = buildTopicIndex([a('one', ['C#', 'U.S']), a('two', ['C', 'U-S'])]);
    expect(index.get('c-sharp')!.articles.map((x) => x.slug)).toEqual(['one']);
    expect(index.get('c')!.articles.map((x) => x.slug)).toEqual(['two']);
    expect(index.slugOf('U-S')).toBe('u-s');
    expect(index.slugOf('U.S')).not.toBe('u-s');
    expect(index.get(index.slugOf('U.S'))!.name).toBe('U.S');
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
