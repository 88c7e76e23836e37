import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { ContentError, contentLoaders } from '../../src/content/loaders.ts';
import { hasBody, readBody } from '../../src/build/bodyStore.ts';
import { readPublishedIndex } from '../../src/build/publishedIndex.ts';
import { cachePaths } from '../../src/build/caches.ts';

/** A content folder with the given files, and a stand-in for the context Astro gives a loader. */
async function setup(files: Record<string, string>) {
  const root = await mkdtemp(join(tmpdir(), 'dateline-loader-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  type Entry = { id: string; data: Record<string, unknown>; filePath?: string; digest?: string };
  const entries = new Map<string, Entry>();
  const parsed: string[] = [];
  const warnings: string[] = [];
  const infos: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      set: (entry: Entry) => {
        entries.set(entry.id, entry);
        return true;
      },
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
    logger: {
      info: (line: string) => infos.push(line),
      warn: (line: string) => warnings.push(line),
      error: () => {},
    },
  } as unknown as LoaderContext;
  const cache = cachePaths(join(root, 'cache'));
  const loader = contentLoaders({
    dirs: ['content'],
    base: '/',
    timeZone: 'UTC',
    lang: 'en',
    now: Date.UTC(2025, 5, 1),
    cache,
    threads: 1,
  }).articles;
  return { context, entries, warnings, infos, parsed, root, loader, cache };
}

describe('articleLoader', () => {
  it('stores one record per article, keyed by slug, and passes warnings on', async () => {
    const { context, entries, warnings, infos, loader } = await setup({
      'content/a.md': '---\ntitle: A\ndate: 2025-01-01\n---\nA.\n',
      'content/x/b.md': '---\ntitle: B\ndate: 2025-01-02\ndesk: Metro\n---\nB.\n',
      'content/later.md': '---\ntitle: Later\ndate: 2025-06-02\n---\nSoon.\n',
    });
    await loader.load(context);
    // A scheduled article is stored (the dev server previews it) and the build says it is held back.
    expect([...entries.keys()].sort()).toEqual(['a', 'b', 'later']);
    expect(infos).toContain('held back until 2025-06-02 00:00 UTC: content/later.md');
    expect(entries.get('b')?.filePath).toBe('content/x/b.md');
    expect(entries.get('b')?.data).toMatchObject({ title: 'B', url: '/articles/b/' });
    expect(warnings).toEqual([
      expect.stringMatching(
        /^content\/x\/b\.md:4 desk: is not a known field and is ignored \(known fields: title, date, /,
      ),
      '1 warning: check before publishing',
    ]);
  });

  it('fails with every problem listed and publishes nothing when any file is bad', async () => {
    const { context, entries, loader } = await setup({
      'content/good.md': '---\ntitle: Good\ndate: 2025-01-01\n---\nx\n',
      'content/bad.md': '---\ntitle: Bad\ndate: 2025-02-30\n---\nx\n',
      'content/worse.md': 'no front matter\n',
    });
    const failure = loader.load(context);
    await expect(failure).rejects.toBeInstanceOf(ContentError);
    await expect(failure).rejects.toThrow(
      [
        'The content has errors; nothing was published.',
        'content/bad.md:3 date: "2025-02-30" is not a real date (February 2025 has 28 days)',
        'content/worse.md:1 front matter: is missing (start the file with a --- line, then title: and date: lines, then ---; a file that is not a story, rename it worse.txt: only .md files are read)',
        '2 errors in 2 files, 0 warnings',
      ].join('\n'),
    );
    expect(entries.size).toBe(0);
  });

  it('refuses a misspelt field, which would publish the story without it', async () => {
    const { context, entries, loader } = await setup({
      'content/a.md': '---\ntitle: A\ndate: 2025-01-01\nauhtor: Jane Doe\n---\nA.\n',
    });
    await expect(loader.load(context)).rejects.toThrow(
      [
        'content/a.md:4 auhtor: is not a known field: did you mean author? (rename it author:, or the story is published without its byline)',
        '1 error in 1 file, 0 warnings',
      ].join('\n'),
    );
    expect(entries.size).toBe(0);
  });

  it('re-renders only what changed on a second load, and drops removed articles', async () => {
    const { context, entries, parsed, root, loader, cache } = await setup({
      'content/a.md': '---\ntitle: A\ndate: 2025-01-01\n---\nA.\n',
      'content/b.md': '---\ntitle: B\ndate: 2025-01-02\n---\nB.\n',
      'content/c.md': '---\ntitle: C\ndate: 2025-01-03\n---\nC.\n',
    });
    await loader.load(context);
    expect(parsed.sort()).toEqual(['a', 'b', 'c']);
    parsed.length = 0;
    await writeFile(
      join(root, 'content/b.md'),
      '---\ntitle: B edited\ndate: 2025-01-02\n---\nB.\n',
    );
    await rm(join(root, 'content/c.md'));
    await loader.load(context);
    expect(parsed).toEqual(['b']);
    expect([...entries.keys()].sort()).toEqual(['a', 'b']);
    expect(entries.get('b')?.data).toMatchObject({ title: 'B edited' });
    // The published index follows the records; a removed article's body leaves the store.
    const published = await readPublishedIndex(cache.published);
    expect(published.stories.map((entry) => [entry.url, entry.title, entry.modified])).toEqual([
      ['/articles/b/', 'B edited', '2025-01-02T00:00:00Z'],
      ['/articles/a/', 'A', '2025-01-01T00:00:00Z'],
    ]);
    const bodyOf = (slug: string) => (entries.get(slug)?.data as { body: string }).body;
    expect(hasBody(cache.bodies, bodyOf('a'))).toBe(true);
    expect(hasBody(cache.bodies, bodyOf('b'))).toBe(true);
  });

  it('renders everything again when a pipeline package is patched in place, and again when restored', async () => {
    // The project's own installed sanitiser, standing in for node_modules/rehype-sanitize.
    const sanitiser = 'node_modules/rehype-sanitize/index.js';
    const { context, parsed, root, loader } = await setup({
      'content/a.md': '---\ntitle: A\ndate: 2025-01-01\n---\nA.\n',
      'node_modules/rehype-sanitize/package.json': '{"name":"rehype-sanitize"}',
      [sanitiser]: 'strip on* attributes',
    });
    await loader.load(context);
    parsed.length = 0;
    await loader.load(context);
    expect(parsed).toEqual([]);
    await writeFile(join(root, sanitiser), 'let onclick through');
    await loader.load(context);
    expect(parsed).toEqual(['a']);
    parsed.length = 0;
    await writeFile(join(root, sanitiser), 'strip on* attributes');
    await loader.load(context);
    expect(parsed).toEqual(['a']);
  });

  it('warns of an author profile that no byline cites, and of one with no published story yet', async () => {
    const { context, warnings, loader, cache } = await setup({
      'content/a.md': '---\ntitle: A\ndate: 2025-01-01\nauthor: Jane Doe\n---\nA.\n',
      'content/b.md': '---\ntitle: B\ndate: 2025-01-01\nauthor: New Hire\ndraft: true\n---\nB.\n',
      'content/c.md': '---\ntitle: C\ndate: 2025-07-01\nauthor: New Hire\n---\nC.\n',
      'content/authors/jane-doe.md': '---\nname: Jane Doe\n---\nBio.\n',
      'content/authors/jon-doe.md': '---\nname: Jon Doe\n---\nBio.\n',
      'content/authors/new-hire.md': '---\nname: New Hire\n---\nBio.\n',
    });
    await loader.load(context);
    expect(warnings).toEqual([
      'content/authors/jon-doe.md:2 name: "Jon Doe" is in no byline (a profile nobody cites: check the spelling here and in the articles)',
      'content/authors/new-hire.md:2 name: "New Hire" has no published story yet: the profile gets its page when the first is published',
      '2 warnings: check before publishing',
    ]);
    // Only an author with a published story is in what the build publishes.
    expect((await readPublishedIndex(cache.published)).authors).toEqual([
      { slug: 'jane-doe', portrait: undefined, bioPhotos: [] },
    ]);
  });

  it('warns of a published URL that a renamed slug takes off the site, unless an alias keeps it', async () => {
    const { context, warnings, root, loader } = await setup({
      'content/storm.md': '---\ntitle: Storm\ndate: 2025-01-01\n---\nA.\n',
    });
    const edit = (fields: string) =>
      writeFile(
        join(root, 'content/storm.md'),
        `---\ntitle: Storm\ndate: 2025-01-01\n${fields}---\nA.\n`,
      );
    await loader.load(context);
    await edit('slug: storm-closes-coast-road\naliases: [storm]\n');
    await loader.load(context);
    expect(warnings).toEqual([]);
    await edit('slug: coast-road-closed\n');
    await loader.load(context);
    expect(warnings).toEqual([
      'content/storm.md:4 aliases: "/articles/storm-closes-coast-road/" and "/articles/storm/" were published by the last build and are gone: the story\'s slug is "coast-road-closed" now (add aliases: [storm-closes-coast-road, storm] so links to the old URL still lead here)',
      '1 warning: check before publishing',
    ]);
  });

  it('renders again a record whose body went missing from the store', async () => {
    const { context, entries, loader, cache } = await setup({
      'content/a.md': '---\ntitle: A\ndate: 2025-01-01\n---\nA.\n',
    });
    await loader.load(context);
    const { body } = entries.get('a')?.data as { body: string };
    await rm(cache.bodies, { recursive: true });
    await loader.load(context);
    expect(readBody(cache.bodies, body).html).toBe('<p>A.</p>');
  });
});
