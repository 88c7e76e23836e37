import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/content/sync.ts';
import type { ParseSettings } from '../../src/content/validate.ts';
import { validateContent } from '../../src/content/validateTree.ts';
import { readBody } from '../../src/build/bodyStore.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const settings = { base: '/', timeZone: 'UTC' };
let root: string;

async function put(path: string, text: string) {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), text);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dateline-load-'));
  await put('content/a.md', '---\ntitle: A\ndate: 2025-01-01\n---\nA.\n');
  await put('content/world/deep/b.md', '---\ntitle: B\ndate: 2025-01-02\n---\nB.\n');
  await put('content/world/same.md', '---\ntitle: One\ndate: 2025-01-03\n---\nx\n');
  await put('content/other/same.md', '---\ntitle: Two\ndate: 2025-01-03\n---\nx\n');
  await put('content/broken.md', '---\ntitle: Broken\ndate: 2025-02-30\n---\nx\n');
  await put('content/notes.txt', 'not an article');
  await put('more/c.md', '---\ntitle: C\ndate: 2025-01-04\nslug: a\n---\nx\n');
});

describe('loadArticles', () => {
  it('reads nested folders, keeps folders out of URLs, and reports every problem at once', async () => {
    const { valid, problems, files } = await validateContent(root, ['content'], settings);
    expect(files).toEqual([
      'content/a.md',
      'content/broken.md',
      'content/other/same.md',
      'content/world/deep/b.md',
      'content/world/same.md',
    ]);
    expect(valid.map((a) => a.slug)).toEqual(['a', 'same', 'b']);
    expect(problems.map(formatProblem)).toEqual([
      'content/broken.md:3 date: "2025-02-30" is not a real date (February 2025 has 28 days)',
      'content/world/same.md: slug: "same" is also the slug of content/other/same.md (give one of them a slug of its own, or another file name)',
    ]);
  });

  it('reads several folders as one site, so slugs clash across them too', async () => {
    const { problems } = await validateContent(root, ['content', 'more'], settings);
    expect(problems.map(formatProblem)).toContain(
      'more/c.md:4 slug: "a" is also the slug of content/a.md (give one of them a slug of its own, or another file name)',
    );
  });

  it('tells the file that sets the slug, on its line, even when it sorts first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-slug-clash-'));
    await mkdir(join(dir, 'content'));
    await writeFile(
      join(dir, 'content/harbour.md'),
      '---\ntitle: Harbour\ndate: 2025-01-01\n---\nx\n',
    );
    // A new file, its name sorting before the story whose slug it takes.
    await writeFile(
      join(dir, 'content/a-copy.md'),
      '---\ntitle: Copy\ndate: 2025-01-02\nslug: harbour\n---\nx\n',
    );
    const { valid, problems } = await validateContent(dir, ['content'], settings);
    expect(problems.map(formatProblem)).toEqual([
      'content/a-copy.md:4 slug: "harbour" is also the slug of content/harbour.md (give one of them a slug of its own, or another file name)',
    ]);
    expect(valid.map((article) => article.file)).toEqual(['content/harbour.md']);
  });

  it('keeps a slug for the file the last build published under it, and tells the other', async () => {
    // content/world/same.md would be told, as the later file; content/other/same.md is new.
    const published = new Map([
      ['same', { file: 'content/world/same.md', url: '/articles/same/' }],
    ]);
    const { valid, problems } = await validateContent(root, ['content'], settings, { published });
    expect(problems.map(formatProblem)).toContain(
      'content/other/same.md: slug: "same" is the slug of content/world/same.md, whose story is published at /articles/same/ (give this story a slug of its own, such as slug: same-2, or another file name)',
    );
    expect(valid.map((a) => a.file)).toContain('content/world/same.md');
  });

  it('finds a slug taken by a file with errors in the same pass as its errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-slug-clash-errors-'));
    await mkdir(join(dir, 'content'));
    await writeFile(join(dir, 'content/storm.md'), '---\ntitle: Storm\ndate: 2025-02-30\n---\nx\n');
    await writeFile(
      join(dir, 'content/surge.md'),
      '---\ntitle: Surge\ndate: 2025-01-02\nslug: storm\n---\nx\n',
    );
    // A wrong slug is told once, as what it is, not as a clash.
    await writeFile(
      join(dir, 'content/tide.md'),
      '---\ntitle: Tide\ndate: 2025-01-02\nslug: [storm]\n---\nx\n',
    );
    const { valid, problems } = await validateContent(dir, ['content'], settings);
    expect(problems.map(formatProblem)).toEqual([
      'content/storm.md:3 date: "2025-02-30" is not a real date (February 2025 has 28 days)',
      'content/tide.md:4 slug: expected text, got a list (e.g. slug: us-troops-leave-syria)',
      'content/surge.md:4 slug: "storm" is also the slug of content/storm.md (give one of them a slug of its own, or another file name)',
    ]);
    expect(valid).toEqual([]);
  });

  it('renders records only when no file has an error', async () => {
    const bodiesDir = join(root, 'bodies');
    const broken = await loadArticles(root, ['content'], settings, { bodiesDir, threads: 1 });
    expect(broken.articles).toEqual([]);
    const clean = await loadArticles(root, ['content/world/deep'], settings, {
      bodiesDir,
      threads: 1,
    });
    expect(clean.problems).toEqual([]);
    expect(clean.articles.map((a) => [a.url, a.filePath])).toEqual([
      ['/articles/b/', 'content/world/deep/b.md'],
    ]);
    // The body went to the body store, not into the record.
    expect(readBody(bodiesDir, clean.articles[0]!.body).html).toBe('<p>B.</p>');
  });
});

