import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeParse from 'rehype-parse';
import sharp from 'sharp';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { PHOTO_STORY_SLUG, writePhotoStory } from '../fixtures/photoStory.ts';
import { astroBuild, readBuilt, temporaryFolders } from './astroBuild.ts';

const NOW = '2026-06-01T00:00:00Z';
const folder = temporaryFolders();

describe('photos beside the articles', () => {
  const out = folder('photos-out');
  let content = '';
  let page = '';
  const read = (file: string) => readBuilt(out, file).toString('utf8');
  /** The size of a built image, by its URL path. */
  const sizeOf = async (url: string) => {
    const { width, height, format } = await sharp(
      join(out, new URL(url, 'http://x').pathname),
    ).metadata();
    return { width, height, format };
  };

  beforeAll(async () => {
    content = folder('photos-content');
    await writePhotoStory(content);
    // Markup typed around the text of a photo marker, in attributes, beside a photo of its own.
    mkdirSync(join(content, 'marker'));
    copyFileSync(
      join(content, PHOTO_STORY_SLUG, 'small.jpg'),
      join(content, 'marker', 'small.jpg'),
    );
    const typed = ['<!--dateline-photo 0-->', '<!--dateline-photo "0"-->'].map(
      (marker) =>
        `<a href="https://example.org/" title='Q${marker}<img src=x onerror=alert(1)>'>link</a>\n\n` +
        `<img src="https://cdn.example/x.jpg" alt='A${marker}<b>bold</b>'>`,
    );
    writeFileSync(
      join(content, 'marker', 'marker.md'),
      `---\ntitle: 'Test fixture: a photo marker typed in attributes'\ndate: 2026-05-01\n---\n\n![A small drawn picture](./small.jpg)\n\n${typed.join('\n\n')}\n`,
    );
    const run = astroBuild({ DATELINE_CONTENT: content, DATELINE_OUT_DIR: out, DATELINE_NOW: NOW });
    if (run.status !== 0) throw new Error(run.output);
    page = read(`articles/${PHOTO_STORY_SLUG}/index.html`).replace(/ data-astro-cid-\w+/g, '');
  });

  it('shows the lead photo at once, in AVIF and WebP at the widths the column needs, sized', async () => {
    const lead = /<figure class="lead-image"><picture>(.*?)<\/picture>/s.exec(page)?.[1] ?? '';
    expect(lead).toMatch(/<source type="image\/avif" srcset="[^"]+ 360w, [^"]+ 1280w"/);
    expect(lead).toMatch(/<source type="image\/webp" srcset="[^"]+"/);
    expect(lead).toMatch(
      /<img src="[^"]+\.jpg" srcset="[^"]+"[^>]* width="1280" height="853" loading="eager" fetchpriority="high"/,
    );
    const avif = /srcset="([^" ]+) 360w/.exec(lead)![1]!;
    expect(await sizeOf(avif)).toEqual({ width: 360, height: 240, format: 'heif' });
  });

  it('makes body photos lazy responsive pictures, with the wire-style caption as a figure', async () => {
    expect(page).toMatch(
      /<figure><picture><source type="image\/avif" srcset="[^"]+"[^>]*><source type="image\/webp"[^>]*><img src="[^"]+\.jpg"[^>]* width="1280" height="960" loading="lazy" decoding="async" alt="A drawn test picture of a green harbour" title="The harbour, drawn"><\/picture><figcaption>The harbour at noon, as the tests draw it\.<\/figcaption><\/figure>/,
    );
    // A photo smaller than the column is never blown up: its own width only.
    expect(page).toMatch(
      /<img src="[^"]+small[^"]+\.jpg" srcset="[^"]+ 300w"[^>]* width="300" height="200" loading="lazy"/,
    );
    expect(page).not.toContain('dateline-photo');
  });

  it('never takes the text of a photo marker typed in an attribute for a photo, in pages or feeds', () => {
    /** The elements of a body as a browser reads it: what was typed in attributes stays there. */
    const elements = (html: string) => {
      const found: string[] = [];
      visit(unified().use(rehypeParse, { fragment: true }).parse(html), 'element', (node) => {
        found.push(node.tagName);
        expect(node.properties.onError).toBeUndefined();
      });
      return found;
    };
    const story = read('articles/marker/index.html');
    expect(elements(story).filter((tag) => tag === 'picture')).toHaveLength(1);
    expect(elements(story)).not.toContain('b');
    const feed = JSON.parse(read('feed.json')) as {
      items: { url: string; content_html: string }[];
    };
    const item = feed.items.find((entry) => entry.url.endsWith('/articles/marker/'));
    // The photo and the two pictures from elsewhere, the two links: nothing else but paragraphs.
    const shown = elements(item!.content_html).filter((tag) => tag !== 'p');
    expect(shown.sort()).toEqual(['a', 'a', 'img', 'img', 'img']);
  });

  it('gives link previews a 1200×630 card and search engines 16×9, 4×3 and 1×1 crops', async () => {
    const card = /<meta property="og:image" content="([^"]+)">/.exec(page)![1]!;
    expect(page).toContain(
      '<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">',
    );
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(await sizeOf(card)).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
    const crops = JSON.parse(/"image":(\[[^\]]+\])/.exec(page)![1]!) as string[];
    expect(await Promise.all(crops.map(sizeOf))).toEqual([
      { width: 1200, height: 675, format: 'jpeg' },
      { width: 1200, height: 900, format: 'jpeg' },
      { width: 1200, height: 1200, format: 'jpeg' },
    ]);
  });

  it('puts the lead photo in the feeds as an enclosure, and body photos as plain images', () => {
    expect(read('rss.xml')).toMatch(
      /<media:content url="http:\/\/localhost:4321\/photos\/sea-wall-960x640-\w+\.jpg" medium="image" type="image\/jpeg" width="960" height="640"\/>/,
    );
    expect(read('atom.xml')).toMatch(
      /<link rel="enclosure" href="http:\/\/localhost:4321\/photos\/sea-wall-960x640-\w+\.jpg" type="image\/jpeg"\/>/,
    );
    expect(read('rss.xml')).toMatch(
      /&lt;img src=&quot;http:\/\/localhost:4321\/photos\/harbour-960x720-\w+\.jpg&quot; width=&quot;960&quot; height=&quot;720&quot;/,
    );
    expect(read('feed.json')).toMatch(
      /<img src=\\"http:\/\/localhost:4321\/photos\/small-300x200-\w+\.jpg\\" width=\\"300\\"/,
    );
  });

  it('refuses a missing photo, a file that is no photo and a photo without alt text, naming file and line', async () => {
    const broken = folder('photos-broken');
    const dir = await writePhotoStory(broken);
    const story = join(dir, `${PHOTO_STORY_SLUG}.md`);
    writeFileSync(join(dir, 'notes.jpg'), 'not a picture at all');
    copyFileSync(join(dir, 'small.jpg'), join(dir, 'no-alt.jpg'));
    writeFileSync(
      join(dir, 'second.md'),
      '---\ntitle: Second\ndate: 2025-03-21\nimage:\n  src: ./gone.jpg\n  alt: Gone\n---\n\nText.\n',
    );
    writeFileSync(
      join(dir, 'fourth.md'),
      '---\ntitle: Fourth\ndate: 2025-03-21\n---\n\nText.\n\n![Notes](./notes.jpg)\n',
    );
    writeFileSync(
      join(dir, 'third.md'),
      '---\ntitle: Third\ndate: 2025-03-21\n---\n\n![](./no-alt.jpg)\n',
    );
    writeFileSync(
      story,
      `${(await import('node:fs')).readFileSync(story, 'utf8')}\n![Missing](./missing.png)\n`,
    );
    const run = astroBuild({
      DATELINE_CONTENT: broken,
      DATELINE_OUT_DIR: folder('photos-broken-out'),
      DATELINE_NOW: NOW,
    });
    expect(run.status).not.toBe(0);
    const name = (file: string) => `${broken.split('/').pop()}/${PHOTO_STORY_SLUG}/${file}`;
    expect(run.output).toContain(
      `${name('second.md')}:5 image.src: "./gone.jpg" is not a file beside the article`,
    );
    expect(run.output).toMatch(
      new RegExp(
        `${name('fourth.md')}:8 body: !\\[…\\]\\(\\./notes\\.jpg\\) is not a picture that can be read`,
      ),
    );
    expect(run.output).toContain(`${name('third.md')}:6 body: ![](./no-alt.jpg) has no alt text`);
    expect(run.output).toContain(
      `${name(`${PHOTO_STORY_SLUG}.md`)}:22 body: ![…](./missing.png) is not a file beside the article`,
    );
  });
});
