/**
 * The files of the content folders: the markdown files of articles (the one walk of the tree,
 * in a stable order, with what was skipped that an editor should know of), and the profiles in
 * each folder's `authors/`.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../lib/problems.ts';
import { parseWireStory } from '../lib/wire.ts';
import { AUTHORS_FOLDER } from '../lib/urls.ts';

/** The markdown files of a content tree, and what was skipped there that an editor should know of. */
export interface FileList {
  /** Relative to the root, with forward slashes, in a stable order. */
  files: string[];
  problems: Problem[];
}

/** Endings of markdown or plain text saved under another name than `.md` (`story.md.txt`). */
const OTHER_TEXT = /(?:\.md)?\.(?:markdown|mdown|mkdn|mkd|mdwn|mdtxt|mdtext|mdx|txt|text)$/i;

/**
 * The `.md` name of a file that looks like markdown saved under another ending (`story.markdown`,
 * `story.md.txt` from an editor that adds its own), which the build does not read; else undefined.
 */
export function markdownName(fileName: string): string | undefined {
  if (fileName.toLowerCase().endsWith('.md') || !OTHER_TEXT.test(fileName)) return undefined;
  const stem = fileName.replace(OTHER_TEXT, '');
  return stem === '' ? undefined : `${stem}.md`;
}

/**
 * The warning for a file `markdownName` renames, read from `path`: what it is not read as, and
 * the name to give it. Plain text (`notes.txt`, not `story.md.txt`) is told only when it is a
 * story: front matter (markdown saved as text), or dated agency copy dropped in as it came,
 * which the import makes into one; notes kept beside the stories are left alone.
 */
async function unread(
  what: 'a story' | 'a profile',
  path: string,
  file: string,
  md: string,
): Promise<string | undefined> {
  const says = (fix: string) => `is not read as ${what}: only .md files are (${fix})`;
  if (!/(?<!\.md)\.te?xt$/i.test(file)) return says(`rename it ${md} if it is one`);
  const text = await readFile(path, 'utf8').catch(() => '');
  if (/^\uFEFF?---[ \t]*\r?\n/.test(text)) return says(`rename it ${md}`);
  if (what !== 'a story') return undefined;
  const wire = parseWireStory(text);
  if (!wire.ok || wire.story.date === undefined) return undefined;
  return says(`it reads as agency copy: import it with npm run import -- ${file}, then delete it`);
}

/**
 * The warning for a markdown file whose ending is not written `.md` (`story.MD`): the build
 * reads it, the CMS, which lists files by their exact ending, does not; or whose ending is
 * written twice (`story.md.md`, from a save dialog that adds its own), which the address made
 * from its name would keep as `-md`; else undefined.
 */
export function endingOtherwise(fileName: string): string | undefined {
  const twice = /(\.md)+\.md$/i.exec(fileName);
  if (twice && twice.index > 0) {
    const name = `${fileName.slice(0, twice.index)}.md`;
    return `ends "${twice[0]}": the address made from its name ends "-md" (rename it ${name})`;
  }
  if (fileName.endsWith('.md')) return undefined;
  return `ends "${fileName.slice(-3)}": the build reads it, but the CMS does not list it (rename it ${fileName.slice(0, -3)}.md)`;
}

/** Hugo's list page of a folder (a section's front page), from a site moved here. */
const HUGO_LIST_PAGE = '_index.md';

/** What the build says of a Hugo list page, which it does not read. */
const HUGO_LIST_PAGE_NOTE =
  "is Hugo's list page of its folder, which Dateline has no use for: it is not read (a folder's stories are listed by their topics and the archive; delete it, or rename it if it is a story)";

/**
 * Lists `*.md` files below each folder, relative to `root`. Dot-files and dot-folders are not
 * articles (macOS `._story.md`, `.git`), nor is the `authors/` folder of profiles. Symbolic links to files and folders are followed, each
 * folder read once: a link that loops back, or to a folder read already, is skipped with a warning.
 * A link that leads out of the content folders is an error, as for photos: what a build publishes
 * is what the content folders hold, never a file elsewhere on the machine that builds it.
 */