describe('validateContent: moved stories, corrections and profiles', () => {
  it("refuses an alias that is a slug in use or another story's alias, naming both files", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-aliases-'));
    const write = async (path: string, text: string) => {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    };
    await write('content/a.md', '---\ntitle: A\ndate: 2025-01-01\naliases: [old-a, b]\n---\nA.\n');
    await write('content/b.md', '---\ntitle: B\ndate: 2025-01-01\naliases: [old-a]\n---\nB.\n');
    await write('content/c.md', '---\ntitle: C\ndate: 2025-01-01\naliases: [c]\n---\nC.\n');
    await write('content/authors/jane.md', '---\nname: Jane\n---\nNot an article.\n');
    const { problems, files } = await validateContent(dir, ['content'], settings);
    expect(files).toEqual(['content/a.md', 'content/b.md', 'content/c.md']);
    expect(problems.map(formatProblem)).toEqual([
      'content/a.md:4 aliases: "b" is the slug of content/b.md (an old URL can lead to one story only: remove it here or there)',
      'content/b.md:4 aliases: "old-a" is an alias of content/a.md (an old URL can lead to one story only: remove it here or there)',
      'content/c.md:4 aliases: "c" is this article\'s own slug, its URL now, so it is no old URL (remove it from aliases)',
    ]);
  });

  it("refuses a correction dated before the story, or after the build's now", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-corrections-'));
    await mkdir(join(dir, 'content'));
    await writeFile(
      join(dir, 'content/c.md'),
      '---\ntitle: C\ndate: 2025-01-10\ncorrections:\n  - date: 2025-01-09\n    text: Too early.\n  - date: 2025-03-01\n    text: Too late.\n---\nC.\n',
    );
    const { problems } = await validateContent(dir, ['content'], settings, {
      now: Date.UTC(2025, 1, 1),
    });
    expect(problems.map(formatProblem)).toEqual([
      'content/c.md:5 corrections, 1st entry, date: "2025-01-09" is before the story, dated 2025-01-10 (a correction comes after the story: date it 2025-01-10 or later)',
      'content/c.md:7 corrections, 2nd entry, date: "2025-03-01" is in the future (date a correction when it is made)',
    ]);
  });

  it('refuses a translation of a missing story, a second one in a language, and an unknown language, naming the files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-translations-'));
    const write = async (path: string, fields: string) => {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(
        join(dir, path),
        `---\ntitle: ${path}\ndate: 2025-01-01\n${fields}\n---\nText.\n`,
      );
    };
    await write('content/storm.md', 'lang: en');
    await write('content/es/tormenta.md', 'lang: es\ntranslationOf: storm');
    await write('content/es/tormenta-2.md', 'lang: es\ntranslationOf: storm');
    await write('content/es/huerfana.md', 'lang: es\ntranslationOf: no-such-story');
    await write('content/fr/orage.md', 'lang: fr\ntranslationOf: storm');
    const { problems } = await validateContent(dir, ['content'], settings);
    expect(problems.map(formatProblem)).toEqual([
      'content/fr/orage.md:4 lang: "fr" is a language the site has no words for (use one of en (English), es (Spanish), ar (Arabic); a developer adds a language in src/lib/strings.ts)',
      'content/es/huerfana.md:5 translationOf: "no-such-story" is not the slug of any article (name the original story\'s slug, as in its URL /articles/<slug>/; if the original was deleted, delete this translation too, or delete this line to publish it as a story of its own)',
      'content/es/tormenta.md:5 translationOf: content/es/tormenta-2.md is already the es translation of "storm" (keep one, or give this one another language)',
    ]);
  });
});

describe('loadArticles: a site big enough for render workers', () => {
  it('renders on workers while it reads, and publishes nothing of a file the checks across files refuse', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-pool-load-'));
    await mkdir(join(dir, 'content'));
    const bodiesDir = join(dir, 'bodies');
    for (let i = 0; i < 450; i++) {
      const name = `story-${String(i).padStart(3, '0')}`;
      await writeFile(
        join(dir, 'content', `${name}.md`),
        `---\ntitle: Story ${i}\ndate: 2025-01-01\n---\nText of ${name}.\n`,
      );
    }
    // As the content loader gives them: with its clock, a function no worker can be handed.
    const loaderSettings: ParseSettings = Object.assign(
      { clock: () => Date.UTC(2025, 0, 5) },
      settings,
    );
    const whole = await loadArticles(dir, ['content'], loaderSettings, { bodiesDir, threads: 2 });
    expect(whole.problems).toEqual([]);
    expect(whole.rendered).toBe(450);
    expect(whole.articles.map((article) => article.slug)).toEqual(
      Array.from({ length: 450 }, (_, i) => `story-${String(i).padStart(3, '0')}`),
    );
    expect(readBody(bodiesDir, whole.articles[449]!.body).html).toBe('<p>Text of story-449.</p>');
    // Valid on its own, so rendered as soon as read; its slug is taken, found once all are read.
    await writeFile(
      join(dir, 'content', 'twin.md'),
      '---\ntitle: Twin\ndate: 2025-01-01\nslug: story-007\n---\nThe twin.\n',
    );
    const clash = await loadArticles(dir, ['content'], settings, { bodiesDir, threads: 2 });
    expect(clash.problems.map(formatProblem)).toEqual([
      'content/twin.md:4 slug: "story-007" is also the slug of content/story-007.md (give one of them a slug of its own, or another file name)',
    ]);
    expect(clash.articles).toEqual([]);
    // The dev server shows the others, and not the twin.
    const preview = await loadArticles(dir, ['content'], settings, {
      bodiesDir,
      threads: 2,
      partial: true,
    });
    expect(preview.articles).toHaveLength(450);
    expect(preview.articles.find((article) => article.filePath === 'content/twin.md')).toBe(
      undefined,
    );
  }, 60_000);
});

