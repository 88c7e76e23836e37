import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  copiedStories,
  versionWordsInSlugs,
  futureUpdates,
  missingLinkedFiles,
  publicPageAt,
  storiesInDraftFolders,
  unlikelyDates,
} from '../../src/content/checks.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import type { ValidArticle } from '../../src/content/validate.ts';

const NOW = Date.UTC(2026, 11, 4, 12);

/** A valid article with only what the check reads. */
const article = (date: string, draft = false): ValidArticle => ({
  file: `content/${date}.md`,
  fields: { title: 'T', date, draft } as ValidArticle['fields'],
  slug: 's',
  text: '',
  lang: 'en',
  dateLine: 3,
});

describe('storiesInDraftFolders', () => {
  /** A story at `file`, its `draft:` written only when given. */
  const at = (file: string, draft?: boolean): ValidArticle => ({
    ...article('2026-12-01'),
    file,
    fields: {
      title: 'T',
      date: '2026-12-01',
      ...(draft !== undefined && { draft }),
    } as ValidArticle['fields'],
  });

  it('tells a story in a drafts folder with no draft: at all, which is published', () => {
    expect(
      storiesInDraftFolders([
        at('content/drafts/port-deal.md'),
        at('content/desk/_Drafts/budget/budget.md'),
        at('content/drafts/held.md', true),
        at('content/drafts/meant.md', false),
        at('content/2026/drafts.md'),
        at('content/drafting-the-budget/budget.md'),
      ]).map(formatProblem),
    ).toEqual([
      'content/drafts/port-deal.md: is in a folder named drafts/, but a folder holds no story back: without draft: true in its front matter it is published (add draft: true to keep it a draft, or move it out of drafts/)',
      'content/desk/_Drafts/budget/budget.md: is in a folder named _Drafts/, but a folder holds no story back: without draft: true in its front matter it is published (add draft: true to keep it a draft, or move it out of _Drafts/)',
    ]);
  });
});

describe('unlikelyDates', () => {
  it('warns of a story dated more than a year ahead, on its date line', () => {
    expect(unlikelyDates([article('2062-12-04'), article('2028-01-10T09:00:00Z')], NOW)).toEqual([
      {
        file: 'content/2062-12-04.md',
        line: 3,
        field: 'date',
        message:
          '"2062-12-04" is 36 years ahead, so the story is held back until then (check the year)',
        severity: 'warning',
      },
      {
        file: 'content/2028-01-10T09:00:00Z.md',
        line: 3,
        field: 'date',
        message:
          '"2028-01-10T09:00:00Z" is more than a year ahead, so the story is held back until then (check the year)',
        severity: 'warning',
      },
    ]);
  });

  it('warns of a story dated more than a century ago, a year typed wrong', () => {
    expect(
      unlikelyDates(
        [article('1925-05-31'), article('0025-05-31'), article('1899-12-31T23:00:00-05:00')],
        NOW,
      ).map(formatProblem),
    ).toEqual([
      'content/1925-05-31.md:3 date: "1925-05-31" is 101 years ago, so the story is filed that far back, at the end of the archive (check the year)',
      'content/0025-05-31.md:3 date: "0025-05-31" is 2001 years ago, so the story is filed that far back, at the end of the archive (check the year)',
      'content/1899-12-31T23:00:00-05:00.md:3 date: "1899-12-31T23:00:00-05:00" is 127 years ago, so the story is filed that far back, at the end of the archive (check the year)',
    ]);
  });

  it('leaves an embargo within the year, a story already out, an old one within the century and a draft', () => {
    expect(
      unlikelyDates(
        [
          article('2027-12-01'),
          article('2025-01-01'),
          article('1927-01-01'),
          article('2090-01-01', true),
          article('1900-01-01', true),
        ],
        NOW,
      ),
    ).toEqual([]);
  });
});

