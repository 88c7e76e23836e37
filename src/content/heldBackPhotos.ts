/**
 * A photo of stories readers may not see yet, shown by one they see sooner: a photo in a folder
 * whose every story is a draft or held back until its date (the folder a story is in, or its
 * photo folder; see photoFolderOf), named by the lead or body of a story out before all of them.
 * The build makes every photo a story it publishes shows, so the photo would reach readers
 * before its stories: an error on the line that names it. In a folder stories share, no folder
 * tells whose a photo is: one that a story held back shows and a single story out sooner shows too
 * (a slip, or a follow-up reusing its photo) is a warning on that story's line. A profile's
 * photos are held back the same way until its page is out (see unannouncedProfilePhotos).
 */
import { formatRelease } from '../lib/articleStatus.ts';
import { photoFolderOf } from '../lib/photoFolders.ts';
import type { Problem } from '../lib/problems.ts';
import type { PhotoUse } from './photoChecks.ts';

/** A story, and when readers first see it: `-Infinity` now, a draft's `Infinity`, else its release. */
export interface StoryOut {
  file: string;
  out: number;
}

/** A folder whose photos are its stories' alone, and the soonest of them out. */
interface HeldFolder {
  folder: string;
  /** Every markdown file in it or below it, and a story whose photo folder it is. */
  owners: Set<string>;
  first: StoryOut;
}

/**
 * Every photo use of `uses` that shows a photo of stories all out later than the story that
 * shows it, as errors; `markdownFiles` are every markdown file of the content (whose folders
 * they are), `exists` whether a photo is there (one that is not is told so already), `timeZone`
 * the site's, for the release a message names.
 */
export function heldBackPhotoProblems(
  uses: readonly PhotoUse[],
  stories: readonly StoryOut[],
  markdownFiles: readonly string[],
  timeZone: string,
  exists: (key: string) => boolean = () => true,
): Problem[] {
  const outOf = new Map(stories.map((story) => [story.file, story.out]));
  // Every story's photo folder, out or not: `storm.md`'s `storm/` is its own, drafts in it or not.
  const namedFor = new Map<string, string[]>();
  for (const story of stories) {
    const folder = photoFolderOf(story.file);
    if (folder) namedFor.set(folder, [...(namedFor.get(folder) ?? []), story.file]);
  }
  const folders = new Map<string, HeldFolder>();
  for (const story of stories) {
    if (story.out === -Infinity) continue;
    for (const folder of [
      story.file.slice(0, story.file.lastIndexOf('/')),
      photoFolderOf(story.file),
    ]) {
      if (!folder || folders.has(folder)) continue;
      const owners = new Set(markdownFiles.filter((file) => file.startsWith(`${folder}/`)));
      for (const file of namedFor.get(folder) ?? []) owners.add(file);
      const outs = [...owners].map((file) => ({ file, out: outOf.get(file) ?? -Infinity }));
      const first = outs.reduce((soonest, next) => (next.out < soonest.out ? next : soonest));
      folders.set(folder, { folder, owners, first });
    }
  }
  const held = [...folders.values()].filter(({ first }) => first.out > -Infinity);
  const shownBy = showersOf(uses, outOf);
  return uses.flatMap((use): Problem[] => {
    const out = outOf.get(use.file);
    // A profile's page comes with its stories; a draft's own photos are no slip.
    if (use.owner !== 'article' || out === undefined || out === Infinity || !exists(use.key)) {
      return [];
    }
    const when = out === -Infinity ? 'now' : 'at its release';
    const folder = held.find(
      ({ folder, owners, first }) =>
        first.out > out && !owners.has(use.file) && use.key.startsWith(`${folder}/`),
    );
    // Named by a story of the folder that shows the photo, where one is out as soon as any; one
    // no story shows is told by the folder it is in.
    const shower =
      folder &&
      (shownBy.get(use.key) ?? []).find(
        (story) => folder.owners.has(story.file) && story.out === folder.first.out,
      );
    const owner = folder && (shower ?? folder.first);
    if (owner) {
      const whose = shower ? 'a photo of' : 'in the folder of';
      return [
        {
          file: use.file,
          line: use.line,
          field: use.field,
          message: `${use.shown} is ${whose} ${owner.file}, ${until(owner, timeZone)}: the build would publish it ${when}, before that story (put a copy beside this story to show it now, or wait until that story is out)`,
          severity: 'error',
        },
      ];
    }
    const later = sharedPhotoOfLater(use, out, shownBy.get(use.key) ?? [], stories);
    if (!later) return [];
    return [
      {
        file: use.file,
        line: use.line,
        field: use.field,
        message: `${use.shown} is shown by ${later.file} too, ${until(later, timeZone)}, and by no story out sooner: this story publishes it ${when}, before that one (if it is that story's photo, show another here; if that story reuses this one's, nothing needs changing)`,
        severity: 'warning',
      },
    ];
  });
}