describe('loadArticles: body images given as a site path', () => {
  it('refuses one that is not a file in public/, on its line, and passes one that is', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-site-images-'));
    await mkdir(join(dir, 'content'));
    await mkdir(join(dir, 'public/images'), { recursive: true });
    await writeFile(join(dir, 'public/images/there.png'), 'png');
    await writeFile(
      join(dir, 'content/chart.md'),
      '---\ntitle: Chart\ndate: 2025-01-01\n---\nText.\n\n<img src="/images/there.png" alt="There">\n\n![Missing chart](/images/missing-chart.png)\n',
    );
    const { articles, problems } = await loadArticles(dir, ['content'], settings, {
      bodiesDir: undefined,
      threads: 1,
    });
    expect(problems.map(formatProblem)).toEqual([
      'content/chart.md:9 body: ![…](/images/missing-chart.png) is not a file in public/, so the page would show a broken image (add it as public/images/missing-chart.png, correct the path, or put the photo beside the story: ![…](./missing-chart.png))',
    ]);
    expect(articles).toEqual([]);
    // Under a base path, a path copied from the live site is told to drop the base.
    await writeFile(
      join(dir, 'content/chart.md'),
      '---\ntitle: Chart\ndate: 2025-01-01\n---\nText.\n\n<img src="/news/images/there.png" alt="There">\n',
    );
    const based = await loadArticles(
      dir,
      ['content'],
      { ...settings, base: '/news/' },
      {
        bodiesDir: undefined,
        threads: 1,
      },
    );
    expect(based.problems.map(formatProblem)).toEqual([
      'content/chart.md:7 body: <img src="/news/images/there.png"> is not a file in public/, so the page would show a broken image (write it without the site\'s base path /news: <img src="/images/there.png">)',
    ]);
  });
});

describe('loadArticles: photos too small for other sites', () => {
  it('warns of a lead photo too small for a card or a crop, and still publishes the story', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-small-photos-'));
    await mkdir(join(dir, 'content'));
    const draw = (name: string, width: number, height: number) =>
      sharp({ create: { width, height, channels: 3, background: '#369' } })
        .jpeg()
        .toFile(join(dir, 'content', name));
    await draw('wide.jpg', 1600, 200);
    await draw('tiny.jpg', 300, 200);
    const story = (name: string, photo: string) =>
      writeFile(
        join(dir, 'content', `${name}.md`),
        `---\ntitle: ${name}\ndate: 2025-01-01\nimage:\n  src: ./${photo}\n  alt: A photo\n---\nText.\n`,
      );
    await story('wide', 'wide.jpg');
    await story('tiny', 'tiny.jpg');
    const { articles, problems } = await loadArticles(dir, ['content'], settings, {
      bodiesDir: undefined,
      threads: 1,
    });
    expect(articles.map((article) => article.slug).sort()).toEqual(['tiny', 'wide']);
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(problems.map(formatProblem)).toEqual([
      'content/tiny.md:5 image.src: "./tiny.jpg" is 300×200: too small for a link-preview card of at least 50,000 pixels, so the story is shared with a drawn card (use a photo at least 1200 pixels wide)',
      'content/wide.md:5 image.src: "./wide.jpg" is 1600×200: too small for the 1:1 crop search engines ask for (at least 50,000 pixels), left out (use a photo at least 1200 pixels wide)',
    ]);
  });
});

