import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawPhoto } from '../fixtures/photoStory.ts';
import { ROOT, astroBuild, listFiles, readBuilt, temporaryFolders } from './astroBuild.ts';

/**
 * The invariant behind incremental builds: after any sequence of edits, a build that reuses the
 * last build's cache (records, bodies, pages, search index) writes exactly the bytes a clean
 * build of the same project writes. Each case runs in a scratch copy of the project, so edits to
 * templates and settings never touch the real one.
 */

const TAGS = ['Politics', 'Weather', 'Courts', 'Harbour News'];
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

/** One article as the scratch project's content holds it. */
interface Story {
  file: string;
  slug: string | undefined;
  title: string;
  day: number;
  tags: string[];
  draft: boolean;
  body: string;
  /** Its `lang:`, when it is not in the site's language. */
  lang?: string | undefined;
  /** Its lead photo beside it, when it has one: the file name. */
  photo?: string | undefined;
  /** The slug of the story it translates. */
  translationOf?: string | undefined;
}

/** The languages stories are moved to or translated into. */
const LANGS = ['es', 'ar'];

/** An edit an editor, a deployer or a developer makes between two builds. */
type Edit =
  | { kind: 'add'; day: number; tags: number[]; draft: boolean; words: string }
  | { kind: 'title'; pick: number; words: string }
  | { kind: 'tags'; pick: number; tags: number[] }
  | { kind: 'body'; pick: number; words: string }
  | { kind: 'delete'; pick: number }
  | { kind: 'slug'; pick: number; words: string }
  | { kind: 'publish'; pick: number }
  | { kind: 'unpublish'; pick: number }
  | { kind: 'clock'; days: number }
  | { kind: 'siteUrl' }
  | { kind: 'settings'; perPage: number }
  | { kind: 'cardDays'; days: number }
  | { kind: 'template'; mark: number }
  | { kind: 'style'; spacing: number }
  | { kind: 'failedBuild'; pick: number }
  | { kind: 'language'; pick: number; lang: number }
  | { kind: 'translate'; pick: number; lang: number }
  | { kind: 'photo'; pick: number; hue: number }
  | { kind: 'imageService'; effort: number };

/** A scratch copy of the project, its content, its "now" and its two build folders. */
class Scratch {
  readonly dir: string;
  readonly stories = new Map<string, Story>();
  readonly cache: string;
  now = START + 40 * DAY;
  siteUrl = 'https://news.example.com';
  private serial = 0;

