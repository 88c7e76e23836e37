/**
 * What goes with a story or profile deleted in the CMS: the photos in the folder it keeps them in
 * (the CMS files a story as 2026/05/storm/storm.md beside its photos, a profile's portrait in
 * authors/jane-doe/). Decap deletes the markdown file alone, and a story pulled for legal reasons
 * would leave its photos in the repository, out of the editor's sight.
 */
import { photoFolderOf } from '../lib/photoFolders.ts';

/**
 * The files to delete with the entry at `path`, of those `listed` in its photo folder: none when
 * the folder holds another markdown file (another story's, or one written by hand beside it),
 * and never a photo another story shows (`usedElsewhere`, written `./storm/sea.jpg` beside it).
 */
export function goingWith(
  path: string,
  listed: readonly string[],
  usedElsewhere: ReadonlySet<string> = new Set(),
): string[] {
  const folder = photoFolderOf(path);
  if (folder === undefined) return [];
  const inFolder = listed.filter(
    (file) => file !== path && file.slice(0, file.lastIndexOf('/')) === folder,
  );
  if (inFolder.some((file) => /\.md$/i.test(file))) return [];
  return inFolder.filter((file) => !usedElsewhere.has(file));
}