describe('loadArticles: every problem of a file at once', () => {
  it('checks the photos of a file whose date is impossible, lead and body alike', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-all-at-once-'));
    await mkdir(join(dir, 'content'));
    await mkdir(join(dir, 'public'));
    await writeFile(
      join(dir, 'content/storm.md'),
      '---\ntitle: Storm\ndate: 2025-02-30\nimage:\n  src: ./sea-wall.jpg\n  alt: The sea wall\n---\n\nText.\n\n![The harbour](./harbour.jpg)\n',
    );
    await writeFile(
      join(dir, 'content/flood.md'),
      '---\ntitle: Flood\ndate: 2025-02-01\nimage:\n  src: /images/gone.jpg\n  alt: Gone\n---\n\n![The river](./river.jpg)\n',
    );
    const { problems } = await loadArticles(dir, ['content'], settings, {
      bodiesDir: undefined,
      threads: 1,
    });
    expect(problems.map(formatProblem).sort()).toEqual([
      'content/flood.md:5 image.src: "/images/gone.jpg" is not a file in public/ (add it as public/images/gone.jpg, or correct the path)',
      'content/flood.md:9 body: ![…](./river.jpg) is not a file beside the article (add it as content/river.jpg, or correct the path)',
      'content/flood.md:9 body: has no paragraph of words to make a summary of, so search results, feeds and shared links show none (write one or two sentences in summary:)',
      'content/storm.md:11 body: ![…](./harbour.jpg) is not a file beside the article (add it as content/harbour.jpg, or correct the path)',
      'content/storm.md:3 date: "2025-02-30" is not a real date (February 2025 has 28 days)',
      'content/storm.md:5 image.src: "./sea-wall.jpg" is not a file beside the article (add it as content/sea-wall.jpg, or correct the path)',
    ]);
  });

  it('says a missing photo of a profile is not beside the profile, not beside an article', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-profile-photo-'));
    await mkdir(join(dir, 'content/authors/jane-doe'), { recursive: true });
    await mkdir(join(dir, 'public'));
    await sharp({ create: { width: 40, height: 30, channels: 3, background: '#369' } })
      .jpeg()
      .toFile(join(dir, 'content/authors/jane-doe/portrait.jpg'));
    await writeFile(
      join(dir, 'content/authors/jane-doe.md'),
      '---\nname: Jane Doe\nphoto:\n  src: ./jane-doe/portrit.jpg\n  alt: Jane Doe\n---\n\n![The desk](./desk.jpg)\n',
    );
    const { problems } = await loadArticles(dir, ['content'], settings, {
      bodiesDir: undefined,
      threads: 1,
    });
    // The profile is also in no byline: that warning is another test's.
    const photoProblems = problems.filter((problem) => problem.field !== 'name');
    expect(photoProblems.map(formatProblem).sort()).toEqual([
      'content/authors/jane-doe.md:4 photo.src: "./jane-doe/portrit.jpg" is not a file beside the profile (did you mean "./jane-doe/portrait.jpg"? or add it as content/authors/jane-doe/portrit.jpg)',
      'content/authors/jane-doe.md:8 body: ![…](./desk.jpg) is not a file beside the profile (add it as content/authors/desk.jpg, or correct the path)',
    ]);
  });

  it('names every body photo without alt text on its line, markdown and raw HTML alike', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-alt-'));
    await mkdir(join(dir, 'content'));
    for (const name of ['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg']) {
      await sharp({ create: { width: 40, height: 30, channels: 3, background: '#369' } })
        .jpeg()
        .toFile(join(dir, 'content', name));
    }
    await writeFile(
      join(dir, 'content/storm.md'),
      '---\ntitle: Storm\ndate: 2025-01-01\n---\n\n![](./a.jpg)\n![](./b.jpg)\n\n<img src="./c.jpg">\n\n<img src="./d.jpg" alt="">\n',
    );
    const { articles, problems } = await loadArticles(dir, ['content'], settings, {
      bodiesDir: undefined,
      threads: 1,
      partial: true,
    });
    expect(articles).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'content/storm.md:6 body: ![](./a.jpg) has no alt text (describe the picture: ![Waves over the sea wall](./a.jpg))',
      'content/storm.md:7 body: ![](./b.jpg) has no alt text (describe the picture: ![Waves over the sea wall](./b.jpg))',
      'content/storm.md:9 body: <img src="./c.jpg"> has no alt text (describe the picture: add alt="…", e.g. <img src="./c.jpg" alt="Waves over the sea wall">)',
      'content/storm.md:11 body: <img src="./d.jpg"> has no alt text (describe the picture: add alt="…", e.g. <img src="./d.jpg" alt="Waves over the sea wall">)',
      // Photos alone: no words for the summary either.
      'content/storm.md:6 body: has no paragraph of words to make a summary of, so search results, feeds and shared links show none (write one or two sentences in summary:)',
    ]);
  });

  it('warns of each element and address the sanitiser removes, and of pictures from other sites, and still publishes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-removed-'));
    await mkdir(join(dir, 'content'));
    await writeFile(
      join(dir, 'content/embed.md'),
      '---\ntitle: Embed\ndate: 2025-01-01\n---\n\nIntro.\n\n<iframe src="https://video.example/1"></iframe>\n\n<script>w()</script>\n\n[Vote](javascript:vote())\n\n![Pixel](https://other.site/x.gif)\n\n<iframe></iframe>\n<iframe></iframe>\n',
    );
    await writeFile(
      join(dir, 'content/clean.md'),
      '---\ntitle: Clean\ndate: 2025-01-02\n---\n\n<b>Bold</b> and [a link](https://x.example).\n',
    );
    const { articles, problems } = await loadArticles(dir, ['content'], settings, {
      bodiesDir: undefined,
      threads: 1,
    });
    expect(articles.map((article) => article.filePath)).toEqual([
      'content/clean.md',
      'content/embed.md',
    ]);
    expect(articles[0]).not.toHaveProperty('bodyNotes');
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
    const embed =
      '<iframe> is removed: embeds do not run on this site (link to the video instead: [Watch the video](https://…))';
    expect(problems.map(formatProblem)).toEqual([
      `content/embed.md:8 body: ${embed}`,
      'content/embed.md:10 body: <script> is removed: a story cannot run script or carry its own styles (link to where it runs instead: [See the live results](https://…))',
      "content/embed.md:12 body: the link's address is removed (javascript:…: only http:, https:, irc:, ircs:, mailto:, xmpp:, tel: and relative addresses are kept; link to a page instead, or remove the link)",
      "content/embed.md:14 body: ![…](https://other.site/x.gif) loads from another site on every reading (readers' browsers ask that site for it): put the photo beside the story instead (![…](./x.gif))",
      `content/embed.md:16 body: ${embed}`,
      `content/embed.md:17 body: ${embed}`,
    ]);
  });

  it('warns once a story of the styles and script handlers the sanitiser removes, counting the elements', async () => {
    const { write, load } = await tempContent('dateline-attributes-');
    await write(
      'pasted.md',
      '---\ntitle: Pasted\ndate: 2025-01-01\n---\n\n<p class="MsoNormal" style="color:red">Red.</p>\n\n<p style="margin:0" onclick="vote()" onmouseover="track()">Vote.</p>\n\n<span style="font-weight:bold">Bold</span> and <a href="https://x.example" onmouseover="track()">a link</a>.\n',
    );
    await write(
      'plain.md',
      '---\ntitle: Plain\ndate: 2025-01-02\n---\n\n<p class="lead" title="Kept">Kept.</p>\n',
    );
    const { articles, problems } = await load();
    expect(articles.map((article) => article.filePath)).toEqual([
      'content/pasted.md',
      'content/plain.md',
    ]);
    // Attributes that change nothing a reader would miss (class, title) go unsaid.
    expect(articles[1]).not.toHaveProperty('bodyNotes');
    expect(problems.map(formatProblem)).toEqual([
      `content/pasted.md:6 body: style="…" is removed from <p> and 2 more elements of this story: a story keeps the site's look and cannot carry its own styles (for emphasis write **bold** or *italics*)`,
      'content/pasted.md:8 body: onclick="…" is removed from <p> and 1 more element of this story: a story cannot run script (link to where it runs instead: [See the live results](https://…))',
    ]);
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
  });

  it('warns of a heading with no words and of footnotes that do not meet', async () => {
    const { write, load } = await tempContent('dateline-empty-heading-');
    await write(
      'heads.md',
      '---\ntitle: Heads\ndate: 2025-01-01\n---\n\nIntro.[^a]\n\n## \n\nText.\n\n[^b]: A note.\n\n####\n\n[Back up](#nowhere)\n',
    );
    const { articles, problems } = await load();
    expect(articles.map((article) => article.slug)).toEqual(['heads']);
    expect(problems.map(formatProblem)).toEqual([
      'content/heads.md:6 body: [^a] has no footnote, so it prints as typed (add one below the text: [^a]: The note., or delete the mark)',
      'content/heads.md:8 body: a heading with no words (## with nothing to read after it) is left out, or it would show a gap and a blank line in the contents (write the heading, or delete the line)',
      'content/heads.md:12 body: the footnote [^b]: is named by no mark in the text, so it is left out (put [^b] where it belongs, or delete the footnote)',
      'content/heads.md:14 body: a heading with no words (#### with nothing to read after it) is left out, or it would show a gap (write the heading, or delete the line)',
      'content/heads.md:16 body: the link "#nowhere" leads to nothing on the page: no heading or footnote of this story has that name, so a click goes nowhere (a heading "## Reaction" is linked as #reaction)',
    ]);
  });

  it('warns of a picture whose alt text is a file name, on its line, and publishes the story', async () => {
    const { write, load } = await tempContent('dateline-vague-alt-');
    await write(
      'alt.md',
      '---\ntitle: Alt\ndate: 2025-01-01\n---\n\nText.\n\n![IMG_0042.jpg](https://agency.example/a.jpg)\n',
    );
    const { articles, problems } = await load();
    expect(articles.map((article) => article.slug)).toEqual(['alt']);
    expect(problems.map(formatProblem)).toEqual([
      "content/alt.md:8 body: ![…](https://agency.example/a.jpg) loads from another site on every reading (readers' browsers ask that site for it): put the photo beside the story instead (![…](./a.jpg))",
      'content/alt.md:8 body: the alt text of https://agency.example/a.jpg, "IMG_0042.jpg", is a file name, which tells readers who cannot see the picture nothing (say what it shows: "Waves break over the sea wall")',
    ]);
  });

  it("warns of another site's address or an email written as a link without its scheme", async () => {
    const { write, load } = await tempContent('dateline-stray-address-');
    await write(
      'links.md',
      '---\ntitle: Links\ndate: 2025-01-01\n---\n\nSee [the agency](www.agency.example) and [its report](agency.org/report.pdf?x=1).\n\nWrite to [the desk](desk@news.example).\n\nLive at [the stream](live.agency.org:8080/now).\n',
    );
    const { articles, problems } = await load();
    expect(articles.map((article) => article.slug)).toEqual(['links']);
    expect(problems.map(formatProblem)).toEqual([
      'content/links.md:6 body: the link "www.agency.example" is read as a page below this story\'s own address, not as another site\'s address, so it leads nowhere (write it as https://www.agency.example)',
      'content/links.md:6 body: the link "agency.org/report.pdf?x=1" is read as a page below this story\'s own address, not as another site\'s address, so it leads nowhere (write it as https://agency.org/report.pdf?x=1)',
      'content/links.md:8 body: the link "desk@news.example" is read as a page below this story\'s own address, not as an email address, so it leads nowhere (write it as mailto:desk@news.example)',
      // With a port, the sanitiser takes "live.agency.org:" for a kind of address and drops it.
      'content/links.md:10 body: the link "live.agency.org:8080/now" is read as an address of an unknown kind, not as another site\'s address, and is removed (write it as https://live.agency.org:8080/now)',
    ]);
  });

  it('warns of a link to a story that is not published, and keeps every story', async () => {
    const { dir, write } = await tempContent('dateline-story-links-');
    await write(
      'harbour.md',
      '---\ntitle: Harbour\ndate: 2025-01-02\naliases: [old-harbour]\n---\n\nSee [the vote](../vote/), [the old one](/articles/old-harbour/), [the leak](https://news.example/articles/leak/) and [the vote again](/articles/vot/).\n',
    );
    await write('vote.md', '---\ntitle: Vote\ndate: 2025-01-01\n---\n\nVote.\n');
    await write('leak.md', '---\ntitle: Leak\ndate: 2025-01-01\ndraft: true\n---\n\nLeak.\n');
    const { articles, problems } = await loadArticles(dir, ['content'], settings, {
      bodiesDir: undefined,
      threads: 1,
      now: Date.UTC(2025, 0, 5),
      siteUrl: 'https://news.example',
    });
    // Warnings only: every record is there (the draft's too, held back later by its status).
    expect(articles.map((article) => article.slug).sort()).toEqual(['harbour', 'leak', 'vote']);
    expect(problems.map(formatProblem)).toEqual([
      'content/harbour.md:7 body: the link "https://news.example/articles/leak/" leads to content/leak.md, a draft, so readers find no page there (publish that story first, or remove the link)',
      'content/harbour.md:7 body: the link "/articles/vot/" leads to no story: no story has the slug "vot" (did you mean /articles/vote/? copy the address of the story\'s page, or remove the link)',
    ]);
  });

  it('refuses a story whose body hides its rest in an element never closed, and says where', async () => {
    const { write, load } = await tempContent('dateline-unclosed-');
    await write(
      'ferry.md',
      '---\ntitle: Ferry\ndate: 2025-01-02\n---\n\nThe ferry left.\n\n<noscript>\n\nThe rest of the story.\n',
    );
    const { articles, problems } = await load();
    expect(articles).toEqual([]);
    expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([
      'content/ferry.md:8 body: <noscript> is never closed, so readers do not see the rest of the story (close it with </noscript>, or delete it)',
    ]);
  });

  /** A small JPEG at `path` in the content folder of `dir`, its folder made. */
  const drawJpeg = async (dir: string, path: string) => {
    await mkdir(dirname(join(dir, 'content', path)), { recursive: true });
    await sharp({ create: { width: 40, height: 30, channels: 3, background: '#369' } })
      .jpeg()
      .toFile(join(dir, 'content', path));
  };

  /** What a sync on 5 January 2025 publishes, and its errors as the editor reads them. */
  const loadOn5January = async (dir: string) => {
    const { articles, problems } = await loadArticles(dir, ['content'], settings, {
      bodiesDir: undefined,
      threads: 1,
      now: Date.UTC(2025, 0, 5),
    });
    const errors = problems.filter((problem) => problem.severity === 'error');
    return { articles, errors: errors.map(formatProblem) };
  };

  it("refuses a published story that shows a draft's or an embargoed story's own photo", async () => {
    const { dir, write } = await tempContent('dateline-held-photos-');
    for (const photo of ['scoop/lead.jpg', 'embargo/wide.jpg']) await drawJpeg(dir, photo);
    await write(
      'pub.md',
      '---\ntitle: Pub\ndate: 2025-01-02\nimage:\n  src: ./embargo/wide.jpg\n  alt: The pier\n---\n\nPub.\n\n![The lead](./scoop/lead.jpg)\n',
    );
    await write(
      'scoop/index.md',
      '---\ntitle: Scoop\ndate: 2025-01-01\ndraft: true\n---\n\n![The lead](./lead.jpg)\n',
    );
    await write(
      'embargo/embargo.md',
      '---\ntitle: Embargo\ndate: 2025-02-01\n---\n\n![The pier](./wide.jpg)\n',
    );
    const { articles, errors } = await loadOn5January(dir);
    expect(articles).toEqual([]);
    expect(errors).toEqual([
      'content/pub.md:5 image.src: "./embargo/wide.jpg" is a photo of content/embargo/embargo.md, held back until 2025-02-01 00:00 UTC: the build would publish it now, before that story (put a copy beside this story to show it now, or wait until that story is out)',
      'content/pub.md:11 body: ![…](./scoop/lead.jpg) is a photo of content/scoop/index.md, a draft: the build would publish it now, before that story (put a copy beside this story to show it now, or wait until that story is out)',
    ]);
  });

  it("refuses a draft's or an embargoed story's photo in public/, which goes out now, and warns of one that tells its place", async () => {
    const { dir, write } = await tempContent('dateline-public-photos-');
    await mkdir(join(dir, 'public/images'), { recursive: true });
    const photo = (name: string, gps: boolean) =>
      sharp({ create: { width: 40, height: 30, channels: 3, background: '#369' } })
        .jpeg()
        .withExif(gps ? { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } } : {})
        .toFile(join(dir, 'public/images', name));
    await photo('scoop.jpg', false);
    await photo('pier.jpg', false);
    await photo('source.jpg', true);
    await photo('hire.jpg', false);
    await mkdir(join(dir, 'content/authors'));
    await write(
      'authors/new-hire.md',
      '---\nname: New Hire\nphoto:\n  src: /images/hire.jpg\n  alt: New Hire\n---\n\nJoins the desk.\n',
    );
    await write(
      'scoop.md',
      '---\ntitle: Scoop\ndate: 2025-01-01\ndraft: true\nauthor: New Hire\nimage:\n  src: /images/scoop.jpg\n  alt: The lead\n---\n\nScoop.\n',
    );
    await write(
      'embargo.md',
      '---\ntitle: Embargo\ndate: 2025-02-01\n---\n\nEmbargo.\n\n![The pier](/images/pier.jpg)\n',
    );
    await write(
      'pub.md',
      '---\ntitle: Pub\ndate: 2025-01-02\n---\n\nPub.\n\n![The house](/images/source.jpg)\n',
    );
    const { articles, problems } = await loadArticles(dir, ['content'], settings, {
      bodiesDir: undefined,
      threads: 1,
      now: Date.UTC(2025, 0, 5),
    });
    expect(articles).toEqual([]);
    const told = problems.filter((problem) => /public\/images/.test(problem.message));
    expect(told.map((problem) => [formatProblem(problem), problem.severity])).toEqual([
      [
        'content/scoop.md:7 image.src: "/images/scoop.jpg" is public/images/scoop.jpg, which the build publishes now, as it is, and this story is a draft: no page out shows it yet (move the photo out of public/ to beside the story and write ./scoop.jpg: it is published with the story)',
        'error',
      ],
      [
        'content/embargo.md:8 body: ![…](/images/pier.jpg) is public/images/pier.jpg, which the build publishes now, as it is, and this story is held back until 2025-02-01 00:00 UTC: no page out shows it yet (move the photo out of public/ to beside the story and write ./pier.jpg: it is published with the story)',
        'error',
      ],
      [
        "content/pub.md:8 body: ![…](/images/source.jpg) is public/images/source.jpg, which tells where it was taken (a GPS position in the file), and public/ is published as it is: readers could download the place (move the photo beside the story and write ./source.jpg: the build makes it without the camera's data)",
        'warning',
      ],
      [
        'content/authors/new-hire.md:4 photo.src: "/images/hire.jpg" is public/images/hire.jpg, which the build publishes now, as it is, and this profile\'s page is not out yet: none of its stories is out: no page out shows it yet (move the photo out of public/ to beside the profile and write ./hire.jpg: it is published with the profile\'s page)',
        'error',
      ],
    ]);
  });

  it("refuses a link beside a published story to an embargoed story's photo, or through a folder link", async () => {
    const { dir, write } = await tempContent('dateline-linked-photos-');
    await mkdir(join(dir, 'content/pub'), { recursive: true });
    for (const name of ['wide.jpg', 'close.jpg']) await drawJpeg(dir, `embargo/${name}`);
    await write(
      'embargo/embargo.md',
      '---\ntitle: Embargo\ndate: 2025-02-01\n---\n\n![The pier](./wide.jpg)\n\n![The quay](./close.jpg)\n',
    );
    await write(
      'pub/pub.md',
      '---\ntitle: Pub\ndate: 2025-01-02\nimage:\n  src: ./lead.jpg\n  alt: The pier\n---\n\nPub.\n\n![The quay](./held/close.jpg)\n',
    );
    await symlink('../embargo/wide.jpg', join(dir, 'content/pub/lead.jpg'));
    await symlink('../embargo', join(dir, 'content/pub/held'));
    const { articles, errors } = await loadOn5January(dir);
    expect(articles).toEqual([]);
    expect(errors).toEqual([
      'content/pub/pub.md:5 image.src: "./lead.jpg" (a link to content/embargo/wide.jpg) is a photo of content/embargo/embargo.md, held back until 2025-02-01 00:00 UTC: the build would publish it now, before that story (put a copy beside this story to show it now, or wait until that story is out)',
      'content/pub/pub.md:11 body: ![…](./held/close.jpg) (a link to content/embargo/close.jpg) is a photo of content/embargo/embargo.md, held back until 2025-02-01 00:00 UTC: the build would publish it now, before that story (put a copy beside this story to show it now, or wait until that story is out)',
    ]);
  });

  it('refuses a published story that shows the portrait of a profile whose stories are all drafts', async () => {
    const { dir, write } = await tempContent('dateline-hire-portrait-');
    for (const folder of ['hire', 'pub']) await mkdir(join(dir, 'content', folder));
    await drawJpeg(dir, 'authors/secret.jpg');
    await write(
      'authors/secret.md',
      '---\nname: Secretus Hireling\nphoto:\n  src: ./secret.jpg\n  alt: Secretus Hireling\n---\n\nJoins soon.\n',
    );
    await write(
      'hire/hire.md',
      '---\ntitle: Hire\ndate: 2025-01-01\nauthor: Secretus Hireling\ndraft: true\n---\n\nSoon.\n',
    );
    await write(
      'pub/pub.md',
      '---\ntitle: Pub\ndate: 2025-01-02\n---\n\nPub.\n\n![Traders on the floor](../authors/secret.jpg)\n',
    );
    const { articles, errors } = await loadOn5January(dir);
    expect(articles).toEqual([]);
    expect(errors).toEqual([
      'content/pub/pub.md:8 body: ![…](../authors/secret.jpg) is a photo of the profile of Secretus Hireling (content/authors/secret.md), none of whose stories is out (a draft, or named by no byline): their page comes with it, and the build would publish the photo now, before them (put a copy beside this story to show it now, or wait until their first story is out)',
    ]);
  });

  it('checks every correction against the clock, whatever is wrong with the ones before it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-corrections-'));
    await mkdir(join(dir, 'content'));
    await writeFile(
      join(dir, 'content/c.md'),
      '---\ntitle: C\ndate: 2025-01-10\ncorrections:\n  - date: 2025-01-09\n    text: ""\n  - date: 2025-02-30\n    text: Not a day.\n  - date: 2025-03-01\n    text: Too late.\n---\nC.\n',
    );
    const { problems } = await validateContent(dir, ['content'], settings, {
      now: Date.UTC(2025, 1, 1),
    });
    expect(problems.map(formatProblem)).toEqual([
      'content/c.md:6 corrections, 1st entry, text: is empty (say what was corrected)',
      'content/c.md:7 corrections, 2nd entry, date: "2025-02-30" is not a real date (February 2025 has 28 days)',
      'content/c.md:5 corrections, 1st entry, date: "2025-01-09" is before the story, dated 2025-01-10 (a correction comes after the story: date it 2025-01-10 or later)',
      'content/c.md:9 corrections, 3rd entry, date: "2025-03-01" is in the future (date a correction when it is made)',
    ]);
  });

  it('checks the aliases, translations and bylines of files with errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-all-at-once-'));
    const write = async (path: string, text: string) => {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    };
    // The original's date is wrong: its translation still names a story, and its byline still
    // cites a profile; its alias still clashes with another story's slug.
    await write(
      'content/storm.md',
      '---\ntitle: Storm\ndate: 2025-13-01\nauthor: Jane Doe\naliases: [flood]\n---\nText.\n',
    );
    await write('content/flood.md', '---\ntitle: Flood\ndate: 2025-01-01\n---\nText.\n');
    await write(
      'content/tormenta.md',
      '---\ntitle: Tormenta\ndate: nope\nlang: es\ntranslationOf: no-such-story\n---\nTexto.\n',
    );
    await write(
      'content/es/storm-es.md',
      '---\ntitle: T\ndate: 2025-01-01\nlang: es\ntranslationOf: storm\n---\nT.\n',
    );
    await write('content/authors/jane-doe.md', '---\nname: Jane Doe\n---\nBio.\n');
    const { problems } = await loadArticles(dir, ['content'], settings, {
      bodiesDir: undefined,
      threads: 1,
    });
    expect(problems.map(formatProblem).sort()).toEqual([
      'content/storm.md:3 date: "2025-13-01" is not a real date (there is no month 13: did you mean 2025-01-13?)',
      'content/storm.md:5 aliases: "flood" is the slug of content/flood.md (an old URL can lead to one story only: remove it here or there)',
      'content/tormenta.md:3 date: "nope" is not a date (use YYYY-MM-DD, or a date-time with Z or an offset such as 2025-04-18T09:30:00Z)',
      'content/tormenta.md:5 translationOf: "no-such-story" is not the slug of any article (name the original story\'s slug, as in its URL /articles/<slug>/; if the original was deleted, delete this translation too, or delete this line to publish it as a story of its own)',
    ]);
  });
});

