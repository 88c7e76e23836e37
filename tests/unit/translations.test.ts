import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import {
  type TranslationSource,
  originalOf,
  storyVersions,
  translationProblems,
} from '../../src/lib/translations.ts';

const source = (slug: string, lang: string, translationOf?: string): TranslationSource => ({
  slug,
  lang,
  translationOf,
  file: `content/${slug}.md`,
  line: 4,
});

describe('translationProblems', () => {
  it('accepts an original with one translation per language', () => {
    expect(
      translationProblems([
        source('storm', 'en'),
        source('tormenta', 'es', 'storm'),
        source('tormenta-mx', 'es-MX', 'storm'),
        source('asifa', 'ar', 'storm'),
      ]),
    ).toEqual([]);
  });

  it('names the files of a missing original, a chain, a same-language and a duplicate translation', () => {
    const problems = translationProblems([
      source('storm', 'en'),
      source('tormenta', 'es', 'storm'),
      source('otra-tormenta', 'es', 'storm'),
      source('gone', 'es', 'no-such-story'),
      source('chain', 'ar', 'tormenta'),
      source('same', 'en', 'storm'),
      source('self', 'es', 'self'),
    ]).map(formatProblem);
    expect(problems).toEqual([
      'content/otra-tormenta.md:4 translationOf: content/tormenta.md is already the es translation of "storm" (keep one, or give this one another language)',
      'content/gone.md:4 translationOf: "no-such-story" is not the slug of any article (name the original story\'s slug, as in its URL /articles/<slug>/; if the original was deleted, delete this translation too, or delete this line to publish it as a story of its own)',
      'content/chain.md:4 translationOf: "tormenta" is itself a translation, of "storm" (name the original: translationOf: storm)',
      'content/same.md:4 translationOf: "storm" (content/storm.md) is in en too (a translation is in another language: set lang:)',
      "content/self.md:4 translationOf: names this article itself (name the original story's slug)",
    ]);
  });

  it('names the slug that replaced an old one a translation still gives', () => {
    const problems = translationProblems([
      { ...source('storm-closes-coast-road', 'en'), aliases: ['storm'] },
      source('tormenta', 'es', 'storm'),
    ]).map(formatProblem);
    expect(problems).toEqual([
      'content/tormenta.md:4 translationOf: "storm" is an old slug of "storm-closes-coast-road" (content/storm-closes-coast-road.md), which replaced it (name the story by its slug now: translationOf: storm-closes-coast-road)',
    ]);
  });

  it('warns of a translation out before its original, a draft or held back, not of held ones', () => {
    const problems = translationProblems([
      { ...source('storm', 'en'), held: 'a draft' },
      source('tormenta', 'es', 'storm'),
      { ...source('asifa', 'ar', 'storm'), held: 'a draft' },
      { ...source('flood', 'en'), held: 'held back' },
      source('inundacion', 'es', 'flood'),
      { ...source('fayadan', 'ar', 'flood'), held: 'held back' },
    ]).map(formatProblem);
    expect(problems).toEqual([
      'content/tormenta.md:4 translationOf: "storm" (content/storm.md) is a draft, so this translation publishes its story first (if that is not meant, make this one a draft too, or date it with the original)',
      'content/inundacion.md:4 translationOf: "flood" (content/flood.md) is held back, so this translation publishes its story first (if that is not meant, make this one a draft too, or date it with the original)',
    ]);
  });
});

describe('storyVersions', () => {
  it('gives every version of a story the same list, original first, then by language', () => {
    const articles = [
      source('tormenta', 'es', 'storm'),
      source('other', 'en'),
      source('asifa', 'ar', 'storm'),
      source('storm', 'en'),
    ];
    const versions = storyVersions(articles);
    const slugs = (slug: string) => versions.get(slug)!.map((version) => version.slug);
    expect(slugs('storm')).toEqual(['storm', 'asifa', 'tormenta']);
    expect(slugs('tormenta')).toEqual(slugs('storm'));
    expect(slugs('other')).toEqual(['other']);
    expect(originalOf(versions.get('asifa')!)?.slug).toBe('storm');
  });

  it('links the translations of an unpublished original to each other, with no original', () => {
    const versions = storyVersions([
      source('tormenta', 'es', 'storm'),
      source('asifa', 'ar', 'storm'),
    ]);
    expect(versions.get('asifa')!.map((version) => version.slug)).toEqual(['asifa', 'tormenta']);
    expect(originalOf(versions.get('asifa')!)).toBeUndefined();
  });
});
