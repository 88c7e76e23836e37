import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cachePaths } from '../../src/build/caches.ts';
import { contentKey } from '../../src/build/publishedIndex.ts';
import { PHOTO_STORY_SLUG, writePhotoStory } from '../fixtures/photoStory.ts';
import { readSeedStory } from '../fixtures/seed.ts';
import {
  ROOT,
  astroBuild,
  deployerEnv,
  listFiles,
  readBuilt,
  temporaryFolders,
} from './astroBuild.ts';

const tempDir = temporaryFolders();

/** Runs one of the editor commands (`src/cli/<name>.ts`) as `npm run <name>` would. */
function cli(name: string, args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [`src/cli/${name}.ts`, ...args], {
    cwd: ROOT,
    env: deployerEnv(env),
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('a broken settings file', () => {
  // One line naming the file, line and field, from check:content and from the build alike: the
  // settings are read before anything else, so nothing else runs.
  it.each([
    [
      'a syntax error',
      (text: string) => text.replace(/^description: .*$/m, 'description: News: fast'),
      `site.yaml:2 description: has ": " in its value, which YAML reads as the start of another field (put the value in quotes: description: 'News: fast')`,
    ],
    [
      'a wrong value',
      (text: string) => text.replace(/^articlesPerPage: .*$/m, 'articlesPerPage: 0'),
      'site.yaml:7 articlesPerPage: is not between 1 and 200 (e.g. articlesPerPage: 20)',
    ],
  ])(
    'with %s fails check:content and the build with one line, and says so',
    (_name, breakIt, line) => {
      const folder = tempDir('settings');
      const file = join(folder, 'site.yaml');
      writeFileSync(file, breakIt(readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')));
      const expected = `${relative(ROOT, folder)}/${line}\nfix this first: the stories are checked once the settings can be read`;
      const check = cli('check-content', [], { DATELINE_SETTINGS: file });
      expect(check.status).toBe(1);
      expect(`${check.stdout}${check.stderr}`.trim()).toBe(expected);
      const build = astroBuild({ DATELINE_SETTINGS: file, DATELINE_OUT_DIR: join(folder, 'dist') });
      expect(build.status).toBe(1);
      expect(build.output.trim()).toBe(expected);
    },
  );
});

/** Imports wire files (name → text) from a folder of their own into an empty one, at `now`. */
function importCopy(name: string, files: Record<string, string>, now: string) {
  const wire = tempDir(`${name}-wire`);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(wire, file), text);
  const content = tempDir(name);
  const run = cli('import', [wire, '--into', content], {
    DATELINE_CONTENT: content,
    DATELINE_NOW: now,
  });
  return { wire, content, run };
}

describe('npm run import', () => {
  it('round-trips the seed: import into an empty folder, build, every paragraph verbatim', () => {
    const content = tempDir('import');
    const imported = cli(
      'import',
      ['tests/fixtures/seed/000_8a1b5a0368478039.txt', '--into', content, '--publish'],
      { DATELINE_CONTENT: content },
    );
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('imported 1 (published), skipped 0, failed 0 of 1 file in');
    expect(imported.stdout).toContain('review the 1 derived headline (marked above): each is');
    expect(imported.stdout).toMatch(
      /^wrote .*000_8a1b5a0368478039\.txt {2}\(headline derived: review it\)$/m,
    );
    // Filed by the story's day as the CMS files one: a folder of its own, for its photos.
    const [file] = listFiles(content);
    expect(file).toBe(
      '2025/04/the-us-will-withdraw-about-600-troops-from-syria/the-us-will-withdraw-about-600-troops-from-syria.md',
    );

    const out = tempDir('import-dist');
    const build = astroBuild({ DATELINE_CONTENT: content, DATELINE_OUT_DIR: out });
    expect(build.status, build.output).toBe(0);
    const page = listFiles(out).find((f) => f.startsWith('articles/'))!;
    const html = readBuilt(out, page).toString('utf8');
    const text = html.replace(/<[^>]+>/g, '');
    const { paragraphs } = readSeedStory();
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
    // The date's spaces are no-break spaces: a line never breaks inside it.
    expect(html).toContain('<time datetime="2025-04-18">April\u00a018,\u00a02025</time>');
    expect(html).toMatch(/<figcaption>This combination of photos/);

    // A second import never overwrites; it says so and goes on.
    const again = cli('import', ['tests/fixtures/seed', '--into', content], {
      DATELINE_CONTENT: content,
    });
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('has the same paragraphs: it was imported already');
    expect(again.stdout).toContain('imported 0, skipped 1, failed 0 of 1 file in');
    expect(readFileSync(join(content, file!), 'utf8')).toContain('date: 2025-04-18');

    // The same story under another headline is the same story: found by its paragraphs.
    const retitled = cli('import', ['tests/fixtures/seed', '--into', content, '--title', 'Other'], {
      DATELINE_CONTENT: content,
    });
    expect(retitled.stderr).toContain('has the same paragraphs: it was imported already');
    expect(listFiles(content)).toHaveLength(1);
  });

  it('creates the target folder, and imports stories as drafts', () => {
    const content = join(tempDir('import-new-folder'), 'nowhere', 'sub');
    const run = cli('import', ['tests/fixtures/seed', '--into', content], {
      DATELINE_CONTENT: content,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('imported 1 (1 draft), skipped 0, failed 0 of 1 file in');
    const [file] = listFiles(content);
    expect(readFileSync(join(content, file!), 'utf8')).toContain('\ndraft: true\n');
    expect(file).toMatch(/^2025\/04\/the-us-will-withdraw-about-600-troops-from-syria\//);
  });

  it('reports a bad input file with its reason, imports the rest, and exits non-zero', () => {
    const content = tempDir('import-bad');
    const run = cli(
      'import',
      [
        'tests/fixtures/invalid/bad-date.md',
        'tests/fixtures/seed/000_8a1b5a0368478039.txt',
        'tests/fixtures/wire/no-such-story.txt',
        '--into',
        content,
      ],
      { DATELINE_CONTENT: content },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'failed: tests/fixtures/invalid/bad-date.md: starts with front matter (---): it is an article already (copy it into a content folder as it is)',
    );
    expect(run.stderr).toContain(
      'failed: tests/fixtures/wire/no-such-story.txt: no such file (check the name and the folder)',
    );
    expect(run.stdout).toContain('imported 1 (1 draft), skipped 0, failed 2 of 3 files');
    expect(listFiles(content)).toHaveLength(1);
  });

  it("imports agency copy: its headline once, its date line or its dateline's day, its agency as source, the dateline out of the summary", () => {
    const content = tempDir('import-agency');
    const run = cli('import', ['tests/fixtures/wire', '--into', content], {
      DATELINE_CONTENT: content,
      DATELINE_NOW: '2025-06-01T23:30:00Z',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('imported 2 (2 drafts), skipped 0, failed 0 of 2 files in');
    expect(run.stdout).not.toContain('derived headline');
    const ap = readFileSync(
      join(
        content,
        '2025/04/storm-closes-coast-road-as-waves-top-sea-wall/storm-closes-coast-road-as-waves-top-sea-wall.md',
      ),
      'utf8',
    );
    expect(ap).toMatch(
      /^---\ntitle: Storm closes coast road as waves top sea wall\ndate: 2025-04-18\nsummary: The coast road was closed on Friday after waves broke over the sea wall, town officials said\.\nsource: AP\ndraft: true\n---\n\nHARBORVILLE, Maine \(AP\) — /,
    );
    expect(ap).not.toContain('Updated 4:12 PM');
    // No date line: the day its dateline names (`LONDON, April 18 (Reuters) -`), this year's.
    const reuters = readFileSync(
      join(
        content,
        '2025/04/port-authority-delays-harbour-dredging-by-a-year/port-authority-delays-harbour-dredging-by-a-year.md',
      ),
      'utf8',
    );
    expect(reuters).toContain('\ndate: 2025-04-18\n');
    expect(reuters).toContain('\nsource: Reuters\n');
    // The command says which story it dated so, and only that one.
    expect(run.stdout).toMatch(
      /port-authority-delays-harbour-dredging-by-a-year\.md {2}← \S+ {2}\(dated 2025-04-18 by its dateline, "April 18", which names no year: review it\)/,
    );
    expect(run.stdout.match(/by its dateline/g)).toHaveLength(1);
    // `--date` dates the story that gives none; a file's own date line still wins.
    const dated = tempDir('import-dated');
    cli('import', ['tests/fixtures/wire', '--into', dated, '--date', '2025-04-19', '--publish'], {
      DATELINE_CONTENT: dated,
    });
    const files = listFiles(dated).map((file) => readFileSync(join(dated, file), 'utf8'));
    expect(files.map((text) => /\ndate: (\S+)\n/.exec(text)?.[1]).sort()).toEqual([
      '2025-04-18',
      '2025-04-19',
    ]);
    expect(files.every((text) => !text.includes('draft: true'))).toBe(true);
  });

  it("dates copy with no date line by its dateline's day, in the latest year not ahead of today, else today", () => {
    const { content, run } = importCopy(
      'import-dateline',
      {
        'retail.txt':
          "LONDON, April 19 (Reuters) - British retail sales rose 0.4% in March, official data showed on Saturday, beating economists' forecasts of a fall.\n",
        'ferry.txt':
          'Ferry strike ends\n\nOSLO, 30 December (Reuters) - Ferry crews returned to work.\n',
        // No day anywhere: today, in the site's zone (UTC here), as `npm run new` dates.
        'talks.txt': 'Talks resume\n\nWASHINGTON (AP) — Talks resumed on Monday.\n',
      },
      '2026-01-05T12:00:00Z',
    );
    expect(run.status, run.stderr).toBe(0);
    const dates = listFiles(content)
      .map(
        (file) =>
          `${file.split('/').pop()} ${/\ndate: (\S+)\n/.exec(readFileSync(join(content, file), 'utf8'))?.[1]}`,
      )
      .sort();
    expect(dates).toEqual([
      'british-retail-sales-rose-0-4-in-march-official-data-showed-on-saturday.md 2025-04-19',
      'ferry-strike-ends.md 2025-12-30',
      'talks-resume.md 2026-01-05',
    ]);
    expect(run.stdout).toContain(
      '(headline derived; dated 2025-04-19 by its dateline, "April 19", which names no year: review it)',
    );
    expect(run.stdout).toContain(
      '(dated 2025-12-30 by its dateline, "30 December", which names no year: review it)',
    );
    expect(run.stdout).toMatch(
      /talks-resume\.md {2}← \S+ {2}\(no date line: dated today, 2026-01-05: review it\)/,
    );
    expect(run.stdout.match(/dated today/g)).toHaveLength(1);
  });

  it('refuses a date line that names no whole day unless --date gives the day', () => {
    const {
      wire,
      content,
      run: refused,
    } = importCopy(
      'import-vague',
      {
        'vague.txt':
          'Council rejects harbour plan\n\nYesterday\n\nLONDON (Reuters) - The council rejected the plan.\n',
      },
      '2025-06-01T12:00:00Z',
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      `failed: ${relative(ROOT, join(wire, 'vague.txt'))}: its date line, "Yesterday", names no whole calendar day (write the day with its year`,
    );
    expect(listFiles(content)).toEqual([]);
    // `--date` takes a day alone, and says so of what is no day.
    const word = cli('import', [wire, '--into', content, '--date', 'yesterday']);
    expect(word.stderr.trim()).toBe(
      'import: --date "yesterday" is not a date (give the day as YYYY-MM-DD, such as 2025-04-18)',
    );
    const given = cli('import', [wire, '--into', content, '--date', '2025-05-31'], {
      DATELINE_CONTENT: content,
      DATELINE_NOW: '2025-06-01T12:00:00Z',
    });
    expect(given.status, given.stderr).toBe(0);
    const [file] = listFiles(content);
    const text = readFileSync(join(content, file!), 'utf8');
    expect(text).toContain('\ndate: 2025-05-31\n');
    expect(text).not.toContain('Yesterday');
  });
});

describe('npm run build', () => {
  it('prints what an editor needs, not a line a page, unless asked with --pages', () => {
    const out = tempDir('build-dist');
    const env = {
      DATELINE_CONTENT: 'tests/fixtures/site',
      DATELINE_NOW: '2026-06-01T00:00:00Z',
      DATELINE_OUT_DIR: out,
      DATELINE_CACHE_DIR: tempDir('build-cache'),
    };
    const build = cli('build', [], env);
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).not.toMatch(/[├└]─ /);
    expect(build.stdout).toContain('  … one line a page, left out (npm run build -- --pages)');
    // The lines the bench and the tests read are still there.
    expect(build.stdout).toMatch(/social cards: \d+ drawn/);
    expect(build.stdout).toMatch(/bodies: \d+ rendered, \d+ reused/);
    expect(build.stdout).toContain(
      [
        'Stories: 9 published, 1 draft, 1 scheduled (first release: 2026-06-02 00:00 UTC).',
        '  held back until 2026-06-02 00:00 UTC: tests/fixtures/site/embargoed.md',
        // The hostile story's script, handlers, javascript: link, iframe and style, removed from its
        // body, and the tags in its headline, summary and byline, printed as typed; the Arabic
        // story left in the site's English (dir="auto" keeps its direction).
        '9 warnings: check before publishing (each is above, marked [WARN]).',
        // The preview is told the folder the build was given, which it would not find alone.
        `The site is in ${out}/, 29 pages: upload that folder (DATELINE_OUT_DIR=${out} npm run preview serves it here; npm run build -- --pages lists every page).`,
        // content/site.yaml's url, as a fresh clone has it.
        "Its address is http://localhost:4321 (url: in content/site.yaml): its feeds, sitemaps and share links lead to this computer, not to your site. Before uploading, set url: to the site's address, or build with SITE_URL=https://…",
      ].join('\n'),
    );
    // A build from nothing, so every page is rendered and listed (Astro lists no page it reuses).
    const listed = cli('build', ['--pages'], {
      ...env,
      DATELINE_OUT_DIR: tempDir('build-pages-dist'),
      DATELINE_CACHE_DIR: tempDir('build-pages-cache'),
    });
    expect(listed.status, listed.stderr).toBe(0);
    // The last page of a group is drawn └─.
    // Colours (on under CI) may sit between the branch and the path.
    expect(listed.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(
      /[├└]─ \/articles\/tie-alpha\/index\.html/,
    );
  });

  it('says a failed build published nothing, exits as it does, and leaves the last site in place', () => {
    const out = tempDir('build-failed');
    const good = cli('build', [], {
      DATELINE_CONTENT: 'tests/fixtures/site',
      DATELINE_NOW: '2026-06-01T00:00:00Z',
      DATELINE_OUT_DIR: out,
      DATELINE_CACHE_DIR: tempDir('build-good-cache'),
    });
    expect(good.status, good.stderr).toBe(0);
    const site = listFiles(out).sort();
    const front = readFileSync(join(out, 'index.html'), 'utf8');
    // No cache of the build before (a CI cache missed), then a failed build after a failed
    // build: the output was emptied at the start, before the content was found wrong.
    const cache = tempDir('build-failed-cache');
    for (let run = 0; run < 2; run++) {
      const build = cli('build', [], {
        DATELINE_CONTENT: 'tests/fixtures/invalid',
        DATELINE_OUT_DIR: out,
        DATELINE_CACHE_DIR: cache,
      });
      expect(build.status).not.toBe(0);
      expect(build.stderr).toContain('4 errors in 2 files, 0 warnings');
      expect(build.stdout).toContain('The build failed: nothing was published');
      expect(listFiles(out).sort()).toEqual(site);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(front);
    }
  });
});

describe('npm run check:content', () => {
  it('prints the same problem lines as the build and exits 1, without building', () => {
    const env = { DATELINE_CONTENT: 'tests/fixtures/invalid' };
    const check = cli('check-content', [], env);
    expect(check.status).toBe(1);
    const lines = check.stdout.split('\n').filter((line) => line.startsWith('tests/fixtures/'));
    expect(lines).toHaveLength(4);
    const build = astroBuild({ ...env, DATELINE_OUT_DIR: tempDir('check-dist') });
    expect(build.status).not.toBe(0);
    for (const line of lines) expect(build.output).toContain(line);
    expect(build.output).not.toContain('Stack trace:');
    expect(check.stdout).toContain('4 errors in 2 files, 0 warnings');
    // What a build of these files would publish is nothing: the count is of the other files.
    expect(check.stdout).toMatch(
      /: fix the errors above \(a build stops at them\); the files without errors: \d+ published, /,
    );
  });

  it('counts a story whose body cannot be rendered among the files with errors, not as published', () => {
    const content = tempDir('check-render-error');
    writeFileSync(
      join(content, 'storm.md'),
      '---\ntitle: Storm closes the coast road\ndate: 2025-01-01\n---\n\nText.\n',
    );
    // Valid front matter, a body nested past what the pipeline renders.
    writeFileSync(
      join(content, 'deep.md'),
      `---\ntitle: Quotes within quotes\ndate: 2025-01-02\n---\n\n${'> '.repeat(150)}deep\n`,
    );
    const check = cli('check-content', [], { DATELINE_CONTENT: content });
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(
      /deep\.md:\d+ body: nests quotes, lists or elements 150 levels deep/,
    );
    expect(check.stdout).toContain('the files without errors: 1 published, 0 drafts, 0 scheduled');
  });

  it('stops at a story going out with nothing written, and reminds a draft of it', () => {
    const content = tempDir('check-empty-body');
    writeFileSync(
      join(content, 'storm.md'),
      '---\ntitle: Storm closes the coast road\ndate: 2025-01-01\n---\n\n<!-- to come -->\n',
    );
    writeFileSync(
      join(content, 'ferry.md'),
      '---\ntitle: Ferry sails again\ndate: 2025-01-01\ndraft: true\n---\n',
    );
    const check = cli('check-content', [], { DATELINE_CONTENT: content });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(
      'storm.md:4 body: is empty, so the story would go out as a headline on an empty page (write the story below the closing ---, or hold it back with draft: true)',
    );
    expect(check.stdout).toContain(
      'ferry.md:5 body: is empty (write the story below the closing ---)',
    );
    expect(check.stdout).toContain('1 error in 1 file, 1 warning');
  });

  it("lets a draft's errors stop nothing: each is a warning, and the stories are published", () => {
    const content = tempDir('check-draft-errors');
    const write = (name: string, text: string) => writeFileSync(join(content, name), text);
    write(
      'storm.md',
      '---\ntitle: Storm closes the coast road\ndate: 2025-01-01\naliases: [coast-road]\n---\n\nText.\n',
    );
    // An impossible date; a photo not uploaded yet; a slug that is the story's old URL.
    write(
      'budget.md',
      '---\ntitle: Budget zebrafish\ndate: 2025-13-01\ndraft: true\n---\n\nNotes.\n',
    );
    write(
      'photo.md',
      '---\ntitle: Quokka\ndate: 2025-01-02\ndraft: true\n---\n\n![A quokka](./quokka.jpg)\n\nQuokka notes.\n',
    );
    write(
      'coast-road.md',
      '---\ntitle: Pelican\ndate: 2025-01-02\ndraft: true\n---\n\nPelican notes.\n',
    );
    const check = cli('check-content', [], { DATELINE_CONTENT: content });
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(
      /warning: \S+budget\.md:3 date: .+; in a draft, so it stops no build \(fix it before the story is published\)/,
    );
    expect(check.stdout).toMatch(/warning: \S+photo\.md:7 body: .+quokka\.jpg.+; in a draft/);
    expect(check.stdout).toMatch(
      /warning: \S+coast-road\.md: slug: "coast-road" is an old URL of \S+storm\.md .+; in a draft/,
    );
    expect(check.stdout).toMatch(
      /: ok, 3 warnings: check before publishing; 1 published, 3 drafts,/,
    );
    // The build publishes the story, counts the drafts as the check does, and shows none of them.
    const out = tempDir('draft-errors-dist');
    const build = astroBuild({ DATELINE_CONTENT: content, DATELINE_OUT_DIR: out });
    expect(build.status, build.output).toBe(0);
    // Astro colours its log where it thinks a terminal reads it.
    const log = stripVTControlCharacters(build.output);
    expect(log).toContain('[dateline-articles] 1 published, 3 drafts, 0 scheduled');
    expect(log).toContain('3 warnings: check before publishing');
    const built = listFiles(out).map(
      (file) => [file, readBuilt(out, file).toString('latin1')] as const,
    );
    expect(built.some(([file]) => file.endsWith('articles/storm/index.html'))).toBe(true);
    for (const word of ['zebrafish', 'quokka', 'pelican']) {
      expect(
        built.filter(([file, text]) => `${file}\n${text}`.toLowerCase().includes(word)),
      ).toEqual([]);
    }
    // Without draft: true, the same file stops the build.
    write('budget.md', '---\ntitle: Budget zebrafish\ndate: 2025-13-01\n---\n\nNotes.\n');
    expect(cli('check-content', [], { DATELINE_CONTENT: content }).status).toBe(1);
  });

  it("warns of a URL the last build published that a renamed slug takes away, when the build's cache is here", () => {
    const content = tempDir('check-moved');
    const cacheDir = tempDir('check-moved-cache');
    writeFileSync(
      join(content, 'storm.md'),
      '---\ntitle: Storm closes the coast road\ndate: 2025-01-01\nslug: coast-road-closed\n---\n\nText.\n',
    );
    const env = { DATELINE_CONTENT: content, DATELINE_CACHE_DIR: cacheDir };
    const before = cli('check-content', [], env);
    expect(before.stdout).toContain('checked 1 file in');
    expect(before.stdout).not.toContain('warning');
    // What the last build published, as its loader wrote it.
    const index = cachePaths(cacheDir).published;
    mkdirSync(dirname(index), { recursive: true });
    const story = {
      slug: 'storm',
      file: `${relative(ROOT, content)}/storm.md`,
      url: '/articles/storm/',
      title: 'Storm closes the coast road',
      edition: '',
      aliases: [],
    };
    const last = { stories: [story], authors: [], photos: [] };
    // A build of other content folders says nothing of these.
    writeFileSync(index, JSON.stringify({ ...last, content: 'tests/fixtures/site' }));
    expect(cli('check-content', [], env).stdout).not.toContain('warning');
    writeFileSync(index, JSON.stringify({ ...last, content: contentKey(ROOT, [content]) }));
    const check = cli('check-content', [], env);
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toContain(
      `warning: ${story.file}:4 aliases: "/articles/storm/" was published by the last build and is gone: the story's slug is "coast-road-closed" now (add aliases: [storm] so links to the old URL still lead here)`,
    );
    expect(check.stdout).toMatch(
      /checked 1 file in [\d.]+ s: ok, 1 warning: check before publishing; 1 published/,
    );
  });

  it('tells the new file of two with one slug, not the story the last build published under it', () => {
    const content = tempDir('check-slug-kept');
    const cacheDir = tempDir('check-slug-kept-cache');
    mkdirSync(join(content, '2026/12'), { recursive: true });
    mkdirSync(join(content, '2026/01'), { recursive: true });
    // Published in December; a new story filed under January takes its file name.
    const story = '---\ntitle: Bus lanes open\ndate: 2026-12-01\n---\n\nText.\n';
    writeFileSync(join(content, '2026/12/bus-lanes.md'), story);
    writeFileSync(
      join(content, '2026/01/bus-lanes.md'),
      '---\ntitle: Bus lanes planned\ndate: 2026-01-10\n---\n\nText.\n',
    );
    const folder = relative(ROOT, content);
    const env = { DATELINE_CONTENT: content, DATELINE_CACHE_DIR: cacheDir };
    // Without the last build's index, the later file in the tree is told.
    expect(cli('check-content', [], env).stdout).toContain(
      `${folder}/2026/12/bus-lanes.md: slug: "bus-lanes" is also the slug of ${folder}/2026/01/bus-lanes.md`,
    );
    const index = cachePaths(cacheDir).published;
    mkdirSync(dirname(index), { recursive: true });
    const out = {
      slug: 'bus-lanes',
      file: `${folder}/2026/12/bus-lanes.md`,
      url: '/articles/bus-lanes/',
    };
    writeFileSync(
      index,
      JSON.stringify({
        stories: [out],
        authors: [],
        photos: [],
        content: contentKey(ROOT, [content]),
      }),
    );
    const check = cli('check-content', [], env);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(
      `${folder}/2026/01/bus-lanes.md: slug: "bus-lanes" is the slug of ${folder}/2026/12/bus-lanes.md, whose story is published at /articles/bus-lanes/ (give this story a slug of its own, such as slug: bus-lanes-2, or another file name)`,
    );
    expect(check.stdout).not.toContain(`${folder}/2026/12/bus-lanes.md: slug:`);
  });

  it('counts the author profiles it checked apart from the story files', () => {
    const content = tempDir('check-profiles');
    writeFileSync(
      join(content, 'storm.md'),
      '---\ntitle: Storm closes the coast road\ndate: 2025-01-01\nauthor: Ana Ruiz\n---\n\nText.\n',
    );
    mkdirSync(join(content, 'authors'));
    writeFileSync(
      join(content, 'authors', 'ana-ruiz.md'),
      '---\nname: Ana Ruiz\n---\n\nReports.\n',
    );
    const check = cli('check-content', [], { DATELINE_CONTENT: content });
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/checked 1 file and 1 profile in [\d.]+ s: ok; 1 published/);
  });

  it("keeps its readings of the photos in the build's cache, and reads them there next time", async () => {
    const content = tempDir('check-photos');
    const cacheDir = tempDir('check-photos-cache');
    await writePhotoStory(content);
    const env = { DATELINE_CONTENT: content, DATELINE_CACHE_DIR: cacheDir };
    expect(cli('check-content', [], env).status).toBe(0);
    const memo = cachePaths(cacheDir).photoInfo;
    const read = () =>
      (JSON.parse(readFileSync(memo, 'utf8')) as { entries: [string, unknown][] }).entries.map(
        ([key]) => key.split('/').pop(),
      );
    expect(read().sort()).toEqual(['harbour.jpg', 'sea-wall.jpg', 'small.jpg']);
    // A reading is trusted only while its file is unchanged: one cut short is read again.
    const wall = join(content, PHOTO_STORY_SLUG, 'sea-wall.jpg');
    writeFileSync(wall, readFileSync(wall).subarray(0, 2000));
    const check = cli('check-content', [], env);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/sea-wall\.jpg.*is cut short/);
  });

  it('lists the scheduled stories with their release times in the site zone, with --scheduled', () => {
    const env = { DATELINE_CONTENT: 'tests/fixtures/site', DATELINE_NOW: '2026-06-01T00:00:00Z' };
    const run = cli('check-content', ['--scheduled'], env);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      '\n  2026-06-02 00:00 UTC  tests/fixtures/site/embargoed.md  Test fixture: embargoed until the day after the pinned now\n',
    );
    // Without the list, each is said as the build says it, its title left out.
    const check = cli('check-content', [], env).stdout;
    expect(check).not.toContain('Test fixture: embargoed');
    expect(check).toContain(
      '\nheld back until 2026-06-02 00:00 UTC: tests/fixtures/site/embargoed.md\n',
    );
  });

  it('passes the shipped content', () => {
    const check = cli('check-content', []);
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(
      /checked \d+ files? in [\d.]+ s: ok; \d+ published, \d+ drafts?, \d+ scheduled/,
    );
  });
});

describe('npm run cms', () => {
  it('refuses a content folder outside the project, which its local backend cannot serve', () => {
    const run = cli('cms', [], { DATELINE_CONTENT: tempDir('cms') });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^cms: DATELINE_CONTENT=\/\S+ is outside this project \(.+\); the CMS edits files inside it only\./,
    );
    const typo = cli('cms', [], { DATELINE_CONTENT: 'contnet' });
    expect(typo.status).toBe(1);
    expect(typo.stderr).toMatch(/^cms: DATELINE_CONTENT=contnet does not exist in this project/);
  });
});

describe('npm run new', () => {
  it('creates a dated draft filed as the CMS files one, prints its path, and refuses to overwrite', () => {
    const content = tempDir('new');
    const env = { DATELINE_CONTENT: content, DATELINE_NOW: '2025-04-18T23:30:00Z' };
    const first = cli('new', ['Storm closes the coast road'], env);
    expect(first.status, first.stderr).toBe(0);
    const story = '2025/04/storm-closes-the-coast-road/storm-closes-the-coast-road.md';
    const [printed, next] = first.stdout.trim().split('\n');
    expect(printed!.endsWith(`${content.split('/').at(-1)}/${story}`)).toBe(true);
    expect(next).toBe(
      'A draft dated 2025-04-18: write the story in it (npm run dev shows it), then delete its draft: true line to publish it.',
    );
    const markdown = readFileSync(join(content, story), 'utf8');
    expect(markdown).toContain('title: Storm closes the coast road\ndate: 2025-04-18\n');
    expect(markdown).toContain('draft: true');

    const again = cli('new', ['Storm closes the coast road'], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      'already has slug "storm-closes-the-coast-road"; nothing was changed',
    );

    // A slug given in another file's front matter, in another content folder, is taken too.
    const other = tempDir('new-other');
    writeFileSync(
      join(other, 'whatever.md'),
      '---\ntitle: Earlier\ndate: 2025-01-01\nslug: flood-warning-issued\n---\n\nText.\n',
    );
    const taken = cli('new', ['Flood warning issued'], {
      ...env,
      DATELINE_CONTENT: `${content},${other}`,
    });
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('whatever.md already has slug "flood-warning-issued"');

    // A translation: its language and original in the front matter. A headline in a script
    // slugs cannot spell (Thai) gets a file name from the original's slug.
    const translated = cli(
      'new',
      ['พายุปิดถนนเลียบชายฝั่ง', '--lang', 'es', '--translation-of', 'storm-closes-the-coast-road'],
      env,
    );
    expect(translated.status, translated.stderr).toBe(0);
    const translation = '2025/04/storm-closes-the-coast-road-es/storm-closes-the-coast-road-es.md';
    expect(translated.stdout.split('\n')[0]).toMatch(/storm-closes-the-coast-road-es\.md$/);
    expect(readFileSync(join(content, translation), 'utf8')).toContain(
      'lang: es\ntranslationOf: storm-closes-the-coast-road\n',
    );
    const orphan = cli(
      'new',
      ['Tormenta', '--lang', 'es', '--translation-of', 'no-such-story'],
      env,
    );
    expect(orphan.status).toBe(1);
    expect(orphan.stderr).toContain(
      '--translation-of "no-such-story" is not the slug of any article',
    );
    const unknown = cli('new', ['Orage', '--lang', 'fr'], env);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('--lang "fr" is a language the site has no words for');

    const dated = cli('new', ['Other story', '--date', '2024-02-29'], env);
    expect(dated.status).toBe(0);
    // Filed by the day it is given.
    expect(readFileSync(join(content, '2024/02/other-story/other-story.md'), 'utf8')).toContain(
      'date: 2024-02-29',
    );
    expect(cli('new', ['Bad date', '--date', '2025-02-30'], env).stderr).toContain(
      '--date "2025-02-30" is not a real date (February 2025 has 28 days)',
    );

    // A headline slugs cannot spell, in a story of its own: the file name is given.
    const unnamed = cli('new', ['市议会通过预算'], env);
    expect(unnamed.status).toBe(1);
    expect(unnamed.stderr).toContain(
      'new: cannot make a file name from "市议会通过预算", which has no letter of a-z or digit (give one with --slug, in a-z, 0-9 and hyphens: npm run new -- "市议会通过预算" --slug city-budget-passes)',
    );
    const named = cli('new', ['市议会通过预算', '--slug', 'city-budget-passes'], env);
    expect(named.status, named.stderr).toBe(0);
    expect(
      readFileSync(join(content, '2025/04/city-budget-passes/city-budget-passes.md'), 'utf8'),
    ).toContain('title: 市议会通过预算\n');
    expect(cli('new', ['Budget', '--slug', 'City Budget'], env).stderr).toContain(
      'new: --slug "City Budget" is not a valid slug (use lowercase a-z, 0-9 and single hyphens, as in city-budget)',
    );
    expect(cli('new', ['Budget', '--slug', 'city-budget-passes'], env).stderr).toContain(
      'already has slug "city-budget-passes"; nothing was changed (choose another --slug)',
    );
    // An option without its value is one line with the usage, not a stack trace.
    const bare = cli('new', ['Budget', '--slug'], env);
    expect(bare.status).toBe(1);
    expect(bare.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^new: Option '--slug <value>' argument missing \(usage: npm run new -- /,
      ),
    ]);
  });
});
