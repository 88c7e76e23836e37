/**
 * The View Live link of a saved story, to the page the build made of it. Decap links to
 * `articles/{{filename}}/` (its templates cannot say more): wrong for a folder's `index.md`
 * (`articles/index/`) and for a story whose slug was set before its first save (no alias then).
 */
import { ARTICLES_FOLDER } from '../lib/urls.ts';

/** A story as the build names it: its file from the repository's root, and its page's slug. */
export interface NamedStory {
  file: string;
  slug: string;
}

/** The entry Decap's editor shows, from its address (`#/collections/articles/entries/2025/04/a/a`). */
export function editedEntry(hash: string): { collection: string; entry: string } | undefined {
  const found = /^#\/collections\/([^/]+)\/entries\/(.+)$/.exec(hash);
  if (!found) return undefined;
  try {
    return { collection: found[1]!, entry: decodeURIComponent(found[2]!.replace(/[?#].*$/, '')) };
  } catch {
    return undefined;
  }
}

/** The story filed as `entry` (its path in the content folder, without `.md`), if `stories` has it. */
export function storyFiledAs<Story extends NamedStory>(
  entry: string,
  stories: readonly Story[],
): Story | undefined {
  return stories.find((known) => `/${known.file}`.endsWith(`/${entry}.md`));
}

/**
 * The link Decap made (`href`) for the story filed as `entry` (its path in the content folder,
 * without `.md`), led to its page as `stories` name it; undefined when it is right, or the story
 * is not known (not built yet: Decap's link stands).
 */
export function liveLink(
  href: string,
  entry: string,
  stories: readonly NamedStory[],
): string | undefined {
  const story = storyFiledAs(entry, stories);
  const fileName = entry.split('/').at(-1);
  const made = `/${ARTICLES_FOLDER}/${fileName}/`;
  if (!story || !href.endsWith(made)) return undefined;
  const page = `${href.slice(0, -made.length)}/${ARTICLES_FOLDER}/${story.slug}/`;
  return page === href ? undefined : page;
}
