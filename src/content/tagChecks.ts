/**
 * A tag spelt nearly as a topic many stories have (`Goverment` beside `Government`, `Election`
 * beside `Elections`): each spelling makes a topic page of its own, so the story is missing from
 * the topic readers follow. A warning on the tag's line, naming the spelling the others use.
 */
import { editionKey } from '../lib/languages.ts';
import type { Problem } from '../lib/problems.ts';
import { editDistance, isLetterSwap } from '../lib/suggest.ts';
import { topicKey } from '../lib/topics.ts';
import type { ValidArticle } from './validate.ts';

/** How many stories a topic needs, and how many times the near one's, to be the one meant. */
const MANY = 3;

/** The shortest topic key a slip of one letter is told in: `Iran` and `Iraq` are two countries. */
const SLIP_LENGTH = 6;

/** Whether two topic keys read as one written two ways: a plural, or one letter slipped. */
export function nearKeys(a: string, b: string): boolean {
  if (a === b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long === `${short}s` || long === `${short}es`) return true;
  if (short.length < SLIP_LENGTH || long.length - short.length > 1) return false;
  return isLetterSwap(a, b) || editDistance(a, b) <= 1;
}

/** A topic of an edition: its stories, and the spelling most of them use. */
interface Counted {
  stories: number;
  spellings: Map<string, number>;
}

/** Every tag of `stories` spelt nearly as a topic of many more stories of its edition. */
export function nearTags(stories: readonly ValidArticle[], siteLang: string): Problem[] {
  const editions = new Map<string, Map<string, Counted>>();
  for (const story of stories) {
    const edition = editionKey(story.lang, siteLang);
    const topics = editions.get(edition) ?? new Map<string, Counted>();
    editions.set(edition, topics);
    const seen = new Set<string>();
    for (const tag of story.fields.tags ?? []) {
      const key = topicKey(tag);
      const topic = topics.get(key) ?? { stories: 0, spellings: new Map<string, number>() };
      topics.set(key, topic);
      if (!seen.has(key)) topic.stories++;
      seen.add(key);
      topic.spellings.set(tag, (topic.spellings.get(tag) ?? 0) + 1);
    }
  }
  const meant = new Map<string, Map<string, string>>();
  for (const [edition, topics] of editions) {
    // The topics of many stories by their keys' lengths: a near key is at most two letters
    // longer or shorter (`-es`), so each key is held against a few of them, not all.
    const byLength = new Map<number, [string, Counted][]>();
    for (const entry of topics) {
      if (entry[1].stories < MANY) continue;
      const list = byLength.get(entry[0].length) ?? [];
      list.push(entry);
      byLength.set(entry[0].length, list);
    }
    const found = new Map<string, string>();
    for (const [key, topic] of topics) {
      let best: [string, Counted] | undefined;
      for (let length = key.length - 2; length <= key.length + 2; length++) {
        for (const [other, more] of byLength.get(length) ?? []) {
          if (more.stories < MANY * topic.stories || !nearKeys(key, other)) continue;
          if (!best || more.stories > best[1].stories) best = [other, more];
        }
      }
      if (best) found.set(key, best[0]);
    }
    meant.set(edition, found);
  }
  const problems: Problem[] = [];
  for (const story of stories) {
    const edition = editionKey(story.lang, siteLang);
    const topics = editions.get(edition)!;
    (story.fields.tags ?? []).forEach((tag, i) => {
      const other = meant.get(edition)?.get(topicKey(tag));
      if (other === undefined) return;
      const { stories: few } = topics.get(topicKey(tag))!;
      const target = topics.get(other)!;
      const spelling = [...target.spellings].sort((a, b) => b[1] - a[1])[0]![0];
      problems.push({
        file: story.file,
        line: story.tagLines?.[i],
        field: 'tags',
        message: `"${tag}" is a topic of ${few === 1 ? '1 story' : `${few} stories`}, "${spelling}" of ${target.stories}: each spelling makes a topic page of its own (if they are one topic, write it "${spelling}")`,
        severity: 'warning',
      });
    });
  }
  return problems;
}
