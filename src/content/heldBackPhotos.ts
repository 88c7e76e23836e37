/**
 * A photo of a story readers may not see yet, shown by one they see sooner: a photo in the own
 * folder of a draft, or of a story held back until its date (see ownFolders), named by the lead
 * or body of a story out before it. The build makes every photo a story it publishes shows, so
 * the photo would reach readers before its story: an error on the line that names it.
 */
import { formatRelease } from '../lib/articleStatus.ts';
import { ownFolders } from '../lib/photoFolders.ts';
import type { Problem } from '../lib/problems.ts';
import type { PhotoUse } from './photoChecks.ts';

/** A story, and when readers first see it: `-Infinity` now, a draft's `Infinity`, else its release. */
export interface StoryOut {
  file: string;
  out: number;
}

/**
 * Every photo use of `uses` that shows a photo of a story out later than the story that shows
 * it, as errors; `markdownFiles` are every markdown file of the content (which folders are a
 * story's own), `timeZone` the site's, for the release a message names.
 */
export function heldBackPhotoProblems(
  uses: readonly PhotoUse[],
  stories: readonly StoryOut[],
  markdownFiles: readonly string[],
  timeZone: string,
): Problem[] {
  const held = stories
    .filter((story) => story.out > -Infinity)
    .flatMap((story) => ownFolders(story.file, markdownFiles).map((folder) => ({ story, folder })));
  if (held.length === 0) return [];
  const outOf = new Map(stories.map((story) => [story.file, story.out]));
  return uses.flatMap((use): Problem[] => {
    const out = outOf.get(use.file);
    // A profile's page comes with its stories; a draft's own photos are no slip.
    if (use.owner !== 'article' || out === undefined || out === Infinity) return [];
    const owner = held.find(
      ({ story, folder }) => story.out > out && use.key.startsWith(`${folder}/`),
    )?.story;
    if (!owner) return [];
    const until =
      owner.out === Infinity ? 'a draft' : `held back until ${formatRelease(owner.out, timeZone)}`;
    const when = out === -Infinity ? 'now' : 'at its release';
    return [
      {
        file: use.file,
        line: use.line,
        field: use.field,
        message: `${use.shown} is a photo of ${owner.file}, ${until}: the build would publish it ${when}, before that story (put a copy beside this story to show it now, or wait until that story is out)`,
        severity: 'error',
      },
    ];
  });
}