/** A fresh project with an empty content/, a writer of files in it, and one load of it. */
async function tempContent(prefix: string) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await mkdir(join(dir, 'content'));
  const write = (name: string, text: string) => writeFile(join(dir, 'content', name), text);
  const load = () => loadArticles(dir, ['content'], settings, { bodiesDir: undefined, threads: 1 });
  return { dir, write, load };
}

describe('loadArticles: drafts with errors', () => {
  it("publishes every story while a draft has errors, telling the draft's as warnings", async () => {
    const { dir, write, load } = await tempContent('dateline-draft-errors-');
    await write('live.md', '---\ntitle: Live\ndate: 2025-01-01\naliases: [old-harbour]\n---\nx\n');
    // Reporters' drafts: an impossible date, photos not there yet, and the slug and the old URL
    // of a published story (each sorting first). The published story keeps both; the drafts are told.
    await mkdir(join(dir, 'content/desk'));
    await write(
      'desk/live.md',
      '---\ntitle: Draft\ndate: 2025-02-30\ndraft: true\nimage:\n  src: ./missing.jpg\n  alt: A photo\n---\nx\n',
    );
    await write(
      'b-draft.md',
      '---\ntitle: B\ndate: 2025-01-02\ndraft: true\naliases: [old-harbour]\n---\n![Harbour](./gone.jpg)\n\nx\n',
    );
    await write('old-harbour.md', '---\ntitle: C\ndate: 2025-01-02\ndraft: true\n---\nx\n');
    const result = await load();
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const drafts = result.problems.filter((p) => p.file !== 'content/live.md');
    expect(drafts.map((p) => p.field).sort()).toEqual([
      'aliases',
      'body',
      'date',
      'image.src',
      'slug',
      'slug',
    ]);
    for (const problem of drafts) {
      expect(problem.severity).toBe('warning');
      expect(problem.message).toMatch(/; in a draft, so it stops no build/);
    }
    expect(result.articles.map((a) => a.slug)).toEqual(['live']);
    // Published, the same file stops the build at the same problems.
    await write('b-draft.md', '---\ntitle: B\ndate: 2025-01-02\n---\n![Harbour](./gone.jpg)\n');
    const live = await load();
    expect(live.problems.filter((p) => p.severity === 'error').map((p) => p.file)).toEqual([
      'content/b-draft.md',
    ]);
    expect(live.articles).toEqual([]);
  });
});