describe('futureUpdates', () => {
  const updatedAt = (date: string, updated: string): ValidArticle => ({
    ...article(date),
    fields: { title: 'T', date, updated } as ValidArticle['fields'],
    updatedLine: 4,
  });

  it('refuses an update still to come on a story going out now, on its line', () => {
    expect(futureUpdates([updatedAt('2026-12-01', '2099-01-01')], NOW, 'UTC')).toEqual([
      {
        file: 'content/2026-12-01.md',
        line: 4,
        field: 'updated',
        message:
          '"2099-01-01" is in the future, and the story goes out now (date an update when it is made)',
        severity: 'error',
      },
    ]);
  });

  it('warns now of an update after a held-back story’s release: that build would stop at it', () => {
    expect(futureUpdates([updatedAt('2026-12-20', '2026-12-24')], NOW, 'UTC')).toEqual([
      {
        file: 'content/2026-12-20.md',
        line: 4,
        field: 'updated',
        message:
          '"2026-12-24" is after the story\'s release (2026-12-20), so the build that publishes it would stop here (date an update when it is made, or delete it until then)',
        severity: 'warning',
      },
    ]);
  });

  it('leaves an update made already or today, and one on a held-back story’s release day', () => {
    const stories = [
      updatedAt('2026-12-01', '2026-12-04T11:00:00Z'),
      updatedAt('2026-12-01', '2026-12-04'),
      updatedAt('2026-12-24', '2026-12-24'),
    ];
    expect(futureUpdates(stories, NOW, 'UTC')).toEqual([]);
    // The same day in UTC is the 5th already in Auckland, where the 4th's update is past.
    expect(futureUpdates([updatedAt('2026-12-01', '2026-12-05')], NOW, 'Pacific/Auckland')).toEqual(
      [],
    );
  });
});

describe('copiedStories', () => {
  const titled = (file: string, title: string, date: string, more: Partial<ValidArticle> = {}) =>
    ({
      file,
      fields: { title, date, draft: false },
      slug: file,
      text: '',
      lang: 'en',
      titleLine: 2,
      ...more,
    }) as ValidArticle;

  it('warns of a story with the headline of another on the same day, the later file told', () => {
    const problems = copiedStories(
      [
        titled('content/b.md', 'Storm closes the coast road', '2026-12-01T22:30:00Z'),
        titled('content/a.md', 'Storm  closes the coast road', '2026-12-01'),
      ],
      'Europe/London',
    );
    expect(problems).toEqual([
      {
        file: 'content/b.md',
        line: 2,
        field: 'title',
        message:
          'is the headline of content/a.md too, on the same day, so readers see the story twice (a copy? delete one of the two files, or give this story its own headline)',
        severity: 'warning',
      },
    ]);
  });

  it('tells the copy, not the story the last build published, whatever their names', () => {
    const problems = copiedStories(
      [
        titled('content/bus-lanes copy.md', 'Bus lanes open', '2026-12-01'),
        titled('content/bus-lanes.md', 'Bus lanes open', '2026-12-01'),
      ],
      'UTC',
      new Set(['content/bus-lanes.md']),
    );
    expect(problems.map((problem) => [problem.file, problem.message])).toEqual([
      [
        'content/bus-lanes copy.md',
        'is the headline of content/bus-lanes.md too, on the same day, so readers see the story twice (a copy? delete one of the two files, or give this story its own headline)',
      ],
    ]);
  });

  it('leaves alone the same headline on another day, in another language, or in a draft', () => {
    expect(
      copiedStories(
        [
          titled('content/a.md', 'Weather', '2026-12-01'),
          titled('content/b.md', 'Weather', '2026-12-02'),
          // 16:00 UTC on the 2nd is already the 3rd in Tokyo: another day there.
          titled('content/c.md', 'Weather', '2026-12-02T16:00:00Z'),
          titled('content/d.md', 'Weather', '2026-12-01', { lang: 'es' }),
          titled('content/e.md', 'Weather', '2026-12-01', {
            fields: { title: 'Weather', date: '2026-12-01', draft: true },
          } as Partial<ValidArticle>),
        ],
        'Asia/Tokyo',
      ),
    ).toEqual([]);
  });
});

