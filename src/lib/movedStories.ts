/**
 * Published URLs that a change of content would take off the site: a story the last build
 * published whose URL no story answers any more, neither as its slug nor as an alias (an old
 * slug, which redirects). A renamed slug is the usual cause, and an alias the usual fix.
 */
import type { ArticleStatus } from './articleStatus.ts';
import type { Problem } from './problems.ts';

/** What the last build published of one story (see PublishedEntry). */
export interface PublishedStory {
  slug: string;
  /** Its edition: `''` for the site's language, else its prefix. */
  edition: string;
  url: string;
  title: string;
  /** Its source file, when the index names it. */
  file?: string | undefined;
  /** The paths of its old URLs (aliases), which redirected to it. */
  aliases?: readonly string[] | undefined;
}

/** One story of the content as it is now. */
export interface CurrentStory {
  slug: string;
  edition: string;
  title: string;
  file: string;
  aliases: readonly string[];
  status: ArticleStatus;
  /** Its date as written, for a story held back. */
  date: string;
  /** The lines of its `aliases` and `slug` fields, where it has them. */
  aliasesLine?: number | undefined;
  slugLine?: number | undefined;
}

/** Words a warning for the URLs shown (`"/a/" was published…`), several or one. */
type Tell = (shown: string, many: boolean) => Problem;

/** The key of a URL that does not change with the base path: its edition and slug. */
const keyOf = (edition: string, slug: string) => `${edition}\n${slug}`;

/**
 * A warning for each story URL the last build published that no published story now answers,
 * naming the file that most likely replaced it (the same file, else a published story with the
 * same headline that is new at its URL, else the file that is gone) and the alias line that keeps
 * the URL working.
 */
export function goneStories(
  previous: readonly PublishedStory[],
  current: readonly CurrentStory[],
): Problem[] {
  const answered = new Set<string>();
  for (const story of current) {
    if (story.status !== 'published') continue;
    answered.add(keyOf(story.edition, story.slug));
    for (const alias of story.aliases) answered.add(keyOf(story.edition, alias));
  }
  const byFile = new Map(current.map((story) => [story.file, story]));
  const byTitle = new Map(
    current
      .filter((story) => story.status === 'published')
      .map((story) => [story.title.trim(), story]),
  );
  const before = new Set(previous.map((story) => keyOf(story.edition, story.slug)));
  // A redirect from an old URL was published too: dropping the alias takes it away.
  const urls = previous.flatMap((story) => [
    story,
    ...(story.aliases ?? []).map((url) => ({ ...story, url, slug: lastSegment(url) })),
  ]);
  // One warning a file and cause, naming every URL it takes away: one alias line fixes them all.
  const groups = new Map<string, { urls: PublishedStory[]; tell: Tell }>();
  const add = (key: string, gone: PublishedStory, tell: Tell) => {
    const group = groups.get(key) ?? { urls: [], tell };
    group.urls.push(gone);
    groups.set(key, group);
  };
  for (const gone of urls) {
    if (answered.has(keyOf(gone.edition, gone.slug))) continue;
    const same = gone.file === undefined ? undefined : byFile.get(gone.file);
    if (same && same.status !== 'published') {
      const now = same.status === 'draft' ? 'a draft now' : `held back until ${same.date.trim()}`;
      add(`held\n${same.file}`, gone, (shown, many) => ({
        file: same.file,
        field: same.status === 'draft' ? 'draft' : 'date',
        message: `${shown} and ${many ? 'leave' : 'leaves'} the site: the story is ${now} (its readers get "page not found" until it is published again)`,
        severity: 'warning',
      }));
      continue;
    }
    if (same && same.slug === gone.slug) {
      // Same slug, another language: the edition prefix changed, which no alias undoes.
      add(`lang\n${same.file}`, gone, (shown, many) => ({
        file: same.file,
        field: 'lang',
        message: `${shown} and ${many ? 'are' : 'is'} gone: the story's language puts it in another edition now (set lang: back, or tell readers of the old URL where it went)`,
        severity: 'warning',
      }));
      continue;
    }
    // A story with the headline that was at its own URL already did not move there: the gone
    // one was another file (a copy since deleted), not this story under an old slug.
    const titled = byTitle.get(gone.title.trim());
    const moved = titled && !before.has(keyOf(titled.edition, titled.slug)) ? titled : undefined;
    const heir = same ?? moved;
    if (heir) {
      const key = `heir\n${heir.file}`;
      add(key, gone, (shown, many) => {
        const slugs = groups.get(key)!.urls.map((url) => url.slug);
        const aliases = [...heir.aliases, ...slugs].join(', ');
        return {
          file: heir.file,
          line: heir.aliasesLine ?? heir.slugLine,
          field: 'aliases',
          message: `${shown} and ${many ? 'are' : 'is'} gone: the story's slug is "${heir.slug}" now (add aliases: [${aliases}] so links to the old URL still lead here)`,
          severity: 'warning',
        };
      });
      continue;
    }
    const file = gone.file ?? gone.url;
    const key = `deleted\n${file}`;
    add(key, gone, (shown, many) => {
      const slugs = groups
        .get(key)!
        .urls.map((url) => url.slug)
        .join(', ');
      // No field: the file is gone, and the story with it.
      return {
        file,
        message: `${shown} and ${many ? 'are' : 'is'} gone with this file (if the story moved, add aliases: [${slugs}] to the story that replaced it, so links to the old URL lead there)`,
        severity: 'warning',
      };
    });
  }
  return [...groups.values()].map(({ urls: gone, tell }) => {
    const shown = gone.map((url) => `"${url.url}"`).join(' and ');
    const many = gone.length > 1;
    return tell(`${shown} ${many ? 'were' : 'was'} published by the last build`, many);
  });
}

/** The last segment of a path: the slug of `/es/articles/storm/`. */
function lastSegment(path: string): string {
  return path.split('/').filter(Boolean).pop() ?? '';
}
