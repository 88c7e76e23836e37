import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  endingOtherwise,
  listMarkdownFiles,
  markdownName,
  profileFiles,
} from '../../src/content/contentFiles.ts';
import { formatProblem } from '../../src/lib/problems.ts';

describe('markdownName', () => {
  it('gives the .md name of markdown or text saved under another ending', () => {
    expect(markdownName('story.markdown')).toBe('story.md');
    expect(markdownName('story.md.txt')).toBe('story.md');
    expect(markdownName('Story.MDX')).toBe('Story.md');
    expect(markdownName('notes.txt')).toBe('notes.md');
  });

  it('leaves .md files, photos, documents and backups alone', () => {
    for (const name of ['story.md', 'STORY.MD', 'photo.jpg', 'report.pdf', 'story.md.bak', '.txt'])
      expect(markdownName(name)).toBeUndefined();
  });
});

describe('the content folder walk', () => {
  /** A content folder holding `files` (path to text), read from its parent as the build does. */
  const folder = async (files: Record<string, string>) => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-files-'));
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(root, 'content', path, '..'), { recursive: true });
      await writeFile(join(root, 'content', path), text);
    }
    return root;
  };

  it('reads .md stories, warns of a story or profile saved under another ending or a Hugo list page, and leaves notes alone', async () => {
    const root = await folder({
      '2025/harbour.md': '',
      '2025/_index.md': '---\ntitle: 2025\n---\n',
      '2025/vote.markdown': '',
      '2025/budget.md.txt': '',
      '2025/copy.txt':
        'Storm closes coast road\n\n2025-04-18\n\nDOVER (AP) — Waves topped the sea wall.\n',
      '2025/saved.txt': '---\ntitle: Saved as text\ndate: 2025-04-18\n---\n\nText.\n',
      '2025/notes.txt': 'Call the treasurer back on Monday.\n',
      '2025/harbour.jpg': '',
      'authors/ana-ruiz.md': '',
      'authors/sam-roe.txt': '---\nname: Sam Roe\n---\n',
      'authors/reading-list.txt': 'Books to read.\n',
    });
    const stories = await listMarkdownFiles(root, ['content']);
    expect(stories.files).toEqual(['content/2025/harbour.md']);
    expect(stories.problems.map(formatProblem)).toEqual([
      "content/2025/_index.md: is Hugo's list page of its folder, which Dateline has no use for: it is not read (a folder's stories are listed by their topics and the archive; delete it, or rename it if it is a story)",
      'content/2025/budget.md.txt: is not read as a story: only .md files are (rename it budget.md if it is one)',
      'content/2025/copy.txt: is not read as a story: only .md files are (it reads as agency copy: import it with npm run import -- content/2025/copy.txt, then delete it)',
      'content/2025/saved.txt: is not read as a story: only .md files are (rename it saved.md)',
      'content/2025/vote.markdown: is not read as a story: only .md files are (rename it vote.md if it is one)',
    ]);
    const profiles = await profileFiles(root, ['content']);
    expect(profiles.files).toEqual(['content/authors/ana-ruiz.md']);
    expect(profiles.problems.map(formatProblem)).toEqual([
      'content/authors/sam-roe.txt: is not read as a profile: only .md files are (rename it sam-roe.md)',
    ]);
  });
});

describe('listMarkdownFiles and links', () => {
  it('follows a link within the content folders, and refuses one that leads out of them', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-links-'));
    await mkdir(join(root, 'content', 'wire'), { recursive: true });
    await mkdir(join(root, 'elsewhere'));
    await writeFile(join(root, 'content', 'wire', 'storm.md'), '');
    await writeFile(join(root, 'elsewhere', 'secret.md'), '');
    // A story linked twice inside is read at both names; outside, neither file nor folder is.
    await symlink(
      join(root, 'content', 'wire', 'storm.md'),
      join(root, 'content', 'storm-again.md'),
    );
    await symlink(join(root, 'elsewhere', 'secret.md'), join(root, 'content', 'secret.md'));
    await symlink(join(root, 'elsewhere'), join(root, 'content', 'shared'));
    const { files, problems } = await listMarkdownFiles(root, ['content']);
    expect(files).toEqual(['content/storm-again.md', 'content/wire/storm.md']);
    expect(problems.map((problem) => `${problem.severity} ${formatProblem(problem)}`)).toEqual([
      'error content/secret.md: is a link to a file outside the content folders, which is not published (copy the story itself into the content folder, or name the folder it is in among the content folders, in DATELINE_CONTENT)',
      'error content/shared: is a link to a folder outside the content folders, which is not published (copy its stories into the content folder, or name that folder among the content folders, in DATELINE_CONTENT)',
    ]);
    await mkdir(join(root, 'content', 'authors'));
    await symlink(join(root, 'elsewhere', 'secret.md'), join(root, 'content', 'authors', 'x.md'));
    expect((await profileFiles(root, ['content'])).problems.map(formatProblem)).toEqual([
      'content/authors/x.md: is a link to a file outside the content folders, which is not published (copy the profile itself into the authors folder)',
    ]);
    // A folder named among the content folders is theirs: a link into it is followed.
    expect((await listMarkdownFiles(root, ['content', 'elsewhere'])).files).toContain(
      'content/secret.md',
    );
  });
});

describe('endingOtherwise', () => {
  it('tells a story whose ending is written twice, which its address would keep', () => {
    expect(endingOtherwise('harbour.md.md')).toBe(
      'ends ".md.md": the address made from its name ends "-md" (rename it harbour.md)',
    );
    expect(endingOtherwise('Harbour.MD.md')).toBe(
      'ends ".MD.md": the address made from its name ends "-md" (rename it Harbour.md)',
    );
    expect(endingOtherwise('harbour.md.md.md')).toContain('(rename it harbour.md)');
  });

  it('tells a story ending .MD, which the build reads and the CMS does not list', async () => {
    expect(endingOtherwise('Harbour.MD')).toBe(
      'ends ".MD": the build reads it, but the CMS does not list it (rename it Harbour.md)',
    );
    expect(endingOtherwise('harbour.md')).toBeUndefined();
    expect(endingOtherwise('.md.md')).toBeUndefined();
    const root = await mkdtemp(join(tmpdir(), 'dateline-files-'));
    await mkdir(join(root, 'content', 'authors'), { recursive: true });
    await writeFile(join(root, 'content', 'Harbour.Md'), '');
    await writeFile(join(root, 'content', 'authors', 'ana.MD'), '');
    const stories = await listMarkdownFiles(root, ['content']);
    expect(stories.files).toEqual(['content/Harbour.Md']);
    expect(stories.problems.map(formatProblem)).toEqual([
      'content/Harbour.Md: ends ".Md": the build reads it, but the CMS does not list it (rename it Harbour.md)',
    ]);
    expect((await profileFiles(root, ['content'])).problems.map(formatProblem)).toEqual([
      'content/authors/ana.MD: ends ".MD": the build reads it, but the CMS does not list it (rename it ana.md)',
    ]);
  });
});