describe('missingLinkedFiles', () => {
  /** A public/ folder holding `files/report.pdf` and `files/plan 2026.pdf`. */
  async function publicDir() {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-public-'));
    await mkdir(join(dir, 'files'));
    await writeFile(join(dir, 'files/report.pdf'), '%PDF');
    await writeFile(join(dir, 'files/plan 2026.pdf'), '%PDF');
    return dir;
  }
  const page = (hrefs: string[]) => ({
    filePath: 'content/x.md',
    links: hrefs.map((href, i) => ({ href, line: 7 + i })),
  });

  it('tells a link to a file that is not in public/, and lets through those that are', async () => {
    const dir = await publicDir();
    const links = [
      '/files/report.pdf',
      '/files/plan%202026.pdf#page=2',
      '/files/reprot.pdf',
      '/articles/harbour/',
      '/rss.xml',
      'https://example.com/x.pdf',
    ];
    expect(missingLinkedFiles([page(links)], dir).map(formatProblem)).toEqual([
      'content/x.md:9 body: the link "/files/reprot.pdf" leads to no file: /files/reprot.pdf is not in public/ (add it as public/files/reprot.pdf, or correct the path)',
    ]);
  });

  it('reads dot segments as a browser does: a file beside public/ is not in it', async () => {
    // A project whose public/ has a file beside it, as package.json is.
    const project = await mkdtemp(join(tmpdir(), 'dateline-project-'));
    const dir = join(project, 'public');
    await mkdir(join(dir, 'files'), { recursive: true });
    await writeFile(join(dir, 'files/report.pdf'), '%PDF');
    await writeFile(join(project, 'secret.pdf'), '%PDF');
    const links = ['/../secret.pdf', '/files/../files/report.pdf', '/%2e%2e/x.pdf'];
    expect(missingLinkedFiles([page(links)], dir).map(formatProblem)).toEqual([
      'content/x.md:7 body: the link "/../secret.pdf" leads to no file: /secret.pdf is not in public/ (add it as public/secret.pdf, or correct the path)',
      'content/x.md:9 body: the link "/%2e%2e/x.pdf" leads to no file: /x.pdf is not in public/ (add it as public/x.pdf, or correct the path)',
    ]);
  });

  it("leaves a link to a story's file to the site link check, which gives its page", async () => {
    const dir = await publicDir();
    const links = ['/content/harbour/harbour.md', '/content/gone.md'];
    const files = new Set(['content/harbour/harbour.md']);
    expect(missingLinkedFiles([page(links)], dir, '/', files).map(formatProblem)).toEqual([
      'content/x.md:8 body: the link "/content/gone.md" leads to no file: /content/gone.md is not in public/ (add it as public/content/gone.md, or correct the path)',
    ]);
  });

  it('tells a path copied with the base path to drop it', async () => {
    const dir = await publicDir();
    expect(
      missingLinkedFiles([page(['/news/files/report.pdf'])], dir, '/news/').map(formatProblem),
    ).toEqual([
      'content/x.md:7 body: the link "/news/files/report.pdf" leads to no file: /news/files/report.pdf is not in public/ (write it without the site\'s base path /news: /files/report.pdf)',
    ]);
  });
});

describe('publicPageAt', () => {
  it('finds a page of public/ as static hosts serve it: a folder index, an .html file, the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-public-'));
    await mkdir(join(dir, 'about'));
    await writeFile(join(dir, 'about/index.html'), '<p>About</p>');
    await writeFile(join(dir, 'team.html'), '<p>Team</p>');
    await mkdir(join(dir, 'empty'));
    expect(
      ['/about/', '/about', '/team', '/team.html', '/team/'].map((path) => publicPageAt(dir, path)),
    ).toEqual([true, true, true, true, true]);
    expect(
      ['/empty/', '/nope/', '/../outside/', '/about/more/'].map((path) => publicPageAt(dir, path)),
    ).toEqual([false, false, false, false]);
  });
});

describe('versionWordsInSlugs', () => {
  const story = (file: string, slug: string, title: string, more: object = {}) =>
    ({ file, slug, fields: { title, date: '2026-12-01', ...more }, lang: 'en' }) as ValidArticle;

  it("tells a file's version word in an address made from its name, with an address that is free", () => {
    const problems = versionWordsInSlugs([
      story('content/Café Reopens (FINAL).md', 'cafe-reopens-final', 'Café reopens'),
      story('content/council-vote.md', 'council-vote', 'Council votes'),
      // A Finder copy beside the story: its address without "copy" is the other's.
      story('content/council-vote copy.md', 'council-vote-copy', 'Council votes again'),
      story('content/budget v2 copy.md', 'budget-v2-copy', 'Council votes'),
      // The headline's own word; a slug of its own; a draft.
      story('content/cup-final.md', 'cup-final', 'Cup final tonight'),
      story('content/x.md', 'vote-final', 'Vote', { slug: 'vote-final' }),
      story('content/wip.md', 'storm-wip', 'Storm', { draft: true }),
    ]);
    expect(problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
      'content/Café Reopens (FINAL).md: "cafe-reopens-final", made from the file name, holds "final", a word for the file\'s version, which readers see in the story\'s address (rename the file cafe-reopens.md, or write slug: cafe-reopens)',
      'content/council-vote copy.md: "council-vote-copy", made from the file name, holds "copy", a word for the file\'s version, which readers see in the story\'s address (council-vote is the address of content/council-vote.md: give this story its own, slug: council-votes-again)',
      'content/budget v2 copy.md: "budget-v2-copy", made from the file name, holds "v2", a word for the file\'s version, which readers see in the story\'s address (rename the file budget.md, or write slug: budget)',
    ]);
  });
});