  constructor(dir: string) {
    this.dir = dir;
    this.cache = join(dir, '.incremental-cache');
    for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    }
    // The lockfile is part of every cache key; a copy keeps the scratch project's keys honest.
    cpSync(join(ROOT, 'package-lock.json'), join(dir, 'package-lock.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    mkdirSync(join(dir, 'content'));
    // The site's settings file, which the CMS edits; three to a page, so a few articles already
    // make paginated lists.
    cpSync(join(ROOT, 'content/site.yaml'), join(dir, 'content/site.yaml'));
    this.editFile('content/site.yaml', /articlesPerPage: \d+/, 'articlesPerPage: 3');
    for (let i = 0; i < 9; i++) {
      this.add({ day: i * 5, tags: [i % 4, (i * 3) % 4], draft: i === 4, words: `story ${i}` });
    }
  }

  /** Replaces `pattern` in a project file, failing loudly if the file no longer has it. */
  editFile(file: string, pattern: RegExp, replacement: string): void {
    const path = join(this.dir, file);
    const text = readFileSync(path, 'utf8');
    if (!pattern.test(text)) throw new Error(`${file} has no ${pattern}`);
    writeFileSync(path, text.replace(pattern, replacement));
  }

  add(edit: Omit<Extract<Edit, { kind: 'add' }>, 'kind'>): void {
    const n = this.serial++;
    this.write({
      file: `content/story-${n}.md`,
      slug: undefined,
      title: `Story ${n}: ${edit.words}`,
      day: edit.day,
      tags: [...new Set(edit.tags.map((t) => TAGS[t % TAGS.length]!))],
      draft: edit.draft,
      body: `First paragraph of story ${n}, ${edit.words}.\n\n## Details\n\nMore on ${edit.words}.`,
    });
  }

  write(story: Story): void {
    this.stories.set(story.file, story);
    const date = new Date(START + story.day * DAY).toISOString().slice(0, 10);
    const lines = [
      '---',
      `title: ${JSON.stringify(story.title)}`,
      `date: ${date}`,
      `tags: ${JSON.stringify(story.tags)}`,
      ...(story.slug ? [`slug: ${story.slug}`] : []),
      ...(story.draft ? ['draft: true'] : []),
      ...(story.lang ? [`lang: ${story.lang}`] : []),
      ...(story.photo ? ['image:', `  src: ./${story.photo}`, '  alt: A drawn test picture'] : []),
      ...(story.translationOf ? [`translationOf: ${story.translationOf}`] : []),
      '---',
      '',
      story.body,
      '',
    ];
    writeFileSync(join(this.dir, story.file), lines.join('\n'));
  }

  /** A story's slug: its own, or the one its file name gives. */
  slugOf(story: Story): string {
    return story.slug ?? story.file.replace(/^content\/|\.md$/g, '');
  }

  /** The stories that translate `story`. */
  translationsOf(story: Story): Story[] {
    return [...this.stories.values()].filter((other) => other.translationOf === this.slugOf(story));
  }

  /** The story an edit's `pick` lands on, when there is one. */
  pick(n: number): Story | undefined {
    const all = [...this.stories.values()];
    return all.length ? all[n % all.length] : undefined;
  }

  async apply(edit: Edit): Promise<void> {
    const story = 'pick' in edit ? this.pick(edit.pick) : undefined;
    switch (edit.kind) {
      case 'add':
        return this.add(edit);
      case 'title':
        if (story) this.write({ ...story, title: `${story.title} ${edit.words}` });
        return;
      case 'tags':
        if (story) this.write({ ...story, tags: [...new Set(edit.tags.map((t) => TAGS[t]!))] });
        return;
      case 'body':
        if (story) this.write({ ...story, body: `${story.body}\n\nUpdate: ${edit.words}.` });
        return;
      case 'delete':
        if (story && this.stories.size > 1) {
          // Its translations become stories of their own, as an editor would make them.
          for (const other of this.translationsOf(story)) {
            this.write({ ...other, translationOf: undefined });
          }
          rmSync(join(this.dir, story.file));
          this.stories.delete(story.file);
        }
        return;
      case 'slug':
        if (story) {
          const slug = `renamed-${edit.words.replace(/\W+/g, '-')}`;
          for (const other of this.translationsOf(story)) {
            this.write({ ...other, translationOf: slug });
          }
          this.write({ ...this.stories.get(story.file)!, slug });
        }
        return;
      case 'language':
        // A story moves to another edition (or back), when no translation ties it to its language.
        if (story && !story.translationOf && this.translationsOf(story).length === 0) {
          this.write({ ...story, lang: LANGS[edit.lang % (LANGS.length + 1)] });
        }
        return;
      case 'photo': {
        // A story gets a lead photo and one in its body, or one of them is drawn again in
        // another colour (an even hue redraws the lead, an odd one the body's): same file name,
        // new bytes. The pages and feeds that show it must show the new one.
        if (!story) return;
        const name = this.slugOf(story);
        const photo = story.photo ?? `${name}.jpg`;
        const body = `${name}-body.jpg`;
        const first = !story.photo;
        if (first || edit.hue % 2 === 0) {
          await drawPhoto(join(this.dir, 'content', photo), 640, 400, edit.hue);
        }
        if (first || edit.hue % 2 === 1) {
          await drawPhoto(join(this.dir, 'content', body), 480, 320, (edit.hue + 90) % 360);
        }
        const withBody = first ? `${story.body}\n\n![A drawn body picture](./${body})` : story.body;
        this.write({ ...story, photo, body: withBody });
        return;
      }
      case 'imageService':
        // How photos are encoded changes, not what is asked of them: the made ones must go.
        return this.editFile(
          'src/build/photoMaker.ts',
          /avif: \{ effort: \d+ \}/,
          `avif: { effort: ${edit.effort} }`,
        );
      case 'translate': {
        const lang = LANGS[edit.lang % LANGS.length]!;
        const taken = story && this.translationsOf(story).some((other) => other.lang === lang);
        if (!story || story.translationOf || story.lang === lang || taken) return;
        const n = this.serial++;
        this.write({
          ...story,
          file: `content/story-${n}.md`,
          slug: undefined,
          title: `Story ${n} (${lang}): ${story.title}`,
          lang,
          translationOf: this.slugOf(story),
        });
        return;
      }
      case 'publish':
        if (story) this.write({ ...story, draft: false });
        return;
      case 'unpublish':
        if (story) this.write({ ...story, draft: true });
        return;
      case 'clock':
        this.now += edit.days * DAY;
        return;
      case 'siteUrl':
        this.siteUrl = this.siteUrl.includes('example.com')
          ? 'https://other.example.org'
          : 'https://news.example.com';
        return;
      case 'settings':
        return this.editFile(
          'content/site.yaml',
          /articlesPerPage: \d+/,
          `articlesPerPage: ${edit.perPage}`,
        );
      case 'cardDays': {
        // Stories past these days are shared with the site's card, so moving the clock changes
        // the card of the stories it carries past them.
        const path = join(this.dir, 'content/site.yaml');
        const text = readFileSync(path, 'utf8').replace(/drawnCardDays: \d+\n/, '');
        writeFileSync(path, `${text}drawnCardDays: ${edit.days}\n`);
        return;
      }
      case 'template':
        return this.editFile(
          'src/components/Teaser.astro',
          /<article(?: data-edition="\d+")?\n/,
          `<article data-edition="${edit.mark}"\n`,
        );
      case 'style':
        // A style of listings only: pages that show no teaser keep theirs.
        return this.editFile(
          'src/components/Teaser.astro',
          /(\.is-river :global\(\.headline\) \{[^}]*line-height: )[\d.]+;/,
          `$11.3${edit.spacing};`,
        );
      case 'failedBuild': {
        // A build that fails while writing pages leaves some of them new; when the edit is then
        // undone, the next build must not trust those pages. Only a published story's page is
        // rendered, so only its template can fail.
        if (!story || story.draft || START + story.day * DAY > this.now) return;
        const view = 'src/components/ArticleView.astro';
        const template = readFileSync(join(this.dir, view), 'utf8');
        this.editFile(
          view,
          /\}\s*=\s*Astro\.props\.view;/,
          "$&\nif (article.title.includes('BOOM')) throw new Error('BOOM');",
        );
        this.write({ ...story, title: `${story.title} BOOM` });
        expect(() => this.build('incremental', false)).toThrow(/BOOM/);
        writeFileSync(join(this.dir, view), template);
        this.write(story);
        return;
      }
    }
  }

