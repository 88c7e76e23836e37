import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle.ts';
import { newArticleMarkdown, newStoryPath } from '../../src/lib/newArticle.ts';
import { slugFromText } from '../../src/lib/slugs.ts';

describe('newArticleMarkdown', () => {
  it('fills in the front matter of a draft that validates as it is', async () => {
    const markdown = newArticleMarkdown('Storm: roads "closed"', '2025-04-18');
    expect(markdown).toBe(
      [
        '---',
        'title: \'Storm: roads "closed"\'',
        'date: 2025-04-18',
        'summary: ""',
        'tags: []',
        'draft: true',
        '---',
        '',
        'Write the story here. Remove `draft: true` to publish it.',
        '',
      ].join('\n'),
    );
    const { article, problems } = await parseArticle(
      'content/x.md',
      new TextEncoder().encode(markdown),
      {
        base: '/',
        timeZone: 'UTC',
      },
    );
    expect(problems).toEqual([]);
    expect(article).toMatchObject({ title: 'Storm: roads "closed"', draft: true, tags: [] });
  });

  it('names the language and the original of a translation', async () => {
    const markdown = newArticleMarkdown('Tormenta en la costa', '2025-04-18', {
      lang: 'es',
      translationOf: 'storm',
    });
    expect(markdown).toContain('date: 2025-04-18\nlang: es\ntranslationOf: storm\nsummary: ""\n');
    const { article, problems } = await parseArticle(
      'content/x.md',
      new TextEncoder().encode(markdown),
      { base: '/', timeZone: 'UTC', lang: 'en' },
    );
    expect(problems).toEqual([]);
    expect(article).toMatchObject({ lang: 'es', translationOf: 'storm', url: '/es/articles/x/' });
  });
});

describe('slugFromText', () => {
  it('slugifies a headline and cuts it at a hyphen', () => {
    expect(slugFromText('Storm closes the coast road', 80)).toBe('storm-closes-the-coast-road');
    expect(slugFromText('Storm closes the coast road', 14)).toBe('storm-closes');
    expect(slugFromText('Supercalifragilistic', 5)).toBe('super');
  });
});

describe('newStoryPath', () => {
  it('files a story in a folder of its own, by the year and month of its day, as the CMS does', () => {
    expect(newStoryPath('storm-hits-the-coast', '2026-05-09')).toBe(
      '2026/05/storm-hits-the-coast/storm-hits-the-coast.md',
    );
  });
});