export async function listMarkdownFiles(root: string, dirs: readonly string[]): Promise<FileList> {
  const found = new Set<string>();
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const name = (path: string) => relative(root, path).split(sep).join('/');
  const warn = (path: string, message: string) =>
    problems.push({ file: name(path), message, severity: 'warning' });
  const realDirs = await realFolders(root, dirs);
  const within = (real: string) => inside(realDirs, real);
  const walk = async (dir: string, linked: boolean, top = false): Promise<void> => {
    const real = await realpath(dir);
    if (seen.has(real)) {
      if (linked) warn(dir, 'links to a folder that is read already (skipped)');
      return;
    }
    seen.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      // Author profiles live beside the articles, in their own folder: they are not articles.
      if (top && entry.name === AUTHORS_FOLDER) continue;
      const path = join(dir, entry.name);
      let [isDir, isFile] = [entry.isDirectory(), entry.isFile()];
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => undefined);
        if (!target) {
          warn(
            path,
            'is a link to nothing, or to itself (skipped: remove it or point it at an article)',
          );
          continue;
        }
        [isDir, isFile] = [target.isDirectory(), target.isFile()];
        const real = await realpath(path).catch(() => undefined);
        const story = isFile && entry.name.toLowerCase().endsWith('.md');
        if ((isDir || story) && (!real || !within(real))) {
          problems.push({
            file: name(path),
            message: isDir
              ? 'is a link to a folder outside the content folders, which is not published (copy its stories into the content folder, or name that folder among the content folders, in DATELINE_CONTENT)'
              : 'is a link to a file outside the content folders, which is not published (copy the story itself into the content folder, or name the folder it is in among the content folders, in DATELINE_CONTENT)',
            severity: 'error',
          });
          continue;
        }
      }
      if (isDir) await walk(path, entry.isSymbolicLink());
      else if (isFile && entry.name.toLowerCase() === HUGO_LIST_PAGE) {
        warn(path, HUGO_LIST_PAGE_NOTE);
      } else if (isFile && entry.name.toLowerCase().endsWith('.md')) {
        found.add(name(path));
        const why = endingOtherwise(entry.name);
        if (why) warn(path, why);
      } else if (isFile) {
        const md = markdownName(entry.name);
        const why = md && (await unread('a story', path, name(path), md));
        if (why) warn(path, why);
      }
    }
  };
  for (const dir of dirs) await walk(resolve(root, dir), false, true);
  return { files: [...found].sort(), problems };
}

/** The content folders with every link in their paths followed: where their files really are. */
async function realFolders(root: string, dirs: readonly string[]): Promise<string[]> {
  const real = await Promise.all(
    dirs.map((dir) => realpath(resolve(root, dir)).catch(() => undefined)),
  );
  return real.filter((dir): dir is string => dir !== undefined);
}

/** Whether a real path is in one of the real folders `dirs`. */
const inside = (dirs: readonly string[], real: string) =>
  dirs.some((dir) => real === dir || real.startsWith(dir + sep));

/** Lists the profile files (`<content folder>/authors/*.md`), relative to the root. */
export async function profileFiles(root: string, dirs: readonly string[]): Promise<FileList> {
  const files: string[] = [];
  const problems: Problem[] = [];
  const realDirs = await realFolders(root, dirs);
  for (const dir of dirs) {
    const folder = resolve(root, dir, AUTHORS_FOLDER);
    if (!existsSync(folder)) continue;
    for (const name of (await readdir(folder)).sort()) {
      if (name.startsWith('.')) continue;
      const file = relative(root, join(folder, name)).split(sep).join('/');
      if (name.toLowerCase().endsWith('.md')) {
        // As for stories: a profile that is a link out of the content folders is not read.
        const real = await realpath(join(folder, name)).catch(() => undefined);
        if (real && !inside(realDirs, real)) {
          problems.push({
            file,
            message:
              'is a link to a file outside the content folders, which is not published (copy the profile itself into the authors folder)',
            severity: 'error',
          });
          continue;
        }
        files.push(file);
        const why = endingOtherwise(name);
        if (why) problems.push({ file, message: why, severity: 'warning' });
      } else {
        const md = markdownName(name);
        const why = md && (await unread('a profile', join(folder, name), file, md));
        if (why) problems.push({ file, message: why, severity: 'warning' });
      }
    }
  }
  return { files, problems };
}