describe('loadArticles: a draft whose front matter YAML cannot read', () => {
  it('reads draft: true (or yes) on a line of its own below or above a mistake, and stops only at draft: maybe', async () => {
    const { write, load } = await tempContent('dateline-draft-yaml-');
    await write('live.md', '---\ntitle: Live\ndate: 2025-01-01\n---\nx\n');
    // A summary wrapped onto a line with a colon, above the draft line; a quote never closed.
    await write(
      'wrapped.md',
      '---\ntitle: Storm\ndate: 2025-01-01\nsummary: Waves broke\n  on Friday: the road is shut\ndraft: true\n---\nx\n',
    );
    await write(
      'quote.md',
      '---\ntitle: "Storm closes\ndate: 2025-01-01\ndraft: true # not yet\n---\nx\n',
    );
    const result = await load();
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.problems.map(formatProblem)).toContain(
      'content/quote.md:2 title: opens a quote (") that is never closed, so YAML reads the lines below it into this value (end it with "); in a draft, so it stops no build (fix it before the story is published)',
    );
    expect(result.drafts).toEqual(['content/quote.md', 'content/wrapped.md']);
    expect(result.articles.map((a) => a.slug)).toEqual(['live']);
    await write('quote.md', '---\ntitle: "Storm closes\ndate: 2025-01-01\ndraft: yes\n---\nx\n');
    const yes = await load();
    expect(yes.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(yes.drafts).toEqual(['content/quote.md', 'content/wrapped.md']);
    await write('quote.md', '---\ntitle: "Storm closes\ndate: 2025-01-01\ndraft: maybe\n---\nx\n');
    const maybe = await load();
    // Both mistakes of the file, each on its line.
    expect(
      maybe.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.line, p.field]),
    ).toEqual([
      ['content/quote.md', 2, 'title'],
      ['content/quote.md', 4, 'draft'],
    ]);
  });
});