/** How a message says when a story held back is out. */
const until = (story: StoryOut, timeZone: string) =>
  story.out === Infinity ? 'a draft' : `held back until ${formatRelease(story.out, timeZone)}`;

/** Each photo's showers, as stories and when each is out (a profile's as out now: its page is). */
function showersOf(
  uses: readonly PhotoUse[],
  outOf: ReadonlyMap<string, number>,
): Map<string, StoryOut[]> {
  const shownBy = new Map<string, StoryOut[]>();
  for (const use of uses) {
    const out = use.owner === 'profile' ? -Infinity : outOf.get(use.file);
    if (out === undefined) continue;
    const showers = shownBy.get(use.key) ?? [];
    if (!showers.some((story) => story.file === use.file)) showers.push({ file: use.file, out });
    shownBy.set(use.key, showers);
  }
  return shownBy;
}

/**
 * The soonest story out later than `out` that shows the photo of `use`, where no other story out
 * by then shows it and it is in no story's own photo folder out by then: whose it is, only the
 * editors know.
 */
function sharedPhotoOfLater(
  use: PhotoUse,
  out: number,
  showers: readonly StoryOut[],
  stories: readonly StoryOut[],
): StoryOut | undefined {
  const others = showers.filter((story) => story.file !== use.file);
  if (others.some((story) => story.out <= out)) return undefined;
  const later = others.reduce<StoryOut | undefined>(
    (soonest, next) => (soonest === undefined || next.out < soonest.out ? next : soonest),
    undefined,
  );
  if (!later) return undefined;
  const ownedByOut = stories.some((story) => {
    const folder = story.out <= out ? photoFolderOf(story.file) : undefined;
    return folder !== undefined && use.key.startsWith(`${folder}/`);
  });
  return ownedByOut ? undefined : later;
}

/** A profile, and the stories whose bylines bring its page out. */
export interface ProfileOut {
  name: string;
  file: string;
}

/**
 * When each profile's page comes out, by name: with the soonest story whose byline names it
 * (`Infinity` while none is out, nor held back until a time).
 */
export function profilePagesOut(
  stories: readonly StoryOut[],
  bylines: readonly { file: string; authors: readonly string[] }[],
  profiles: readonly ProfileOut[],
): Map<string, number> {
  const outOf = new Map(stories.map((story) => [story.file, story.out]));
  const pageOut = new Map(profiles.map((profile) => [profile.name, Infinity]));
  for (const { file, authors } of bylines) {
    const out = outOf.get(file) ?? Infinity;
    for (const name of authors) {
      const soonest = pageOut.get(name);
      if (soonest !== undefined && out < soonest) pageOut.set(name, out);
    }
  }
  return pageOut;
}

/**
 * Every photo use of a story that shows a photo of a profile (its portrait, a photo of its bio)
 * whose page comes out later than the story: the page comes with the first story that names the
 * profile, so an unannounced hire's face would reach readers first. Errors, on the lines that
 * name them; `bylines` are each story's names, `exists` whether a photo is there (one that is not
 * is told so already).
 */
export function unannouncedProfilePhotos(
  uses: readonly PhotoUse[],
  stories: readonly StoryOut[],
  bylines: readonly { file: string; authors: readonly string[] }[],
  profiles: readonly ProfileOut[],
  timeZone: string,
  exists: (key: string) => boolean = () => true,
): Problem[] {
  const outOf = new Map(stories.map((story) => [story.file, story.out]));
  const pageOut = profilePagesOut(stories, bylines, profiles);
  const byFile = new Map(profiles.map((profile) => [profile.file, profile]));
  const profileOf = new Map<string, ProfileOut>();
  for (const use of uses) {
    const profile = use.owner === 'profile' ? byFile.get(use.file) : undefined;
    if (profile && !profileOf.has(use.key)) profileOf.set(use.key, profile);
  }
  return uses.flatMap((use): Problem[] => {
    const out = outOf.get(use.file);
    const profile = profileOf.get(use.key);
    if (use.owner !== 'article' || out === undefined || out === Infinity || !profile) return [];
    if (!exists(use.key)) return [];
    const page = pageOut.get(profile.name)!;
    if (page <= out) return [];
    const when = out === -Infinity ? 'now' : 'at its release';
    const first =
      page === Infinity
        ? 'none of whose stories is out (a draft, or named by no byline)'
        : `whose first story is held back until ${formatRelease(page, timeZone)}`;
    return [
      {
        file: use.file,
        line: use.line,
        field: use.field,
        message: `${use.shown} is a photo of the profile of ${profile.name} (${profile.file}), ${first}: their page comes with it, and the build would publish the photo ${when}, before them (put a copy beside this story to show it now, or wait until their first story is out)`,
        severity: 'error',
      },
    ];
  });
}
