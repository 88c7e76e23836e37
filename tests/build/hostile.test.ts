import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import {
  ROOT,
  astroBuild,
  deployerEnv,
  listFiles,
  readBuilt,
  temporaryFolders,
} from './astroBuild.ts';

/**
 * The hostile and careless files of tests/fixtures/hostile/: each either builds to a correct
 * page (pages/) or fails the build with an error naming that file (errors/).
 */
const tempDir = temporaryFolders();
const HOSTILE = 'tests/fixtures/hostile';

/** Parses XML strictly (well-formedness, characters XML forbids): throws on the first fault. */
function parseXmlStrictly(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

describe('hostile files that must build to correct pages', () => {
  // The fixtures, plus what git cannot hold well: links, a loop and a long Chinese story.
  const content = tempDir('hostile-content');
  cpSync(join(ROOT, HOSTILE, 'pages'), content, { recursive: true });
  // A link is followed within the content folder (a dot-folder is not read on its own); one
  // that leads out of it is refused (tests/unit/contentFiles.test.ts).
  const kept = join(content, '.kept');
  mkdirSync(kept);
  writeFileSync(
    join(kept, 'linked.md'),
    "---\ntitle: 'Hostile fixture: an article reached through a link'\ndate: 2025-03-03\n---\n\nLinked body.\n",
  );
  symlinkSync(join(kept, 'linked.md'), join(content, 'linked-story.md'));
  mkdirSync(join(content, 'nested'));
  symlinkSync(content, join(content, 'nested', 'loop'));
  symlinkSync(join(kept, 'gone.md'), join(content, 'dangling.md'));
  const chinese = '中国政府今天宣布了新的经济政策以促进国内消费和就业。'.repeat(108);
  writeFileSync(
    join(content, 'chinese.md'),
    `---\ntitle: 'Hostile fixture: 2,800 characters of Chinese'\ndate: 2025-03-03\n---\n\n${chinese}\n`,
  );

  const out = tempDir('hostile-dist');
  const run = astroBuild({
    DATELINE_CONTENT: content,
    DATELINE_OUT_DIR: out,
    DATELINE_NOW: '2026-06-01T00:00:00Z',
    SITE_URL: 'https://news.example',
    BASE_PATH: '/news/',
    DATELINE_SECTIONS: 'Econmy,Elections',
  });
  // The site is in its base folder of the upload.
  const site = join(out, 'news');
  const page = (slug: string) => readBuilt(site, `articles/${slug}/index.html`).toString('utf8');
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ');

  it('builds, warning of the links it skipped, and never reads a dot-file', () => {
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('links to a folder that is read already (skipped)');
    expect(run.output).toContain('dangling.md: is a link to nothing');
    expect(run.output).not.toContain('._links.md');
    expect(page('linked-story')).toContain('Linked body.');
  });

  it('warns of a section that matches no topic, and notes one with no published story yet', () => {
    expect(run.output).toContain(
      'DATELINE_SECTIONS: sections: "Econmy" matches no topic: no story is tagged so, and the front page leaves the section out (did you mean "Economy"?)',
    );
    expect(run.output).toContain(
      'note: DATELINE_SECTIONS: sections: "Elections" has no published story yet: the front page shows the section from its first',
    );
    // The dev server's banner of problems is never built.
    expect(readBuilt(site, 'index.html').toString('utf8')).not.toContain('role="alert"');
  });

  it('drops the contents of style, textarea, title, noscript and xmp', () => {
    const html = page('style-contents');
    // (The site's own stylesheet styles .masthead; the fixture's rule must not appear anywhere.)
    expect(html).not.toMatch(/\.masthead\{display:none\}|must not show/);
    expect(html).toContain(
      '<meta name="description" content="The first real paragraph of the style fixture.">',
    );
  });

  it('renders a fragment link that is not valid percent-encoding', () => {
    expect(page('bad-fragment')).toContain('>note</a>');
    expect(run.output).toContain(
      'bad-fragment.md:6 body: the link "#%zz" leads to nothing on the page: no heading or footnote of this story has that name',
    );
  });

  it('ends front matter at YAML\'s "..." marker, in the validator and the renderer alike', () => {
    const html = page('dot-end-marker');
    expect(html).toContain('front matter closed by YAML&#39;s end marker');
    expect(text(html)).not.toMatch(/summary:|date: 2025/);
    expect(html).toContain('The body of the end-marker fixture.');
  });

  it('keeps every character XML forbids out of pages and feeds, and every feed is strict XML', () => {
    for (const file of listFiles(site).filter((f) => /\.(?:html|xml|json)$/.test(f))) {
      const body = readBuilt(site, file).toString('utf8');
      expect(body, file).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      if (file.endsWith('.xml')) expect(() => parseXmlStrictly(body), file).not.toThrow();
    }
    expect(page('control-chars')).toContain('A paragraph with a vertical tab, a form feed');
  });

  it('gives each different tag its own topic page, never an empty or over-long one', () => {
    // The topics line at the end of the story (the kicker above the headline links one too).
    const html = /<p class="tags"[\s\S]*?<\/p>/.exec(page('tags'))?.[0] ?? '';
    const links = [...html.matchAll(/href="\/news\/topics\/([^"]*)\/"/g)].map((m) => m[1]!);
    expect(links.length).toBe(10);
    expect(new Set(links).size).toBe(10);
    for (const slug of links) {
      expect(slug).not.toBe('');
      expect(Buffer.byteLength(decodeURIComponent(slug))).toBeLessThanOrEqual(100);
      expect(existsSync(join(site, 'topics', decodeURIComponent(slug), 'index.html')), slug).toBe(
        true,
      );
    }
    expect(links).toEqual(expect.arrayContaining(['c-sharp', 'c', 'c-plus-plus']));
  });

  it("keeps a written <picture>'s <img> alone, rebased, and resolves links in feeds on the tree, not in text", () => {
    expect(page('links')).toContain('<img src="/news/favicon.svg" alt="The mark">');
    // Its <source srcset> could name any site's picture: the page makes its own pictures only.
    expect(page('links')).not.toContain('/news/favicon.svg 1x');
    const atom = readBuilt(site, 'atom.xml').toString('utf8');
    expect(atom).toContain('href=&quot;https://news.example/news/articles/other-story/&quot;');
    expect(atom).toContain('href=&quot;https://news.example/news/topics/&quot;');
    expect(atom).not.toContain('https://news.example/docs');
  });

  it('gives RSS readers, which read a description as HTML, markup typed in a summary as text', () => {
    const rss = readBuilt(site, 'rss.xml').toString('utf8');
    const item = /<item><title>Hostile fixture: markup typed in a code span.*?<\/item>/s.exec(
      rss,
    )?.[0];
    // Escaped for HTML, then for XML: a reader shows the characters and runs nothing.
    expect(item).toContain(
      '<description>The opening words, then &amp;lt;img src=x onerror=alert(1)&amp;gt; in code, and the end.</description>',
    );
  });

  it("never lets pasted markup pass for Dateline's own photo placeholder", () => {
    const html = page('photo-placeholder');
    expect(html).toContain('<img src="https://cdn.example/pasted.jpg" alt="Pasted">');
    expect(html).not.toMatch(/data-photo|<picture/);
  });

  it('captions a photo with the italic line under it, and shows a caption without a photo as a caption', () => {
    const html = page('photo-caption-line');
    expect(html).toContain(
      '<figure><img src="https://cdn.example/harbour.jpg" alt="A harbour at noon"><figcaption>The harbour at noon, typed on the line under the photo.</figcaption></figure>',
    );
    expect(html).toContain('<figure class="caption-only">');
  });

  it('gives a story with no words and no summary no empty description, in the head or its data', () => {
    const html = page('blank-markup');
    expect(html).toContain('<title>Hostile fixture: a body of markup that shows nothing');
    expect(html).not.toMatch(/name="description"|og:description|twitter:description|"description"/);
    expect(html).not.toMatch(/min read/);
  });

  it('counts Chinese words for reading time, not runs of characters', () => {
    const minutes = Number(/(\d+) min read/.exec(page('chinese'))?.[1]);
    expect(minutes).toBeGreaterThanOrEqual(5);
  });
});

describe('hostile files that must fail the build, each named', () => {
  const files = readdirSync(join(ROOT, HOSTILE, 'errors'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .sort();
  const env = { DATELINE_CONTENT: `${HOSTILE}/errors`, DATELINE_NOW: '2026-06-01T00:00:00Z' };
  const run = astroBuild({ ...env, DATELINE_OUT_DIR: tempDir('hostile-errors') });
  const check = spawnSync(process.execPath, ['src/cli/check-content.ts'], {
    cwd: ROOT,
    env: deployerEnv(env),
    encoding: 'utf8',
  });

  it('fails, listing every file with what to change, as check:content does', () => {
    expect(run.status).not.toBe(0);
    expect(check.status).toBe(1);
    // A file with no fault of its own, named in another's message: the story that replaced an
    // old slug a translation still gives.
    const causes = new Set(['renamed-original.md']);
    for (const file of files) {
      const name = `${HOSTILE}/errors/${file}${causes.has(file) ? '),' : ':'}`;
      expect(run.output, file).toContain(name);
      expect(check.stdout, file).toContain(name);
    }
    expect(run.output).not.toMatch(/RangeError|Maximum call stack|Stack trace:/);
  });

  it.each([
    [
      'http-image.md',
      /:5 image\.src: "http:\/\/cdn\.example\/photo\.jpg" is http \(use https:\/\//,
    ],
    ['backslash-image.md', /:5 image\.src: .* is not an image URL/],
    ['missing-image.md', /:5 image\.src: "\/images\/not-there\.jpg" is not a file in public\//],
    [
      'yaml-colon.md',
      /:2 title: has ": " in its value.*put the value in quotes: title: 'Mayor: "We will rebuild"'/,
    ],
    ['yaml-colon.md', /:4 tags: expected a list of strings, got 5/],
    ['long-slug.md', /:4 slug: is 299 characters long/],
    ['deep-quotes.md', /:8 body: nests quotes, lists or elements \d+ levels deep \(at most 100/],
    ['deep-html.md', /: body: nests quotes, lists or elements \d+ levels deep/],
    [
      'bad-correction.md',
      /:6 corrections, 1st entry, date: "2025-03-01" is before the story, dated 2025-03-10/,
    ],
    [
      'future-correction.md',
      /:7 corrections, 2nd entry, date: "2026-07-01" is in the future \(date a correction when it is made\)/,
    ],
    ['bad-correction.md', /:4 featured: expected true or false, got "maybe"/],
    ['alias-clash.md', /:4 aliases: "alias-clash" is this article's own slug, its URL now/],
    ['bad-language.md', /:4 lang: expected a language code, got 42/],
    ['bad-language.md', /:5 translationOf: "\.\.\/\.\.\/etc\/passwd" is not a valid slug/],
    ['unknown-language.md', /:4 lang: "tlh" is a language the site has no words for/],
    ['orphan-translation.md', /:5 translationOf: "no-such-story" is not the slug of any article/],
    ['photo-escape.md', /:5 image\.src: .* is outside the content folders/],
    ['body-photo-escape.md', /:8 body: !\[…\]\(.*etc\/passwd\) is outside the content folders/],
    ['photo-size.md', /:7 image\.width: is not a whole number of pixels/],
    ['photo-size.md', /:4 image\.height: is needed with the other/],
    [
      'misspelt-field.md',
      /:4 auhtor: is not a known field: did you mean author\? \(rename it author:, or the story is published without its byline\)/,
    ],
    ['three-problems.md', /:3 date: "2025-02-30" is not a real date/],
    [
      'three-problems.md',
      /:5 image\.src: "\.\/not-beside-it\.jpg" is not a file beside the article/,
    ],
    [
      'three-problems.md',
      /:11 body: !\[…\]\(\.\/not-here-either\.jpg\) is not a file beside the article/,
    ],
    [
      'translation-of-old-slug.md',
      /:5 translationOf: "first-name-of-the-original" is an old slug of "renamed-original" \(tests\/fixtures\/hostile\/errors\/renamed-original\.md\), which replaced it \(name the story by its slug now: translationOf: renamed-original\)/,
    ],
    ['nameless.md', /:1 name: is required/],
    [
      'nameless.md',
      /:3 links, 1st entry: "http:\/\/insecure\.example" is not an https address \(write it as https:\/\/insecure\.example\)/,
    ],
  ])('%s: %s', (file, message) => {
    const lines = check.stdout.split('\n').filter((line) => line.includes(`/${file}:`));
    expect(
      lines.some((line) => message.test(line)),
      lines.join('\n'),
    ).toBe(true);
  });
});
