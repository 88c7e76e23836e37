import { describe, expect, it } from 'vitest';
import type { Teaser } from '../../src/lib/teasers.ts';
import { frontPage } from '../../src/lib/frontPage.ts';
import { buildTopicIndex } from '../../src/lib/topics.ts';

const card = (n: number): Teaser => ({
  url: `/articles/a${n}/`,
  title: `A${n}`,
  status: 'published',
  date: '2025-01-01',
  people: [],
  summary: '',
});

describe('frontPage', () => {
  const articles = [1, 2, 3, 4, 5].map((n) => ({ n, tags: n % 2 ? ['Odd'] : ['Even'] }));
  const index = buildTopicIndex(articles);
  const source = (featured: number[], sections: string[]) => ({
    firstPage: articles.map((a) => ({ card: card(a.n), featured: featured.includes(a.n) })),
    sections,
    topicOf: (name: string) => index.get(index.slugOf(name)),
    topicPath: (topic: { slug: string }) => `/topics/${topic.slug}/`,
    cardOf: (a: { n: number }) => card(a.n),
    perSection: 2,
  });

  it('leads with the newest story, and lists the rest of the first page once', () => {
    const page = frontPage(source([], []));
    expect(page.lead?.title).toBe('A1');
    expect(page.latest.map((c) => c.title)).toEqual(['A2', 'A3', 'A4', 'A5']);
    expect(page.sections).toEqual([]);
  });

  it('leads with the newest featured story instead', () => {
    const page = frontPage(source([4, 3], []));
    expect(page.lead?.title).toBe('A3');
    expect(page.latest.map((c) => c.title)).toEqual(['A1', 'A2', 'A4', 'A5']);
  });

  it('gives each named section its newest stories, in the settings order, skipping unknown ones', () => {
    const page = frontPage(source([], ['even', 'Nowhere', 'Odd']));
    expect(page.sections.map((s) => [s.name, s.path, s.cards.map((c) => c.title)])).toEqual([
      ['Even', '/topics/even/', ['A2', 'A4']],
      ['Odd', '/topics/odd/', ['A1', 'A3']],
    ]);
  });

  it('has no lead on an empty site', () => {
    const page = frontPage({ ...source([], []), firstPage: [] });
    expect(page.lead).toBeUndefined();
    expect(page.latest).toEqual([]);
  });
});
