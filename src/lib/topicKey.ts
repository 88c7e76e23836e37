/**
 * When two tags are one topic (`US Military`, `us-military`): the key a topic goes by. A module
 * of its own, with nothing of Node's, so that the CMS's preview finds a story's section as the
 * page does.
 */
import { normalizeSpace } from './excerpt.ts';

/**
 * `make`, remembering what it made for each tag: a site has few tags, named again on thousands
 * of articles (each render worker of a clean 10,000-article build spent 0.35 s making keys again).
 */
export function remembered(make: (tag: string) => string): (tag: string) => string {
  const made = new Map<string, string>();
  return (tag) => {
    let value = made.get(tag);
    if (value === undefined) {
      value = make(tag);
      made.set(tag, value);
    }
    return value;
  };
}

/** A text in Latin script alone (figures, punctuation and spaces aside): its accents may go. */
export const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\p{Zs}]*$/u;

/** Characters that take no room, pasted with a word: `Fish<U+200B>ing` is Fishing. */
export const NO_ROOM = /[\u00AD\u200B\u2060\uFEFF]/gu;

/**
 * What makes two tags the same topic: case, spacing, hyphens, characters that take no room and
 * (in Latin script) accents aside, they read the same. `US Military`, `us-military` and
 * `US  military` are one topic; `C#` and `C` are two.
 */
export const topicKey = remembered(makeTopicKey);

function makeTopicKey(tag: string): string {
  let key = normalizeSpace(tag.normalize('NFKC').replace(NO_ROOM, '')).toLocaleLowerCase('und');
  if (LATIN_ONLY.test(key)) key = key.normalize('NFD').replace(/\p{M}/gu, '');
  return key.replace(/[\s_-]+/gu, '-');
}
