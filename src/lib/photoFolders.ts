/**
 * The folder whose photos are one story's or profile's own: the CMS files a story as
 * 2026/05/storm/storm.md beside its photos, `npm run new` as storm/index.md, a profile's portrait
 * in authors/jane-doe/.
 */

/** The folder whose files are the entry at `path`'s own: its own folder, or one named as it beside it. */
export function photoFolderOf(path: string): string | undefined {
  const parts = path.split('/');
  const name = parts.at(-1) ?? '';
  if (!/\.md$/i.test(name) || parts.length < 2) return undefined;
  // A page bundle's `storm/index.md` keeps its photos in its own folder, as a story the CMS files does.
  if (/^_?index\.md$/i.test(name)) return parts.slice(0, -1).join('/');
  const stem = name.replace(/\.md$/i, '');
  return parts.at(-2) === stem
    ? parts.slice(0, -1).join('/')
    : [...parts.slice(0, -1), stem].join('/');
}
