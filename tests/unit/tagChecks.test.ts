import { describe, expect, it } from 'vitest';
import {
  nearKeys,
  nearTags,
  otherSpellings,
  sharedTopicAddresses,
} from '../../src/content/tagChecks.ts';
import type { ValidArticle } from '../../src/content/validate.ts';
import { formatProblem } from '../../src/lib/problems.ts';

/** A story of `tags`, each on its own line from line 5. */
const story = (name: string, tags: string[], lang = 'en'): ValidArticle => ({
  file: `content/${name}.md`,
  fields: { title: name, date: '2026-05-01', tags },
  slug: name,
  text: '',
  lang,
  tagLines: tags.map((_, i) => 5 + i),
});

/** `n` stories tagged `tag`. */
const many = (tag: string, n: number, lang = 'en') =>
  Array.from({ length: n }, (_, i) => story(`${tag.toLowerCase()}-${lang}-${i}`, [tag], lang));

describe('nearKeys', () => {
  it.each([
    ['election', 'elections', true],
    ['tax', 'taxes', true],
    ['goverment', 'government', true],
    ['govermnent', 'government', true],
    ['iran', 'iraq', false],
    ['russia', 'prussian', false],
    ['climate', 'climate', false],
    ['budget', 'budgets-cuts', false],
  ])('%j and %j: %j', (a, b, near) => {
    expect(nearKeys(a, b)).toBe(near);
  });
});

describe('otherSpellings', () => {
  it('tells a tag written otherwise than most stories write its topic, with their spelling', () => {
    const stories = [
      ...many('Politics', 3),
      story('lower', ['Harbour', 'politics']),
      // One story, both ways: counted once, as its first tag writes it; its second is no topic.
      story('twice', ['POLITICS', 'Politics']),
      ...many('Elecciones', 2, 'es'),
      story('spanish', ['elecciones'], 'es'),
    ];
    expect(otherSpellings(stories, 'en').map(formatProblem)).toEqual([
      'content/lower.md:6 tags: "politics" is the topic 3 other stories write "Politics", the name its page and every story\'s link to it show (write it "Politics")',
      'content/twice.md:5 tags: "POLITICS" is the topic 3 other stories write "Politics", the name its page and every story\'s link to it show (write it "Politics")',
      'content/spanish.md:5 tags: "elecciones" is the topic 2 other stories write "Elecciones", the name its page and every story\'s link to it show (write it "Elecciones")',
    ]);
  });

  it('tells both of two spellings tied for most, and nothing of spacing alone or of one spelling', () => {
    const stories = [
      story('a', ['US Military']),
      story('b', ['us military']),
      story('c', ['Weather  Alerts']),
      story('d', ['Weather Alerts']),
    ];
    expect(otherSpellings(stories, 'en').map(formatProblem)).toEqual([
      'content/a.md:5 tags: "US Military" is the topic 1 other story writes "us military", as many as write it this way: its page and every story\'s link to it show the newest story\'s spelling (write it one way in every story)',
      'content/b.md:5 tags: "us military" is the topic 1 other story writes "US Military", as many as write it this way: its page and every story\'s link to it show the newest story\'s spelling (write it one way in every story)',
    ]);
  });
});

describe('nearTags', () => {
  it('tells a tag of few stories spelt nearly as one of many, on its line, with the spelling they use', () => {
    const stories = [
      ...many('Government', 4),
      ...many('government', 1),
      story('slip', ['Harbour', 'Goverment']),
      story('plural', ['Elections']),
      ...many('Election', 3),
    ];
    expect(nearTags(stories, 'en').map(formatProblem)).toEqual([
      'content/slip.md:6 tags: "Goverment" is a topic of 1 story, "Government" of 5: each spelling makes a topic page of its own (if they are one topic, write it "Government")',
      'content/plural.md:5 tags: "Elections" is a topic of 1 story, "Election" of 3: each spelling makes a topic page of its own (if they are one topic, write it "Election")',
    ]);
  });

  it('says nothing of near topics both of many stories, of short names, or of another edition', () => {
    const stories = [
      ...many('Election', 3),
      ...many('Elections', 2),
      ...many('Iran', 9),
      story('iraq', ['Iraq']),
      ...many('Elecciones', 5, 'es'),
      story('english', ['Eleccione']),
    ];
    expect(nearTags(stories, 'en')).toEqual([]);
  });
});

describe('sharedTopicAddresses', () => {
  const told = (stories: ValidArticle[]) =>
    sharedTopicAddresses(stories, 'en').map((problem) => formatProblem(problem));

  it('tells each tag of two topics that spell one address, with where each topic is', () => {
    expect(told([story('legit', ['U.S.', 'Weather']), story('later', ['U S'])])).toEqual([
      'content/legit.md:5 tags: "U S" and "U.S." are topics with one address, /topics/u-s/: "U S" has it, "U.S." is at /topics/u-s-9caf769a/, and a story tagged either way is in one of them only (if they are one topic, write them alike; if not, give one other words)',
      'content/later.md:5 tags: "U S" and "U.S." are topics with one address, /topics/u-s/: "U S" has it, "U.S." is at /topics/u-s-9caf769a/, and a story tagged either way is in one of them only (if they are one topic, write them alike; if not, give one other words)',
    ]);
  });

  it('says nothing of one topic spelt two ways, of other editions, or of a draft', () => {
    expect(told([story('a', ['US Military']), story('b', ['us-military'])])).toEqual([]);
    expect(told([story('a', ['U.S.']), story('b', ['U S'], 'es')])).toEqual([]);
    const draft = {
      ...story('b', ['U S']),
      fields: { title: 'b', date: '2026-05-01', draft: true, tags: ['U S'] },
    };
    expect(told([story('a', ['U.S.']), draft])).toEqual([]);
  });
});
