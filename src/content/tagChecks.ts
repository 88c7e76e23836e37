/**
 * A tag spelt nearly as a topic many stories have (`Goverment` beside `Government`, `Election`
 * beside `Elections`): each spelling makes a topic page of its own, so the story is missing from
 * the topic readers follow. A warning on the tag's line, naming the spelling the others use.
 */
import { editionKey } from '../lib/languages.ts';
import type { Problem } from '../lib/problems.ts';
import { editDistance, isLetterSwap } from '../lib/suggest.ts';
import { normalizeSpace } from '../lib/excerpt.ts';
import { NO_ROOM, topicKey } from '../lib/topicKey.ts';
import { tagSlug, topicSlugs } from '../lib/topics.ts';
import type { ValidArticle } from './validate.ts';

/** How many stories a topic needs, and how many times the near one's, to be the one meant. */
const MANY = 3;

/** The shortest topic key a slip of one letter is told in: `Iran` and `Iraq` are two countries. */
const SLIP_LENGTH = 6;

/** A warning on a story's `i`th tag's line. */
function tagWarning(story: ValidArticle, i: number, message: string): Problem {
  return {
    file: story.file,
    line: story.tagLines?.[i],
    field: 'tags',
    message,
    severity: 'warning',
  };
}

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
      problems.push(
        tagWarning(
          story,
          i,
          `"${tag}" is a topic of ${few === 1 ? '1 story' : `${few} stories`}, "${spelling}" of ${target.stories}: each spelling makes a topic page of its own (if they are one topic, write it "${spelling}")`,
        ),
      );
    });
  }
  return problems;
}

/** A tag as its topic's page would name it: spaces made one, what takes no room left out. */
const shownAs = (tag: string) => normalizeSpace(tag.replace(NO_ROOM, ''));

/**
 * Every tag of one topic written otherwise than other stories of its edition write it
 * (`politics` beside `Politics`): the topic's page is named as most of its stories write it, so a
 * story's own topic link reads differently. A warning on each tag not written as most write it,
 * or on each of the spellings tied for most.
 */
export function otherSpellings(stories: readonly ValidArticle[], siteLang: string): Problem[] {
  // By edition and topic key: each spelling, and how many stories use it.
  const topics = new Map<string, Map<string, number>>();
  const keyOf = (story: ValidArticle, tag: string) =>
    `${editionKey(story.lang, siteLang)}\n${topicKey(tag)}`;
  // A story counts once a topic, as its first tag of it writes it (as the topic index reads it).
  const firstTags = (story: ValidArticle) =>
    (story.fields.tags ?? [])
      .map((tag, i) => ({ tag, i, key: keyOf(story, tag) }))
      .filter(({ key }, j, all) => all.findIndex((other) => other.key === key) === j);
  for (const story of stories) {
    for (const { tag, key } of firstTags(story)) {
      const counts = topics.get(key) ?? new Map<string, number>();
      topics.set(key, counts);
      counts.set(shownAs(tag), (counts.get(shownAs(tag)) ?? 0) + 1);
    }
  }
  const problems: Problem[] = [];
  for (const story of stories) {
    firstTags(story).forEach(({ tag, i, key }) => {
      const counts = topics.get(key)!;
      if (counts.size < 2) return;
      const spelling = shownAs(tag);
      const most = Math.max(...counts.values());
      const leading = [...counts].filter(([other, n]) => other !== spelling && n === most);
      if (counts.get(spelling)! === most && leading.length === 0) return;
      // Told only where another spelling is used by as many stories or more: one leads.
      const [meant, n] = leading[0]!;
      const message =
        counts.get(spelling)! < most
          ? `"${tag}" is the topic ${n === 1 ? '1 other story writes' : `${n} other stories write`} "${meant}", the name its page and every story's link to it show (write it "${meant}")`
          : `"${tag}" is the topic ${n === 1 ? '1 other story writes' : `${n} other stories write`} "${meant}", as many as write it this way: its page and every story's link to it show the newest story's spelling (write it one way in every story)`;
      problems.push(tagWarning(story, i, message));
    });
  }
  return problems;
}

/**
 * Every tag whose topic page's address another topic of its edition has too (`U.S.` and `U S`
 * both spell `u-s`): one keeps the address and the others get a fingerprint in theirs, so a new
 * spelling can move a topic readers follow to another address. A warning on each such tag's
 * line, naming both spellings and where each topic is.
 */
export function sharedTopicAddresses(
  stories: readonly ValidArticle[],
  siteLang: string,
): Problem[] {
  const editions = new Map<string, Map<string, string>>();
  for (const story of stories) {
    if (story.fields.draft === true) continue;
    const edition = editionKey(story.lang, siteLang);
    const spellings = editions.get(edition) ?? new Map<string, string>();
    editions.set(edition, spellings);
    for (const tag of story.fields.tags ?? []) {
      if (!spellings.has(topicKey(tag))) spellings.set(topicKey(tag), tag);
    }
  }
  const told = new Map<string, Map<string, string>>();
  for (const [edition, spellings] of editions) {
    const slugs = topicSlugs(spellings.values());
    const byAddress = new Map<string, string[]>();
    for (const key of spellings.keys()) {
      const plain = tagSlug(spellings.get(key)!);
      byAddress.set(plain, [...(byAddress.get(plain) ?? []), key]);
    }
    const why = new Map<string, string>();
    const path = (slug: string) => `/${edition ? `${edition}/` : ''}topics/${slug}/`;
    for (const [plain, keys] of byAddress) {
      if (keys.length < 2) continue;
      const owner = keys.find((key) => slugs.get(key) === plain)!;
      const others = keys.filter((key) => key !== owner);
      const moved = others
        .map((key) => `"${spellings.get(key)}" is at ${path(slugs.get(key)!)}`)
        .join(', ');
      for (const key of keys) {
        why.set(
          key,
          `"${spellings.get(owner)}" and ${others.map((key) => `"${spellings.get(key)}"`).join(', ')} are topics with one address, ${path(plain)}: "${spellings.get(owner)}" has it, ${moved}, and a story tagged either way is in one of them only (if they are one topic, write them alike; if not, give one other words)`,
        );
      }
    }
    told.set(edition, why);
  }
  const problems: Problem[] = [];
  for (const story of stories) {
    if (story.fields.draft === true) continue;
    const why = told.get(editionKey(story.lang, siteLang));
    (story.fields.tags ?? []).forEach((tag, i) => {
      const message = why?.get(topicKey(tag));
      if (message === undefined) return;
      problems.push(tagWarning(story, i, message));
    });
  }
  return problems;
}