  /** Builds into `out`, reusing the scratch project's cache, or in a fresh one when `clean`. */
  build(out: string, clean: boolean): string {
    const run = astroBuild(
      {
        SITE_URL: this.siteUrl,
        DATELINE_OUT_DIR: join(this.dir, out),
        DATELINE_NOW: new Date(this.now).toISOString(),
        ...(!clean && { DATELINE_CACHE_DIR: this.cache }),
      },
      this.dir,
    );
    if (run.status !== 0) throw new Error(run.output);
    return run.output;
  }

  /** Builds incrementally and cleanly, and fails naming the first file that differs. */
  checkSameBytes(): void {
    this.build('incremental', false);
    this.build('clean', true);
    const [a, b] = [join(this.dir, 'incremental'), join(this.dir, 'clean')];
    const files = listFiles(b);
    expect(listFiles(a)).toEqual(files);
    for (const file of files) {
      expect(readBuilt(a, file).equals(readBuilt(b, file)), `${file} differs`).toBe(true);
    }
  }
}

const scratchDir = temporaryFolders();

describe('incremental builds', () => {
  it('write the bytes of a clean build after each kind of edit', async () => {
    const scratch = new Scratch(scratchDir('incremental'));
    scratch.checkSameBytes();
    // With nothing changed, no file of the last build is swept away (and then written again).
    expect(scratch.build('incremental', false)).not.toMatch(/no longer writes/);
    const edits: Edit[] = [
      { kind: 'add', day: 44, tags: [0, 2], draft: false, words: 'breaking news' },
      { kind: 'title', pick: 2, words: '(corrected)' },
      { kind: 'tags', pick: 3, tags: [1, 3] },
      { kind: 'delete', pick: 5 },
      { kind: 'slug', pick: 1, words: 'new name' },
      { kind: 'publish', pick: 4 },
      // Articles dated after "now" are held back; moving the clock publishes them.
      { kind: 'clock', days: 10 },
      { kind: 'siteUrl' },
      { kind: 'settings', perPage: 2 },
      { kind: 'cardDays', days: 20 },
      { kind: 'clock', days: 8 },
      { kind: 'template', mark: 1 },
      { kind: 'style', spacing: 3 },
      { kind: 'failedBuild', pick: 6 },
      // The first story in another language opens its edition: every page's header links to it.
      { kind: 'translate', pick: 0, lang: 0 },
      { kind: 'language', pick: 2, lang: 1 },
      { kind: 'slug', pick: 0, words: 'translated' },
      { kind: 'delete', pick: 0 },
      { kind: 'photo', pick: 3, hue: 200 },
      { kind: 'photo', pick: 3, hue: 21 },
      { kind: 'photo', pick: 3, hue: 20 },
      // A photo story goes back to draft and out again: its photos leave and come back.
      { kind: 'unpublish', pick: 3 },
      { kind: 'publish', pick: 3 },
      { kind: 'imageService', effort: 3 },
    ];
    for (const edit of edits) {
      await scratch.apply(edit);
      scratch.checkSameBytes();
    }
    // Two builds an edit, each a few seconds: longer than the build tests' usual limit.
  }, 900_000);

  it('write the bytes of a clean build after any generated sequence of edits', async () => {
    const pick = fc.nat({ max: 40 });
    const words = fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8}){0,2}$/);
    const tags = fc.array(fc.nat({ max: TAGS.length - 1 }), { minLength: 1, maxLength: 2 });
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        day: fc.nat({ max: 60 }),
        tags,
        draft: fc.boolean(),
        words,
      }),
      fc.record({ kind: fc.constant('title' as const), pick, words }),
      fc.record({ kind: fc.constant('tags' as const), pick, tags }),
      fc.record({ kind: fc.constant('body' as const), pick, words }),
      fc.record({ kind: fc.constant('delete' as const), pick }),
      fc.record({ kind: fc.constant('slug' as const), pick, words }),
      fc.record({ kind: fc.constant('publish' as const), pick }),
      fc.record({ kind: fc.constant('unpublish' as const), pick }),
      fc.record({ kind: fc.constant('clock' as const), days: fc.integer({ min: 1, max: 15 }) }),
      fc.record({ kind: fc.constant('siteUrl' as const) }),
      fc.record({
        kind: fc.constant('settings' as const),
        perPage: fc.integer({ min: 2, max: 4 }),
      }),
      fc.record({ kind: fc.constant('cardDays' as const), days: fc.nat({ max: 40 }) }),
      fc.record({ kind: fc.constant('template' as const), mark: fc.nat({ max: 99 }) }),
      fc.record({ kind: fc.constant('style' as const), spacing: fc.nat({ max: 9 }) }),
      fc.record({ kind: fc.constant('failedBuild' as const), pick }),
      fc.record({ kind: fc.constant('language' as const), pick, lang: fc.nat({ max: 2 }) }),
      fc.record({ kind: fc.constant('translate' as const), pick, lang: fc.nat({ max: 1 }) }),
      fc.record({ kind: fc.constant('photo' as const), pick, hue: fc.nat({ max: 359 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 2, maxLength: 4 }), async (sequence) => {
        const scratch = new Scratch(scratchDir('incremental-generated'));
        scratch.build('incremental', false);
        for (const step of sequence) {
          await scratch.apply(step);
          scratch.checkSameBytes();
        }
      }),
      // Every run is a few real builds: a handful of sequences, and no shrinking on failure
      // (the failing sequence is printed as it is).
      { numRuns: 3, endOnFailure: true },
    );
    // Three sequences of real builds: about 3 minutes alone, more beside other work.
  }, 600_000);

  it('render no body again when a package the pipeline does not run is upgraded', () => {
    const scratch = new Scratch(scratchDir('incremental-upgrade'));
    scratch.build('incremental', false);
    // What an upgrade of a test tool changes: its version in the lockfile, nothing the build runs.
    scratch.editFile(
      'package-lock.json',
      /("node_modules\/vitest": \{\s*"version": ")([^"]+)"/,
      '$1$2-upgraded"',
    );
    const output = scratch.build('incremental', false);
    expect(output).toContain(`bodies: 0 rendered, ${scratch.stories.size} reused`);
  });

  it('render no body again when a word of the site changes, and show the new word', () => {
    const scratch = new Scratch(scratchDir('incremental-words'));
    const first = /bodies: (\d+) rendered, 0 reused/.exec(scratch.build('incremental', false));
    expect(Number(first?.[1])).toBe(scratch.stories.size);
    scratch.editFile('src/lib/strings.ts', /home: 'Home',/, "home: 'Front page',");
    const output = scratch.build('incremental', false);
    expect(output).toContain(`bodies: 0 rendered, ${scratch.stories.size} reused`);
    expect(readFileSync(join(scratch.dir, 'incremental/index.html'), 'utf8')).toContain(
      '>Front page</a>',
    );
  });
});
