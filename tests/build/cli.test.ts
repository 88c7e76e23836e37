import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
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
      "site.yaml:2 description: is not valid YAML at column 14: Nested mappings are not allowed in compact mappings (put the value in quotes: description: 'News: fast')",
    ],
    [
      'a wrong value',
      (text: string) => text.replace(/^articlesPerPage: .*$/m, 'articlesPerPage: 0'),
      'site.yaml:7 articlesPerPage: is not between 1 and 200 (e.g. articlesPerPage: 20)',
    ],
  ])('with %s fails check:content and the build with one line', (_name, breakIt, line) => {
    const folder = tempDir('settings');
    const file = join(folder, 'site.yaml');
    writeFileSync(file, breakIt(readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')));
    const expected = `${relative(ROOT, folder)}/${line}`;
    const check = cli('check-content', [], { DATELINE_SETTINGS: file });
    expect(check.status).toBe(1);
    expect(`${check.stdout}${check.stderr}`.trim()).toBe(expected);
    const build = astroBuild({ DATELINE_SETTINGS: file, DATELINE_OUT_DIR: join(folder, 'dist') });
    expect(build.status).toBe(1);
    expect(build.output.trim()).toBe(expected);
  });
});

describe('npm run import', () => {
  it('round-trips the seed: import into an empty folder, build, every paragraph verbatim', () => {
    const content = tempDir('import');
    const imported = cli(
      'import',
      ['tests/fixtures/seed/000_8a1b5a0368478039.txt', '--into', content],
      { DATELINE_CONTENT: content },
    );
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('imported 1, skipped 0, failed 0 of 1 file in');
    expect(imported.stdout).toContain('review the 1 derived headline (or import with --draft');
    const [file] = readdirSync(content);
    expect(file).toMatch(/\.md$/);

    const out = tempDir('import-dist');
    const build = astroBuild({ DATELINE_CONTENT: content, DATELINE_OUT_DIR: out });
    expect(build.status, build.output).toBe(0);
    const page = listFiles(out).find((f) => f.startsWith('articles/'))!;
    const html = readBuilt(out, page).toString('utf8');
    const text = html.replace(/<[^>]+>/g, '');
    const { paragraphs } = readSeedStory();
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
    expect(html).toContain('<time datetime="2025-04-18">April 18, 2025</time>');
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
    expect(readdirSync(content)).toHaveLength(1);
  });

  it('creates the target folder, and marks stories as drafts on request', () => {
    const content = join(tempDir('import-new-folder'), 'nowhere', 'sub');
    const run = cli('import', ['tests/fixtures/seed', '--into', content, '--draft'], {
      DATELINE_CONTENT: content,
    });
    expect(run.status, run.stderr).toBe(0);
    const [file] = readdirSync(content);
    expect(readFileSync(join(content, file!), 'utf8')).toContain('\ndraft: true\n');
    expect(file).toBe(
      'the-us-will-withdraw-about-600-troops-from-syria-leaving-fewer-than-1000-to-work.md',
    );
  });

  it('reports a bad input file with its reason, imports the rest, and exits non-zero', () => {
    const content = tempDir('import-bad');
    const run = cli(
      'import',
      [
        'tests/fixtures/invalid/bad-date.md',
        'tests/fixtures/seed/000_8a1b5a0368478039.txt',
        '--into',
        content,
      ],
      { DATELINE_CONTENT: content },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'failed: tests/fixtures/invalid/bad-date.md: does not start with a "date YYYY-MM-DD" token',
    );
    expect(run.stdout).toContain('imported 1, skipped 0, failed 1 of 2 files');
    expect(readdirSync(content)).toHaveLength(1);
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
  });

  it('passes the shipped content', () => {
    const check = cli('check-content', []);
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(
      /checked \d+ files? in [\d.]+ s: ok; \d+ published, \d+ drafts?, \d+ scheduled/,
    );
  });
});

describe('npm run new', () => {
  it('creates a dated draft, prints its path, and refuses to overwrite', () => {
    const content = tempDir('new');
    const env = { DATELINE_CONTENT: content, DATELINE_NOW: '2025-04-18T23:30:00Z' };
    const first = cli('new', ['Storm closes the coast road'], env);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout.trim()).toMatch(/storm-closes-the-coast-road\.md$/);
    const markdown = readFileSync(join(content, 'storm-closes-the-coast-road.md'), 'utf8');
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
    expect(translated.stdout.trim()).toMatch(/storm-closes-the-coast-road-es\.md$/);
    expect(readFileSync(join(content, 'storm-closes-the-coast-road-es.md'), 'utf8')).toContain(
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
    expect(readFileSync(join(content, 'other-story.md'), 'utf8')).toContain('date: 2024-02-29');
    expect(cli('new', ['Bad date', '--date', '2025-02-30'], env).stderr).toContain(
      '--date "2025-02-30" is not a real date (use YYYY-MM-DD)',
    );
  });
});
