import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content/articleSchema.ts';
import { bodyKey } from '../../src/build/bodyStore.ts';
import { noteMessage } from '../../src/content/bodyNotes.ts';
import { validateArticle } from '../../src/content/validate.ts';
import { parseArticle } from '../parseArticle.ts';
import { type Problem, formatProblem } from '../../src/lib/problems.ts';
import { PLACEHOLDER_BODY, newArticleMarkdown } from '../../src/lib/newArticle.ts';

const settings = { base: '/', timeZone: 'UTC' };
const FILE = 'content/world/x.md';

/** Parses `text` as the file content/world/x.md. */
const parse = (text: string, file = FILE) =>
  parseArticle(file, new TextEncoder().encode(text), settings);

/** The formatted error lines for `text`. */
async function errors(text: string): Promise<string[]> {
  const { problems } = await parse(text);
  return problems.filter((p) => p.severity === 'error').map(formatProblem);
}

/** Validates `text` as the file content/world/x.md, without rendering. */
const validate = (text: string) => validateArticle(FILE, new TextEncoder().encode(text), settings);

/** Validates a file of `front` matter lines after a title and a date, with a one-word body. */
const withFront = (front: string) =>
  validate(`---\ntitle: T\ndate: 2025-01-01\n${front}\n---\nBody.\n`);

/** Each problem as "severity file:line field: message". */
const told = (problems: readonly Problem[]) =>
  problems.map((p) => `${p.severity} ${formatProblem(p)}`);

const GOOD = `---
title: "Storm hits the coast: <b>&</b> \\"quotes\\""
date: 2025-04-18
updated: 2025-04-19T10:00:00+02:00
author: [Jane Doe, Sam Roe]
source: AP
tags: [Weather, weather , Coast]
image:
  src: /images/storm.jpg
  alt: Waves over the sea wall
  caption: The sea wall at noon.
  credit: AP Photo
---

The storm reached the coast on Friday, with winds of *120 km/h*.

## Damage

Roofs were lost.
`;

describe('parseArticle: a good file', () => {
  it('gives a full, schema-valid record', async () => {
    const { article, body, problems } = await parse(GOOD);
    // The tags are printed as typed, and escaped: the editor hears of them.
    expect(told(problems)).toEqual([
      'warning content/world/x.md:2 title: holds "<b>" and "</b>", which are printed as typed: a headline is plain text, not HTML (delete the tags)',
    ]);
    expect(articleSchema.parse(article)).toEqual(article);
    // The record names its body by the body's own digest.
    expect(article?.body).toBe(bodyKey(body!));
    expect(article).toMatchObject({
      slug: 'x',
      url: '/articles/x/',
      title: 'Storm hits the coast: <b>&</b> "quotes"',
      date: '2025-04-18',
      updated: '2025-04-19T10:00:00+02:00',
      summary: 'The storm reached the coast on Friday, with winds of 120 km/h.',
      authors: ['Jane Doe', 'Sam Roe'],
      source: 'AP',
      tags: ['Weather', 'Coast'],
      image: {
        src: '/images/storm.jpg',
        alt: 'Waves over the sea wall',
        caption: 'The sea wall at noon.',
        credit: 'AP Photo',
      },
      draft: false,
      readingMinutes: 1,
      filePath: FILE,
    });
    expect(body?.html).toContain('<h2 id="user-content-damage">Damage</h2>');
    expect(body?.html).toContain('Roofs were lost.');
  });

  it('accepts a BOM and CRLF line endings', async () => {
    const { article, problems } = await parse(`\uFEFF${GOOD.replaceAll('\n', '\r\n')}`);
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
    expect(article?.title).toBe('Storm hits the coast: <b>&</b> "quotes"');
  });

  it('takes an explicit slug, a single author, a draft flag and a given summary', async () => {
    const { article } = await parse(
      '---\ntitle: T\ndate: 2025-01-01\nslug: my-story\nauthor: Jane Doe\ndraft: true\nsummary: Given.\n---\nBody text.\n',
    );
    expect(article).toMatchObject({
      slug: 'my-story',
      url: '/articles/my-story/',
      authors: ['Jane Doe'],
      draft: true,
      summary: 'Given.',
    });
  });

  it('reads a kicker trimmed, an empty one as none, and refuses a long one', async () => {
    const kicker = async (line: string) =>
      (await parse(`---\ntitle: T\ndate: 2025-01-01\n${line}\n---\nBody text.\n`)).article?.kicker;
    expect(await kicker('kicker: "  Breaking  news "')).toBe('Breaking news');
    expect(await kicker('kicker:')).toBeUndefined();
    expect(await kicker('kicker: "  "')).toBeUndefined();
    // Left blank, or typed as markup, it is told, as a headline is.
    expect(told(withFront('kicker:').problems)).toEqual([
      "warning content/world/x.md:4 kicker: is empty, so the story's section stands above its headline (write a word or two: kicker: Breaking, or delete the line)",
    ]);
    expect(told(withFront('kicker: <b>Breaking</b>').problems)).toEqual([
      'warning content/world/x.md:4 kicker: holds "<b>" and "</b>", which are printed as typed: a kicker is plain text, not HTML (delete the tags)',
    ]);
    expect(
      await errors(
        '---\ntitle: T\ndate: 2025-01-01\nkicker: Breaking news from the harbour tonight\n---\nx\n',
      ),
    ).toEqual([
      'content/world/x.md:4 kicker: is 38 characters long: a kicker is a word or two above the headline (keep it to 30; the rest belongs in the headline)',
    ]);
  });

  it('derives the slug from the file name, not its folders, and puts the base in the URL', async () => {
    const { article } = await parseArticle(
      'content/2025/04/US Troops Leave.md',
      new TextEncoder().encode('---\ntitle: T\ndate: 2025-01-01\n---\nx\n'),
      { base: '/news/', timeZone: 'UTC' },
    );
    expect(article?.slug).toBe('us-troops-leave');
    expect(article?.url).toBe('/news/articles/us-troops-leave/');
  });

  it('reads an empty optional field as absent, warning only of the summary left to write', async () => {
    const { article, problems } = await parse(
      '---\ntitle: T\ndate: 2025-01-01\nsummary:\ntags:\n---\nFirst paragraph.\n',
    );
    expect(problems.map((p) => `${p.severity} ${p.field}`)).toEqual(['warning summary']);
    expect(article?.summary).toBe('First paragraph.');
    expect(article?.tags).toEqual([]);
  });

  it('warns of a story with no summary and no words to make one of, on the line the body starts', async () => {
    const photo = '![The ferry at the pier](https://example.com/ferry.jpg)';
    const { article, problems } = await parse(`---\ntitle: T\ndate: 2025-01-01\n---\n\n${photo}\n`);
    expect(article?.summary).toBe('');
    expect(article?.bodyNotes?.[0]).toEqual({ kind: 'no summary', line: 6 });
    expect(noteMessage(article!.bodyNotes![0]!)).toBe(
      'has no paragraph of words to make a summary of, so search results, feeds and shared links show none (write one or two sentences in summary:)',
    );
    expect(problems).toEqual([]);
    // A summary given, or words under the photo, leave nothing to tell.
    for (const text of [
      `---\ntitle: T\ndate: 2025-01-01\nsummary: The ferry at the pier.\n---\n${photo}\n`,
      `---\ntitle: T\ndate: 2025-01-01\n---\n${photo}\n\nThe ferry left at noon.\n`,
    ]) {
      const { article: told } = await parse(text);
      expect(told?.bodyNotes?.filter((note) => note.kind === 'no summary') ?? []).toEqual([]);
    }
  });

  it('refuses a misspelt field with a did-you-mean: the story would go out without it', async () => {
    const { problems } = await parse(
      '---\ntitle: T\ndate: 2025-01-01\ntag: [a]\nudpated: 2025-01-02\nAuthor: Jane Doe\n---\nx\n',
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/world/x.md:4 tag: is not a known field: did you mean tags? (rename it tags:, or the story is published without its tags)',
      'content/world/x.md:5 udpated: is not a known field: did you mean updated? (rename it updated:, or the story is published without its update time)',
      'content/world/x.md:6 Author: is not a known field: did you mean author? (rename it author:, or the story is published without its byline)',
    ]);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('warns of an entry left blank in the tags or the byline, which is left out', () => {
    const { problems } = validate(
      '---\ntitle: T\ndate: 2025-01-01\ntags: [Weather, ""]\nauthor:\n  - Jane Doe\n  - " "\n---\nx\n',
    );
    expect(told(problems)).toEqual([
      'warning content/world/x.md:4 tags, 2nd entry: is empty and is left out (delete it)',
      'warning content/world/x.md:7 author, 2nd entry: is empty and is left out (delete it)',
    ]);
  });

  it('tells a value or an entry begun with #, which YAML reads as a comment, with what to write', async () => {
    const { problems } = validate(
      '---\ntitle: T\ndate: 2025-01-01\nsource: #AP\ntags:\n  - Weather\n  - #Floods\n---\nx\n',
    );
    expect(told(problems)).toEqual([
      'warning content/world/x.md:7 tags, 2nd entry: "#Floods" is read as a comment, which YAML makes of what follows a #, so the entry is empty and left out (write it without the #: - Floods)',
      'warning content/world/x.md:4 source: is empty: "#AP" is read as a comment, which YAML makes of what follows a # (write it without the #: source: AP)',
    ]);
    expect(
      await errors('---\ntitle: T\ndate: 2025-01-01\ntags: [#Floods, Weather]\n---\nx\n'),
    ).toEqual([
      "content/world/x.md:4 tags: is not valid YAML at column 8: Comments must be separated from other tokens by white space characters (a # starts a comment in YAML: write the entries without it, tags: [Floods, Weather], or put it in quotes to keep it, '#Floods')",
    ]);
  });

  it('warns of a name given twice in the byline, which prints it once', async () => {
    const text =
      '---\ntitle: T\ndate: 2025-01-01\nauthor: [Jane Doe, Sam Roe, " Jane Doe"]\n---\nx\n';
    expect(told(validate(text).problems)).toEqual([
      'warning content/world/x.md:4 author, 3rd entry: "Jane Doe" is named twice and is printed once (delete one)',
    ]);
    expect((await parse(text)).article?.authors).toEqual(['Jane Doe', 'Sam Roe']);
  });

  it('says a misspelling beside the field it means is one of two, not a loss', async () => {
    expect(await errors('---\ntitle: T\ntittle: U\ndate: 2025-01-01\n---\nx\n')).toEqual([
      'content/world/x.md:3 tittle: is not a known field: did you mean title? (title: is on line 2 already: keep one of the two)',
    ]);
  });

  it('does not call a misspelt required field missing as well', async () => {
    expect(
      await errors('---\nTitle: T\ndaet: 2025-01-01\nimage:\n  src: ./a.jpg\n  atl: A\n---\nx\n'),
    ).toEqual([
      'content/world/x.md:2 Title: is not a known field: did you mean title? (rename it title:, or the story is published without its title)',
      'content/world/x.md:3 daet: is not a known field: did you mean date? (rename it date:, or the story is published without its date)',
      "content/world/x.md:6 image.atl: is not a known field: did you mean alt? (rename it alt:, or the story is published without the photo's alt)",
    ]);
  });

  it('refuses misspelt fields of the lead image and of a correction, each on its line', async () => {
    const { problems } = await parse(
      [
        '---',
        'title: T',
        'date: 2025-01-01',
        'image: { src: ./sea-wall.jpg, alt: Waves, captoin: The wall., credits: Someone }',
        'corrections:',
        '  - date: 2025-01-02',
        '    text: Fixed.',
        '  - date: 2025-01-03',
        '    txt: Fixed again.',
        '---',
        'x',
        '',
      ].join('\n'),
    );
    expect(problems.map(formatProblem)).toEqual([
      "content/world/x.md:4 image.captoin: is not a known field: did you mean caption? (rename it caption:, or the story is published without the photo's caption)",
      "content/world/x.md:4 image.credits: is not a known field: did you mean credit? (rename it credit:, or the story is published without the photo's credit)",
      "content/world/x.md:9 corrections, 2nd entry, txt: is not a known field: did you mean text? (rename it text:, or the story is published without the correction's text)",
    ]);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('tells a correction written as a date and its text in one line once, with the two lines to write', async () => {
    const { problems } = withFront(
      'corrections:\n  - 2026-12-05: The closure ends Friday, not Thursday.\n  - date: 2026-12-06\n    text: Fixed.',
    );
    expect(told(problems)).toEqual([
      'error content/world/x.md:5 corrections, 1st entry: "2026-12-05: The closure ends Friday, not Thursday." is read as one field named 2026-12-05, so the correction has no date or text (write it on two lines: - date: 2026-12-05 and, below date: and lined up with it, text: The closure ends Friday, not Thursday.)',
    ]);
  });

  it('tells a YAML merge (<<:) that its fields are not used, on its line', async () => {
    const { problems } = await parse(
      '---\ntitle: T\ndate: 2025-01-01\nphoto: &p\n  src: /a.jpg\n  alt: Harbour\nimage:\n  <<: *p\n---\nx\n',
    );
    expect(problems.map(formatProblem)).toContain(
      "content/world/x.md:8 image.<<: is YAML's merge key, which Dateline does not read (write each field on a line of its own under image:)",
    );
    expect(problems.find((p) => p.field === 'image.<<')?.severity).toBe('error');
  });

  it('warns about an image field that is no misspelling, on its own line', async () => {
    const { article, problems } = await parse(
      '---\ntitle: T\ndate: 2025-01-01\nimage:\n  src: /a.jpg\n  alt: Harbour\n  note: ask the desk\n---\nx\n',
    );
    expect(article?.image).toEqual({ src: '/a.jpg', alt: 'Harbour' });
    expect(problems.map(formatProblem)).toEqual([
      'content/world/x.md:7 image.note: is not a known field and is ignored (known fields: src, alt, caption, credit, width, height)',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('warns of a lead photo whose alt text is a file name', async () => {
    const { problems } = await parse(
      '---\ntitle: T\ndate: 2025-01-01\nimage:\n  src: /a.jpg\n  alt: IMG_1234.JPG\n---\n\nText.\n',
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/world/x.md:6 image.alt: "IMG_1234.JPG" is a file name, which tells readers who cannot see the picture nothing (say what it shows: "Waves break over the sea wall")',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('warns about a field that is no misspelling of a known one, without failing', async () => {
    const { article, problems } = await parse(
      '---\ntitle: T\ndate: 2025-01-01\ndesk: Metro\n---\nx\n',
    );
    expect(article).toBeDefined();
    expect(problems.map(formatProblem)).toEqual([
      'content/world/x.md:4 desk: is not a known field and is ignored (known fields: title, date, updated, summary, author, source, tags, image, draft, featured, kicker, corrections, aliases, lang, translationOf, slug)',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });
});

describe('parseArticle: a lead photo beside the article', () => {
  it('names it by its path from the project root, for the image pipeline', async () => {
    const { article, problems } = await parseArticle(
      'content/2025/storm.md',
      new TextEncoder().encode(
        '---\ntitle: T\ndate: 2025-01-01\nimage:\n  src: ./sea-wall.jpg\n  alt: Waves\n---\nBody.\n',
      ),
      { base: '/news/', timeZone: 'UTC' },
    );
    expect(problems).toEqual([]);
    expect(article?.image).toEqual({ photo: 'content/2025/sea-wall.jpg', alt: 'Waves' });
  });
});

describe('parseArticle: a remote lead picture', () => {
  it('keeps the size an editor declares, for a picture the build cannot measure', async () => {
    const { article } = await parseArticle(
      'content/x.md',
      new TextEncoder().encode(
        '---\ntitle: T\ndate: 2025-01-01\nimage:\n  src: https://cdn.example/a.jpg\n  alt: Harbour\n  width: 1200\n  height: 800\n---\nBody.\n',
      ),
      { base: '/', timeZone: 'UTC' },
    );
    expect(article?.image).toEqual({
      src: 'https://cdn.example/a.jpg',
      alt: 'Harbour',
      width: 1200,
      height: 800,
    });
  });
});

describe('parseArticle: warnings that do not fail the build', () => {
  it('warns about an empty body in a draft, and refuses one going out (HTML comments count as empty)', async () => {
    const draft = await parse(
      '---\ntitle: T\ndate: 2025-01-01\ndraft: true\n---\n\n<!-- todo -->\n',
    );
    expect(draft.article?.readingMinutes).toBe(0);
    expect(told(draft.problems)).toEqual([
      'warning content/world/x.md:5 body: is empty (write the story below the closing ---)',
    ]);
    const goingOut = await parse('---\ntitle: T\ndate: 2025-01-01\n---\n\n<!-- todo -->\n');
    expect(told(goingOut.problems)).toEqual([
      'error content/world/x.md:4 body: is empty, so the story would go out as a headline on an empty page (write the story below the closing ---, or hold it back with draft: true)',
    ]);
  });

  it('warns about a headline over 150 characters, counting what a reader sees', async () => {
    const long = 'Harbour '.repeat(20).trim();
    expect(told(withFront('').problems)).toEqual([]);
    expect(told(validate(`---\ntitle: ${long}\ndate: 2025-01-01\n---\nBody.\n`).problems)).toEqual([
      'warning content/world/x.md:2 title: is 159 characters long: search results and shared links cut it short, and a headline reads best in a line or two (keep it under 150; the rest belongs in the summary or the story)',
    ]);
    // 150 letters with accents, in any form, are 150.
    const accented = 'e\u0301'.repeat(150);
    expect(
      told(validate(`---\ntitle: ${accented}\ndate: 2025-01-01\n---\nBody.\n`).problems),
    ).toEqual([]);
  });

  it('warns of a body that begins with the headline again, on its line', () => {
    const text =
      '---\ntitle: Storm closes the coast road\ndate: 2025-01-01\n---\n\n# Storm closes the coast road\n\nText.\n';
    expect(told(validate(text).problems)).toEqual([
      'warning content/world/x.md:6 body: begins with the headline again, which the page prints above the story already, so readers would see it twice (delete the line)',
    ]);
  });

  it('warns about a summary over 300 characters', async () => {
    const summary = 'word '.repeat(70).trim();
    const { article, problems } = await parse(
      `---\ntitle: T\ndate: 2025-01-01\nsummary: ${summary}\n---\nBody.\n`,
    );
    expect(article?.summary).toBe(summary);
    expect(problems.map(formatProblem)).toEqual([
      'content/world/x.md:4 summary: is 349 characters long (keep it under 300: one or two sentences)',
    ]);
  });

  it('warns of a note for the desk in the address, made from a headline that held it', () => {
    const at = (file: string, front: string) =>
      told(
        validateArticle(file, new TextEncoder().encode(`---\n${front}\n---\nBody.\n`), settings)
          .problems,
      );
    expect(
      at('content/harbour-wall-repaired-tk.md', 'title: Harbour wall repaired\ndate: 2025-01-01'),
    ).toEqual([
      'warning content/harbour-wall-repaired-tk.md: slug: "harbour-wall-repaired-tk", made from the file name, holds "tk", a note for the desk, which readers see in the story\'s address (rename the file harbour-wall-repaired.md, or write slug: harbour-wall-repaired)',
    ]);
    expect(
      at(FILE, 'title: Harbour wall repaired\ndate: 2025-01-01\nslug: tktk-harbour-wall'),
    ).toEqual([
      'warning content/world/x.md:4 slug: "tktk-harbour-wall" holds "tktk", a note for the desk, which readers see in the story\'s address (write slug: harbour-wall)',
    ]);
    // TK Maxx is a name: its slug's tk is no note.
    expect(
      at('content/tk-maxx-opens.md', 'title: TK Maxx opens a store\ndate: 2025-01-01'),
    ).toEqual([]);
  });

  it('warns about a file over 1 MB, and still publishes it', () => {
    const body = 'A line of a very long table.\n\n'.repeat(40_000);
    const { valid, problems } = validateArticle(
      FILE,
      new TextEncoder().encode(`---\ntitle: T\ndate: 2025-01-01\n---\n${body}`),
      { base: '/', timeZone: 'UTC' },
    );
    expect(valid).toBeDefined();
    expect(problems.map(formatProblem)).toEqual([
      'content/world/x.md: size: is 1.2 MB (an article over 1 MB is slow to build and to read: split it, or move tables and data out)',
    ]);
  });
});

describe('parseArticle: a story published before it is written', () => {
  /** `npm run new`'s file with its `draft: true` line deleted, as an editor publishes it. */
  const published = (markdown: string) => markdown.replace('draft: true\n', '');

  it('refuses the placeholder body of npm run new, on its line, and warns of the empty summary', async () => {
    const { problems } = await parse(published(newArticleMarkdown('Storm', '2025-04-18')));
    expect(problems.map(formatProblem)).toEqual([
      'content/world/x.md:4 summary: is empty (write one or two sentences, or delete the line: the start of the first paragraph is used)',
      `content/world/x.md:8 body: still holds the placeholder "${PLACEHOLDER_BODY}" (write the story in place of the placeholder)`,
    ]);
    expect(problems.map((p) => p.severity)).toEqual(['warning', 'error']);
  });

  it('finds the placeholder left among written paragraphs, and in a file with other errors', async () => {
    const text = `---\ntitle: T\ndate: 2025-02-30\n---\n\nThe road closed.\n\n${PLACEHOLDER_BODY}\n`;
    expect(await errors(text)).toEqual([
      'content/world/x.md:3 date: "2025-02-30" is not a real date (February 2025 has 28 days)',
      `content/world/x.md:8 body: still holds the placeholder "${PLACEHOLDER_BODY}" (write the story in place of the placeholder)`,
    ]);
  });

  it('warns of a byline, source or lead photo line left blank, and publishes the story without them', async () => {
    const text =
      '---\ntitle: T\ndate: 2025-01-01\nauthor:\nsource: " "\nimage:\n---\n\nThe road closed.\n';
    const { article, problems } = await parse(text);
    expect(problems.map(formatProblem)).toEqual([
      'content/world/x.md:4 author: is empty, so the story has no byline (write who wrote it: author: Jane Doe, or delete the line)',
      'content/world/x.md:5 source: is empty, so the story names no source (write where it came from: source: AP, or delete the line)',
      'content/world/x.md:6 image: is empty, so the story has no lead photo (put the photo beside the story and give it under image: as src: ./photo.jpg and alt: …, or delete the line)',
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(article).toMatchObject({ title: 'T', authors: [] });
    expect(article?.image).toBeUndefined();
    // A draft is still being written: its blank lines are for later.
    expect((await parse(text.replace('---\n\n', 'draft: true\n---\n\n'))).problems).toEqual([]);
  });

  it('warns of a blank summary: line as of an empty one, and of a blank line beside an unknown field', async () => {
    const text =
      '---\ntitle: T\ndate: 2025-01-01\nsummary:\nimage:\nregion: World\n---\n\nThe road closed.\n';
    expect((await parse(text)).problems.map(formatProblem)).toEqual([
      'content/world/x.md:6 region: is not a known field and is ignored (known fields: title, date, updated, summary, author, source, tags, image, draft, featured, kicker, corrections, aliases, lang, translationOf, slug)',
      'content/world/x.md:4 summary: is empty (write one or two sentences, or delete the line: the start of the first paragraph is used)',
      'content/world/x.md:5 image: is empty, so the story has no lead photo (put the photo beside the story and give it under image: as src: ./photo.jpg and alt: …, or delete the line)',
    ]);
  });

  it('warns of an image: block whose lines were left to fill in, keeping a caption-only figure', async () => {
    const warned = async (image: string) =>
      (
        await parse(`---\ntitle: T\ndate: 2025-01-01\nimage:\n${image}\n---\n\nText.\n`)
      ).problems.map(formatProblem);
    expect(await warned('  src:\n  alt:')).toEqual([
      'content/world/x.md:4 image: is empty, so the story has no lead photo (put the photo beside the story and give it under image: as src: ./photo.jpg and alt: …, or delete the image: lines)',
    ]);
    expect(await warned('  src:\n  alt: Waves over the wall')).toEqual([
      'content/world/x.md:5 image.src: is empty, so the story has no lead photo and its alt text is shown nowhere (give the photo: src: ./photo.jpg, or delete the image: lines)',
    ]);
    expect(await warned('  alt: Waves over the wall')).toEqual([
      'content/world/x.md:4 image: has no src:, so the story has no lead photo and its alt text is shown nowhere (add src: ./photo.jpg under it, or delete the image: lines)',
    ]);
    expect(await warned('  src:\n  caption: The sea wall at noon.\n  credit: AP')).toEqual([]);
    // Not a group at all: one message, the error.
    expect(await errors('---\ntitle: T\ndate: 2025-01-01\nimage: ""\n---\n\nText.\n')).toEqual([
      'content/world/x.md:4 image: expected a group of fields, got "" (src, alt, caption, credit on indented lines)',
    ]);
    // The path alone, on the image: line: the lines to write, with it as the src.
    expect(
      await errors('---\ntitle: T\ndate: 2025-01-01\nimage: ./harbour.jpg\n---\n\nText.\n'),
    ).toEqual([
      'content/world/x.md:4 image: expected a group of fields, got "./harbour.jpg" (write image: alone on its line, and below it, each on a line of its own indented by two spaces, src: ./harbour.jpg and alt: what the photo shows)',
    ]);
  });

  it('leaves out a list entry written as a bare dash, with a warning, not a type error', async () => {
    const { article, problems } = await parse(
      '---\ntitle: T\ndate: 2025-01-01\nauthor:\n  -\ntags:\n  - Weather\n  -\n---\n\nText.\n',
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/world/x.md:8 tags, 2nd entry: is empty and is left out (delete it)',
      'content/world/x.md:5 author, 1st entry: is empty and is left out (delete it)',
    ]);
    expect(article).toMatchObject({ authors: [], tags: ['Weather'] });
  });

  it('lets a draft keep its placeholder and empty summary', async () => {
    const { problems } = await parse(newArticleMarkdown('Storm', '2025-04-18'));
    expect(problems).toEqual([]);
  });
});

describe('validateArticle: fields written below the closing ---', () => {
  it('holds a story as a draft when draft: true is below the fence, and says so', () => {
    const result = validate('---\ntitle: T\ndate: 2025-01-01\n---\ndraft: true\n\nSecret plans.\n');
    expect(result.draft).toBe(true);
    expect(result.problems.map(formatProblem)).toEqual([
      "content/world/x.md:5 draft: is below the closing --- (line 4), where it prints as the story's text: the story is held as a draft all the same (move the line above the closing ---)",
    ]);
    expect(result.problems[0]?.severity).toBe('error');
  });

  it('tells each field of a block that missed the fences, with the other problems', async () => {
    const text =
      '---\ntitle: T\ndate: 2025-02-30\n---\n\ntags: [Floods]\nsummary: Rain.\n\nThe river rose.\n';
    expect(await errors(text)).toEqual([
      "content/world/x.md:6 tags: is below the closing --- (line 4), where it prints as the story's text, not as its tags (move the line above the closing ---)",
      "content/world/x.md:7 summary: is below the closing --- (line 4), where it prints as the story's text, not as its summary (move the line above the closing ---)",
      'content/world/x.md:3 date: "2025-02-30" is not a real date (February 2025 has 28 days)',
    ]);
    expect(validate(text).draft).toBe(false);
  });

  it('tells of draft: true below the fence when the front matter cannot be read', () => {
    const result = validate('---\ntitle: "T\ndate: 2025-01-01\n---\ndraft: true\nBody.\n');
    expect(result.draft).toBe(true);
    expect(result.problems.map((p) => p.field)).toContain('draft');
  });

  it('leaves a body that quotes a field in prose or in code', () => {
    const text =
      '---\ntitle: T\ndate: 2025-01-01\n---\nSource: Reuters\n\n```yaml\ndraft: true\n```\n';
    expect(validate(text)).toMatchObject({ problems: [], draft: false });
  });
});

describe("validateArticle: a story held back in another tool's words", () => {
  it.each(['draft:', 'draft: ~', 'draft: null'])(
    'holds a story whose draft: is left blank (%s), and says how to do either',
    (front) => {
      const result = withFront(front);
      expect(result.draft).toBe(true);
      expect(result.valid?.fields.draft).toBe(true);
      expect(told(result.problems)).toEqual([
        'warning content/world/x.md:4 draft: is empty, and holds the story back all the same (write draft: true to keep it held, or delete the line to publish it)',
      ]);
    },
  );

  it.each(['published: false', 'status: draft', 'hidden: true', 'unpublished: yes'])(
    'holds a story with %s as a draft, and says so',
    (front) => {
      const result = withFront(front);
      expect(result.draft).toBe(true);
      expect(result.problems.map(formatProblem)).toEqual([
        `content/world/x.md:4 ${front.split(':')[0]}: is how other tools hold a story back: it is held as a draft all the same (write draft: true in its place)`,
      ]);
    },
  );

  it('publishes a story with published: true, warning of the field it ignores', () => {
    const result = withFront('published: true');
    expect(result.draft).toBe(false);
    expect(result.problems.map((p) => p.severity)).toEqual(['warning']);
  });
});

describe('validateArticle: a value wrapped onto a line that starts like a field', () => {
  const toldOf = (front: string) => told(withFront(front).problems);

  it('is an error when the "field" has spaces in its name, with the whole value to write', () => {
    expect(toldOf('summary: The storm\nhit the coast: officials said')).toEqual([
      `error content/world/x.md:5 hit the coast: reads to YAML as a field, cutting summary: short on line 4 (put the whole summary on one line, in quotes: summary: 'The storm hit the coast: officials said')`,
    ]);
  });

  it('is a warning with the same fix when the name is one word, which may be a note', () => {
    expect(toldOf('summary: The storm\ncame: ashore')).toEqual([
      `warning content/world/x.md:5 came: is not a known field and is ignored (if it goes on with summary: on line 4, put the whole summary on one line, in quotes: summary: 'The storm came: ashore')`,
    ]);
  });
});

describe("validateArticle: a draft line where YAML does not read it as the story's draft", () => {
  it.each([
    [
      'image:\n  src: https://cdn.example/a.jpg\n  alt: Harbour\n  draft: true',
      "content/world/x.md:7 image.draft: is inside image:, so YAML reads it as part of that, not as the story's draft (write draft: on a line of its own, at the beginning of the line)",
    ],
    [
      'corrections:\n  - date: 2025-01-02\n    text: Fixed.\n    draft: true',
      "content/world/x.md:7 corrections, 1st entry, draft: is inside a correction, so YAML reads it as part of that, not as the story's draft (write draft: on a line of its own, at the beginning of the line)",
    ],
    [
      'tags:\n  - Floods\n  draft: true',
      'content/world/x.md:6 draft: is indented, so YAML reads it as part of tags: above it (start draft: at the beginning of the line)',
    ],
    [
      'Draft: True',
      'content/world/x.md:4 Draft: is not a known field: did you mean draft? (rename it draft:)',
    ],
    [
      'draft: "true"',
      'content/world/x.md:4 draft: expected true or false, got "true", text in quotes (write it without the quotes: true)',
    ],
    [
      'drafts: true',
      'content/world/x.md:4 drafts: is not a known field: did you mean draft? (rename it draft:)',
    ],
    [
      '\u200bdraft: true',
      'content/world/x.md:4 draft: has an invisible character in its name, "<U+200B>draft" (delete the start of the line and type the name again)',
    ],
    [
      'draft: true\u200b',
      'content/world/x.md:4 draft: expected true or false, got "true<U+200B>", with an invisible character (delete it) (e.g. draft: true)',
    ],
    [
      '<<: {draft: true}',
      "content/world/x.md:4 <<: is YAML's merge key, which Dateline does not read (write each field on a line of its own)",
    ],
    [
      'image: {src: https://cdn.example/a.jpg, alt: Harbour, draft: true}',
      "content/world/x.md:4 image.draft: is inside image:, so YAML reads it as part of that, not as the story's draft (write draft: on a line of its own, at the beginning of the line)",
    ],
    [
      'draft:\u00a0true',
      'content/world/x.md:4 draft: has a non-breaking space (pasted from a word processor or a web page), which YAML does not read as a space (delete the spaces on line 4 and type them again)',
    ],
    [
      'draft: >-\n  true',
      'content/world/x.md:4 draft: is written as a block of lines (">-"), which YAML reads as text, not true (write draft: true on one line)',
    ],
    [
      'draft\uff1a true',
      'content/world/x.md:4 draft: is written with a full-width colon "\uff1a", which YAML does not read as a colon (write draft: with the colon of a Latin keyboard)',
    ],
    [
      'draft: y',
      'content/world/x.md:4 draft: expected true or false, got "y": write true (YAML reads only true and false as yes or no)',
    ],
    [
      'draft: 1',
      'content/world/x.md:4 draft: expected true or false, got 1: write true (YAML reads only true and false as yes or no)',
    ],
  ])('holds the story and says where: %j', (front, message) => {
    const result = withFront(front);
    expect(result.draft).toBe(true);
    expect(result.problems.map(formatProblem)).toEqual([message]);
  });

  it("names the closing fence as written, YAML's end marker ... too", () => {
    const result = validate('---\ntitle: T\ndate: 2025-01-01\n...\ndraft: true\nBody.\n');
    expect(result.draft).toBe(true);
    expect(result.problems.map(formatProblem)).toEqual([
      "content/world/x.md:5 draft: is below the closing ... (line 4), where it prints as the story's text: the story is held as a draft all the same (move the line above the closing ...)",
    ]);
  });

  it('does not call draft: false below the fence a draft', () => {
    const result = validate('---\ntitle: T\ndate: 2025-01-01\n---\ndraft: false\nBody.\n');
    expect(result.draft).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual([
      "content/world/x.md:5 draft: is below the closing --- (line 4), where it prints as the story's text, not as its draft (move the line above the closing ---)",
    ]);
  });
});

describe('validateArticle: words YAML takes for markup', () => {
  it('tells an anchor (&) that takes a word, and a wrapped line YAML takes for a note', () => {
    const { problems } = validate(
      '---\ntitle: &Co buys harbour\ndate: 2025-01-01\nsummary: The storm hit\n#1 priority is the rest centres.\n#source: AP\n---\nBody.\n',
    );
    expect(told(problems)).toEqual([
      `error content/world/x.md:2 title: has "&Co", which YAML reads as a label for the value (an anchor) and drops (put the value in quotes: title: '&Co buys harbour')`,
      `warning content/world/x.md:5 summary: has line 5 starting with "#", which YAML reads as a note and leaves out (if it goes on with summary:, put the whole value on one line, in quotes: summary: 'The storm hit #1 priority is the rest centres.')`,
    ]);
  });
});

describe('validateArticle: a story in one script, marked as a language of another', () => {
  it("warns of Arabic text left in the site's English, and of English text marked Arabic", () => {
    const arabic = validate(
      '---\ntitle: الحكومة تعلن خطة جديدة للنقل العام\ndate: 2025-01-01\n---\nأعلنت الحكومة اليوم عن خطة جديدة.\n',
    );
    const english = validate(
      '---\ntitle: Council approves the harbour plan\ndate: 2025-01-01\nlang: ar\n---\nThe council approved the plan on Tuesday.\n',
    );
    const linked = validate(
      '---\ntitle: الحكومة تعلن خطة جديدة\ndate: 2025-01-01\nlang: ar\n---\nأعلنت الحكومة [الخطة](https://example.com/the-long-english-address-of-the-plan).\n',
    );
    const japanese = validate(
      '---\ntitle: 東京で新しい交通計画が発表されました\ndate: 2025-01-01\n---\n政府は本日、新しい交通計画を発表しました。\n',
    );
    // Quoted at length, marked in its own language, or in code: the story is in its own.
    const quoting = validate(
      '---\ntitle: Council approves the harbour plan\ndate: 2025-01-01\n---\nThe council approved the plan.\n\n<p lang="ar">أعلنت الحكومة اليوم عن خطة جديدة لتحسين النقل العام في المدينة الكبيرة</p>\n\n```\nأعلنت الحكومة اليوم عن خطة جديدة لتحسين النقل العام\n```\n',
    );
    expect(told(japanese.problems)).toEqual([
      "warning content/world/x.md:2 lang: the story is written in Japanese script, and is marked as English (the site's language): screen readers would read it out as English, and it would be filed with the English stories (the site has no words for Japanese yet (its languages: en, es, ar): a developer adds one in src/lib/strings.ts, then write lang: ja)",
    ]);
    expect(told(quoting.problems)).toEqual([]);
    expect([...told(arabic.problems), ...told(english.problems), ...told(linked.problems)]).toEqual(
      [
        "warning content/world/x.md:2 lang: the story is written in Arabic script, and is marked as English (the site's language): screen readers would read it out as English, and it would be filed with the English stories (write lang: ar, the story's language)",
        "warning content/world/x.md:4 lang: the story is written in Latin letters, and is marked as Arabic (lang: ar): screen readers would read it out as Arabic, and it would be filed with the Arabic stories (delete lang: for the site's language, English)",
      ],
    );
  });
});

describe('validateArticle: a backslash in double quotes', () => {
  it('tells an escape YAML turns into a line break or a control character, with both fixes', () => {
    const { problems } = validate(
      '---\ntitle: "Rock\\roll hall reopens"\ndate: 2025-01-01\nsummary: "Saved to C:\\\\new and \\"quoted\\" \\u00e9"\nimage:\n  src: https://cdn.example/a.jpg\n  alt: "Tickets\\x08sold out"\n---\nBody.\n',
    );
    expect(told(problems)).toEqual([
      `error content/world/x.md:2 title: has "\\r" in double quotes, which YAML reads as a line break (a carriage return), not as a \\ and "r" (to print a backslash, write it twice: "Rock\\\\roll hall reopens"; or put the value in single quotes, where \\ is printed as typed)`,
      `error content/world/x.md:7 image.alt: has "\\x08" in double quotes, which YAML reads as an invisible control character, not as a \\ and "x08" (to print a backslash, write it twice: "Tickets\\\\x08sold out"; or put the value in single quotes, where \\ is printed as typed)`,
    ]);
  });

  it('names an escape by what it makes, and a value over lines by its field', () => {
    const { problems } = validate(
      '---\ntitle: "Line one\n  and \\x0a two"\ndate: 2025-01-01\nsummary: "A \\u2028 b"\n---\nBody.\n',
    );
    expect(told(problems)).toEqual([
      `error content/world/x.md:3 title: has "\\x0a" in double quotes, which YAML reads as a line break, not as a \\ and "x0a" (to print a backslash, write it twice: "…\\\\x0a…"; or put the value in single quotes, where \\ is printed as typed)`,
      `error content/world/x.md:5 summary: has "\\u2028" in double quotes, which YAML reads as a line break, not as a \\ and "u2028" (to print a backslash, write it twice: "A \\\\u2028 b"; or put the value in single quotes, where \\ is printed as typed)`,
    ]);
  });

  it("warns of markdown's escape of an underscore, which YAML makes a non-breaking space", () => {
    const { problems } = validate(
      '---\ntitle: "The \\_real\\_ story"\ndate: 2025-01-01\nsummary: "C:\\\\_data and \\u00a0"\n---\nBody.\n',
    );
    expect(told(problems)).toEqual([
      `warning content/world/x.md:2 title: has "\\_" in double quotes, which YAML reads as a non-breaking space, not as an underscore (for an underscore, write _ alone: no backslash is needed in front matter)`,
    ]);
  });

  it("tells an escape YAML does not know, as a Windows path's, with both fixes", async () => {
    expect(
      await errors('---\ntitle: "Files in C:\\Users\\jane"\ndate: 2025-01-01\n---\nBody.\n'),
    ).toEqual([
      `content/world/x.md:2 title: has "\\U" in double quotes, where a backslash starts an escape YAML does not know (to print a backslash, write it twice: "Files in C:\\\\Users\\\\jane"; or put the value in single quotes, where \\ is printed as typed)`,
    ]);
  });

  it('prints a headline and a summary written over lines as one line', async () => {
    const { article, problems } = await parse(
      '---\ntitle: |\n  Storm hits\n  the coast\ndate: 2025-01-01\nsummary: |\n  Waves rose.\n\n  Roads shut.\n---\nBody.\n',
    );
    expect(problems).toEqual([]);
    expect(article).toMatchObject({
      title: 'Storm hits the coast',
      summary: 'Waves rose. Roads shut.',
    });
  });
});

describe('validateArticle: a misspelt name on a line YAML cannot read', () => {
  it.each([
    ['title: Storm\ndate: 2025-01-01\nauthr:\u00a0Jane Doe', 4, 'authr', 'author'],
    ['title: Storm\ndate: 2025-01-01\nsumary\uff1a Waves', 4, 'sumary', 'summary'],
    ['titel: "Storm\ndate: 2025-01-01', 2, 'titel', 'title'],
  ])(
    "tells the misspelling with the line's mistake, not a round later: %j",
    (front, line, name, near) => {
      const lines = told(validate(`---\n${front}\n---\nBody.\n`).problems).filter((p) =>
        p.includes(`:${line} `),
      );
      expect(lines).toHaveLength(2);
      expect(lines[1]).toBe(
        `error content/world/x.md:${line} ${name}: is not a known field either: did you mean ${near}? (rename it ${near}:)`,
      );
    },
  );

  it('says nothing more where the name is right', () => {
    expect(
      told(
        validate('---\ntitle: Storm\ndate: 2025-01-01\nauthor:\u00a0Jane Doe\n---\nBody.\n')
          .problems,
      ),
    ).toEqual([
      'error content/world/x.md:4 author: has a non-breaking space (pasted from a word processor or a web page), which YAML does not read as a space (delete the spaces on line 4 and type them again)',
    ]);
  });
});

describe('validateArticle: a full-width colon, as a Chinese or Japanese keyboard types it', () => {
  it.each([
    ['title\uff1a Storm\ndate: 2025-01-01', 2, 'title'],
    ['title: Storm\ndate\uff1a 2025-01-01\nauthor: Jane Doe', 3, 'date'],
    ['title: Storm\ndate: 2025-01-01\nimage:\n  src: a.jpg\n  alt\uff1a Harbour', 6, 'alt'],
  ])('names the field it was meant for, once: %j', (front, line, field) => {
    expect(told(validate(`---\n${front}\n---\nBody.\n`).problems)).toEqual([
      `error content/world/x.md:${line} ${field}: is written with a full-width colon "\uff1a", which YAML does not read as a colon (write ${field}: with the colon of a Latin keyboard)`,
    ]);
  });

  it.each([
    ['title:\u3000Storm\ndate: 2025-01-01', 2, 'title'],
    ['title: Storm\ndate:\u30002025-01-01', 3, 'date'],
  ])('names a full-width space after a colon on its field: %j', (front, line, field) => {
    expect(told(validate(`---\n${front}\n---\nBody.\n`).problems)).toEqual([
      `error content/world/x.md:${line} ${field}: has a full-width space (typed with a Chinese or Japanese keyboard), which YAML does not read as a space (type the spaces on line ${line} again with the space bar in Latin input)`,
    ]);
  });

  it("refuses a photo's fields indented with full-width spaces: the photo would be lost", () => {
    const front = 'title: Storm\ndate: 2025-01-01\nimage:\n\u3000src: ./a.jpg\n\u3000alt: A dog';
    expect(told(validate(`---\n${front}\n---\nBody.\n`).problems)).toEqual(
      ['src', 'alt'].map(
        (name, i) =>
          `error content/world/x.md:${5 + i} ${name}: has a full-width space (typed with a Chinese or Japanese keyboard) in its name, which YAML reads as part of the name, not as a space (delete the spaces before ${name} and indent it again with the space bar in Latin input)`,
      ),
    );
  });

  it.each([
    [
      '\u00a0author: Jane Doe',
      'a non-breaking space (pasted from a word processor or a web page)',
      'delete the spaces before author: it starts at the beginning of the line',
    ],
    [
      'author\u00a0: Jane Doe',
      'a non-breaking space (pasted from a word processor or a web page)',
      'delete the space between author and its colon',
    ],
    [
      '\u3000author: Jane Doe',
      'a full-width space (typed with a Chinese or Japanese keyboard)',
      'delete the spaces before author: it starts at the beginning of the line',
    ],
  ])(
    'says how to mend a story field whose name holds a space YAML does not read: %j',
    (line, kind, fix) => {
      const front = `title: Storm\ndate: 2025-01-01\n${line}`;
      expect(told(validate(`---\n${front}\n---\nBody.\n`).problems)).toEqual([
        `error content/world/x.md:4 author: has ${kind} in its name, which YAML reads as part of the name, not as a space (${fix})`,
      ]);
    },
  );

  it('leaves one inside a value alone: there it is text', () => {
    expect(validate('---\ntitle: 会议\uff1a决定\ndate: 2025-01-01\n---\nBody.\n').problems).toEqual(
      [],
    );
  });
});

describe("validateArticle: another tool's embargo field", () => {
  it.each([
    ['embargo: 2099-01-01T09:00:00Z', 'write date: 2099-01-01T09:00:00Z, and delete embargo:'],
    [
      'embargoed: true',
      'write date: as the time it may be published (YYYY-MM-DD, or a date-time such as YYYY-MM-DDT09:00:00Z), and delete embargoed:',
    ],
  ])('stops the build, which would publish the story at once: %j', (front, fix) => {
    const [field] = front.split(':');
    expect(told(withFront(front).problems)).toEqual([
      `error content/world/x.md:4 ${field}: holds nothing back here: a story is held until its date (${fix})`,
    ]);
  });
});

describe('validateArticle: typographic quotes around a value', () => {
  it('warns that they print, in the words of a word processor', () => {
    const { problems } = validate(
      '---\ntitle: “Storm hits”\ndate: 2025-01-01\nsummary: ‘We will rebuild’, says the mayor\n---\nBody.\n',
    );
    expect(told(problems)).toEqual([
      `warning content/world/x.md:2 title: is wrapped in typographic quotes (“…”), which are printed as part of it (delete them; or, if the title is a quotation, keep them inside YAML's own quotes, which are straight: title: '“Storm hits”')`,
    ]);
    // Inside YAML's quotes, they are meant.
    expect(validate(`---\ntitle: '“Storm hits”'\ndate: 2025-01-01\n---\nBody.\n`).problems).toEqual(
      [],
    );
  });

  it('warns of a tag in them, or split by them, on its line, and not of a possessive', () => {
    const { problems } = validate(
      '---\ntitle: T\ndate: 2025-01-01\ntags: [“Ferries”, Unions, Farmers’ markets]\n---\nBody.\n',
    );
    expect(told(problems)).toEqual([
      'warning content/world/x.md:4 tags, 1st entry: "“Ferries”" has typographic quotes, which are part of the topic\'s name, printed on its page and in every link to it (write it without them: Ferries; YAML\'s own quotes are straight: "…")',
    ]);
    const split = validate(
      '---\ntitle: T\ndate: 2025-01-01\ntags:\n  - ‘Transport’\n  - Roads\n---\nBody.\n',
    );
    expect(told(split.problems)).toEqual([
      expect.stringMatching(
        /^warning content\/world\/x\.md:5 tags, 1st entry: "‘Transport’" has typographic quotes.*: Transport;/,
      ),
    ]);
  });

  it('warns of a quotation opened and never closed, and not of one closed inside', () => {
    const { problems } = validate(
      '---\ntitle: “Mayor says we will rebuild\ndate: 2025-01-01\nsummary: “We will rebuild,” the mayor says.\n---\nBody.\n',
    );
    expect(told(problems)).toEqual([
      'warning content/world/x.md:2 title: opens a quotation (“) that is never closed, and is printed so (close it with ”, or delete it)',
    ]);
    expect(
      validate(
        '---\ntitle: „Wir bauen auf“, sagt der Bürgermeister\ndate: 2025-01-01\n---\nBody.\n',
      ).problems,
    ).toEqual([]);
  });
});

describe('validateArticle: a byline that names several people in one', () => {
  it('warns, with the list to write', () => {
    const { problems } = validate(
      '---\ntitle: T\ndate: 2025-01-01\nauthor: Jane Doe, Sam Roe and Al Poe\n---\nBody.\n',
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/world/x.md:4 author: "Jane Doe, Sam Roe and Al Poe" is one name; for a story by 3 people, write author: [Jane Doe, Sam Roe, Al Poe]',
    ]);
    expect(problems[0]?.severity).toBe('warning');
  });

  it('warns in the same report as the errors of the file, not a round later', () => {
    const { problems } = validate(
      `---\ntitle: T\ndate: 2025-02-30\nauthor: Jane Doe and Sam Roe\nsummary: ${'Long. '.repeat(60)}\n---\n\n`,
    );
    expect(told(problems)).toEqual([
      'error content/world/x.md:3 date: "2025-02-30" is not a real date (February 2025 has 28 days)',
      'warning content/world/x.md:4 author: "Jane Doe and Sam Roe" is one name; for a story by 2 people, write author: [Jane Doe, Sam Roe]',
      'warning content/world/x.md:5 summary: is 359 characters long (keep it under 300: one or two sentences)',
      'error content/world/x.md:6 body: is empty, so the story would go out as a headline on an empty page (write the story below the closing ---, or hold it back with draft: true)',
    ]);
  });
});

describe('parseArticle: each bad field gives its message', () => {
  const base = (fields: string) => `---\n${fields}\n---\nBody.\n`;

  it.each([
    [
      'title: T\ndate: 2025-01-01\nfeatured: >\n  false',
      'content/world/x.md:4 featured: is written as a block of lines (">"), which YAML reads as text, not false (write featured: false on one line)',
    ],
    [
      'title: T\ndate: 2025-02-30',
      'content/world/x.md:3 date: "2025-02-30" is not a real date (February 2025 has 28 days)',
    ],
    [
      'title: T\ndate: 2025-13-01',
      'content/world/x.md:3 date: "2025-13-01" is not a real date (there is no month 13: did you mean 2025-01-13?)',
    ],
    [
      'title: T\ndate: yesterday',
      'content/world/x.md:3 date: "yesterday" is not a date (use YYYY-MM-DD, or a date-time with Z or an offset such as 2025-04-18T09:30:00Z)',
    ],
    [
      'title: T\ndate: 2025',
      'content/world/x.md:3 date: expected a date, got 2025 (use YYYY-MM-DD, e.g. 2025-04-18)',
    ],
    [
      // YAML reads the digits run together as a number.
      'title: T\ndate: 20250419',
      'content/world/x.md:3 date: expected a date, got 20250419 (write it as 2025-04-19)',
    ],
    ['title: T', 'content/world/x.md:1 date: is required (use YYYY-MM-DD, e.g. 2025-04-18)'],
    [
      'date: 2025-01-01',
      'content/world/x.md:1 title: is required (e.g. title: "Storm hits the coast")',
    ],
    ['title: "  "\ndate: 2025-01-01', 'content/world/x.md:2 title: is empty (write the headline)'],
    [
      'title: T\ndate: 2025-01-02\nupdated: 2025-01-01',
      'content/world/x.md:4 updated: "2025-01-01" is before the story\'s date, "2025-01-02" (an update comes after the story: date it "2025-01-02" or later)',
    ],
    [
      'title: T\ndate: 2025-01-01\ntags: 5',
      'content/world/x.md:4 tags: expected a list of strings, got 5 (e.g. tags: [Syria, US Military])',
    ],
    [
      'title: T\ndate: 2025-01-01\ntags: Transport, City Council',
      'content/world/x.md:4 tags: expected a list of strings, got "Transport, City Council" (write it as a list, in brackets: tags: [Transport, City Council])',
    ],
    [
      'title: T\ndate: 2025-01-01\ndraft: "maybe"',
      'content/world/x.md:4 draft: expected true or false, got "maybe" (e.g. draft: true)',
    ],
    [
      'title: T\ndate: 2025-01-01\ndraft: yes',
      'content/world/x.md:4 draft: expected true or false, got "yes": write true (YAML reads only true and false as yes or no)',
    ],
    [
      'title: T\ndate: 2025-01-01\ndraft: no',
      'content/world/x.md:4 draft: expected true or false, got "no": write false (YAML reads only true and false as yes or no)',
    ],
    [
      'title: T\ndate: 2025-01-01\nimage:\n  src: /a.jpg',
      'content/world/x.md:4 image.alt: is required with a photo (describe the picture for readers who cannot see it)',
    ],
    [
      'title: T\ndate: 2025-01-01\nimage:\n  src: javascript:alert(1)\n  alt: x',
      'content/world/x.md:5 image.src: "javascript:alert(1)" is not an image URL (use a photo beside the article such as ./storm.jpg, https://…, or a path in public/ such as /images/storm.jpg)',
    ],
    [
      'title: T\ndate: 2025-01-01\nimage:\n  src: http://cdn.example/a.jpg\n  alt: x',
      'content/world/x.md:5 image.src: "http://cdn.example/a.jpg" is http (use https://: pages are served over https and their security policy blocks http images)',
    ],
    [
      'title: T\ndate: 2025-01-01\nimage:\n  src: /\\evil.example/x.jpg\n  alt: x',
      'content/world/x.md:5 image.src: "/\\\\evil.example/x.jpg" is not an image URL (use a photo beside the article such as ./storm.jpg, https://…, or a path in public/ such as /images/storm.jpg)',
    ],
    [
      'title: Mayor: "We will rebuild"\ndate: 2025-01-01\ntags: 5',
      `content/world/x.md:2 title: has ": " in its value, which YAML reads as the start of another field (put the value in quotes: title: 'Mayor: "We will rebuild"')`,
      'content/world/x.md:4 tags: expected a list of strings, got 5 (e.g. tags: [Syria, US Military])',
    ],
    [
      // A word processor's quotes are none of YAML's: its own are offered, and the kept ones.
      'title: “Mayor: we will rebuild”\ndate: 2025-01-01',
      `content/world/x.md:2 title: has ": " in its value, which YAML reads as the start of another field (put the value in YAML's quotes, which are straight and not printed: title: 'Mayor: we will rebuild'; the typographic quotes would be printed, so to print them, as a quotation: title: '“Mayor: we will rebuild”')`,
    ],
    [
      // YAML finds the quote unclosed where the text ends: the field that opened it is told.
      'title: "Storm closes the road\ndate: 2025-01-01\nsummary: Waves.\ndraft: true',
      'content/world/x.md:2 title: opens a quote (") that is never closed, so YAML reads the lines below it into this value (end it with ")',
    ],
    [
      // The fields below the quote are read for their own mistakes: all told in one round.
      'title: "Storm closes the road\ndate: 2025-18-04\nsummry: Waves.',
      'content/world/x.md:2 title: opens a quote (") that is never closed, so YAML reads the lines below it into this value (end it with ")',
      'content/world/x.md:4 summry: is not a known field: did you mean summary? (rename it summary:, or the story is published without its summary)',
      'content/world/x.md:3 date: "2025-18-04" is not a real date (there is no month 18: did you mean 2025-04-18?)',
    ],
    [
      'title: T\ndate: 2025-01-01\ntags: [Weather, Transport\nsummary: Waves.',
      'content/world/x.md:4 tags: opens a list ([) that is never closed, so YAML reads the lines below it into this value (end it with ])',
    ],
    [
      // A quote opened in a list and left open: the list with the quote closed, not the list quoted;
      // both lists told in one round.
      'title: T\ndate: 2025-01-01\ntags: [Politics, "Harbour]\nauthor: [\'Jane Doe, Sam Roe]\nsummary: x',
      `content/world/x.md:4 tags: has a quote (") in its list that is not closed before the list's "]", so YAML reads past the end of the list (close it: tags: [Politics, "Harbour"])`,
      `content/world/x.md:5 author: has a quote (') in its list that is not closed before the list's "]", so YAML reads past the end of the list (close it: author: ['Jane Doe', Sam Roe])`,
    ],
    [
      // Closed after the "]", and a quoted entry with a comma in it left as it is.
      'title: T\ndate: 2025-01-01\ntags: ["Smith, John", "Harbour]"',
      `content/world/x.md:4 tags: has a quote (") in its list that is not closed before the list's "]", so YAML reads past the end of the list (close it: tags: ["Smith, John", "Harbour"])`,
    ],
    [
      // Square brackets round a word in a headline: a list, to YAML.
      'title: [Breaking] Storm hits\ndate: 2025-01-01',
      `content/world/x.md:2 title: starts with "[", which YAML reads as the start of a list, and goes on after its "]" (put the value in quotes: title: '[Breaking] Storm hits')`,
    ],
    [
      // An apostrophe in single quotes, with a colon after it: not "nested mappings".
      "title: 'Mayor's pledge: rebuild'\ndate: 2025-01-01",
      `content/world/x.md:2 title: has a single quote inside a value that starts and ends with one, so YAML ends the value early (write title: "Mayor's pledge: rebuild")`,
    ],
    [
      // Asterisks round a word, as markdown's emphasis: an alias, to YAML.
      'title: *Exclusive* Council approves budget\ndate: 2025-01-01',
      `content/world/x.md:2 title: starts with "*", which YAML reads as a reference to a value labelled elsewhere in the file (an alias), not as words (put the value in quotes: title: '*Exclusive* Council approves budget')`,
    ],
    [
      'title: T\ndate: 2025-01-01\ntags:\n\t- Politics',
      "content/world/x.md:5 tags: has a tab before a list entry (line 5), which YAML does not allow (indent the list's - lines with spaces)",
    ],
    [
      'title: T\n\tdate: 2025-01-01',
      "content/world/x.md:3 date: starts with a tab, which YAML does not allow (start a field at the beginning of the line, or indent a group's lines with spaces)",
    ],
    [
      'title: T\ndate: 2025-01-01\ntitle: U',
      'content/world/x.md:4 title: is written twice (first on line 2): keep one of them',
    ],
    [
      // Not "date: is required" as well: the line is there, written wrong.
      'title: T\ndate:2025-01-01',
      'content/world/x.md:3 date: needs a space after its colon (date: 2025-01-01)',
    ],
    [
      // YAML gives three errors for this one line: one is told.
      'title: T\ndate: 2025-01-01\ntags:\n  - a\n - b',
      'content/world/x.md:6 tags: has a list entry (line 6) indented differently from the ones above it (indent every - line of a list by the same spaces)',
    ],
    [
      // No YAML error at all: a deeper entry is more words of the one above, one tag.
      'title: T\ndate: 2025-01-01\ntags:\n  - Floods\n    - Weather\n  - Coast\nauthor:\n- Jane Doe\n - Sam Roe',
      'content/world/x.md:6 tags: has a list entry (line 6) indented deeper than the one above it, so YAML reads both as one entry, "Floods - Weather" (indent every - line of a list by the same spaces)',
      'content/world/x.md:10 author: has a list entry (line 10) indented deeper than the one above it, so YAML reads both as one entry, "Jane Doe - Sam Roe" (indent every - line of a list by the same spaces)',
    ],
    [
      // Told beside a line YAML cannot read at all.
      'title: T\ndate: 2025-01-01\nsummary: a: b\ntags:\n  - Floods\n    - Weather',
      `content/world/x.md:4 summary: has ": " in its value, which YAML reads as the start of another field (put the value in quotes: summary: 'a: b')`,
      'content/world/x.md:7 tags: has a list entry (line 7) indented deeper than the one above it, so YAML reads both as one entry, "Floods - Weather" (indent every - line of a list by the same spaces)',
    ],
    [
      // A quote of the same kind inside a quoted value, and words after a closing quote.
      `title: "Mayor says "no""\ndate: 2025-01-01\nsummary: 'It's here'\nsource: "AP" wire`,
      `content/world/x.md:2 title: has a double quote inside a value that starts and ends with one, so YAML ends the value early (write title: 'Mayor says "no"')`,
      `content/world/x.md:4 summary: has a single quote inside a value that starts and ends with one, so YAML ends the value early (write summary: "It's here")`,
      `content/world/x.md:5 source: has words after its closing quote (write source: '"AP" wire')`,
    ],
    [
      // TOML's "=", a "]" too many, no space after a list's "-", a character YAML keeps.
      'title = "T"\ndate: 2025-01-01\ntags: [Transport]]\nauthor:\n-Jane Doe\nsource: @AP',
      'content/world/x.md:2 title: is written with "=", where YAML needs a colon (write title: "T")',
      'content/world/x.md:4 tags: has a "]" that closes no "[" (write tags: [Transport])',
      'content/world/x.md:6 author: has a list entry (line 6) with no space after its "-" (write - Jane Doe)',
      `content/world/x.md:7 source: starts with "@", which YAML keeps for its own use (put the value in quotes: source: '@AP')`,
    ],
    [
      // A wrapped line or a block's line at the start of the line: YAML cannot tell it from a field.
      'title: T\ndate: 2025-01-01\nsummary: The storm\ncame ashore',
      'content/world/x.md:5 summary: goes on to line 5, which starts at the beginning of the line, so YAML cannot read it (indent line 5 by two spaces, or write the whole value on one line)',
    ],
    [
      'title: T\ndate: 2025-01-01\nsummary: |\nThe storm',
      'content/world/x.md:5 summary: starts a block of lines with "|", and each of its lines must be indented (indent line 5 by two spaces)',
    ],
    [
      // A word YAML reads as no value: the word meant, not a field left blank.
      'title: Null\ndate: 2025-01-01',
      'content/world/x.md:2 title: is "Null", which YAML reads as no value at all, not as the word (put it in quotes: title: "Null")',
    ],
    [
      'title: ~ # left so\ndate: 2025-01-01',
      'content/world/x.md:2 title: is "~", which YAML reads as no value at all, not as the word (put it in quotes: title: "~")',
    ],
    [
      // No YAML error: "!" starts a type tag, which YAML drops with the word it is.
      'title: !Important notice\ndate: 2025-01-01\ntags: [!x Floods]\nimage:\n  src: https://cdn.example/a.jpg\n  alt: !Mayor waves',
      `content/world/x.md:2 title: has "!Important", which YAML reads as a type tag and drops (put the value in quotes: title: '!Important notice')`,
      'content/world/x.md:4 tags: has "!x", which YAML reads as a type tag and drops (put the words that start with !x in quotes)',
      `content/world/x.md:7 image.alt: has "!Mayor", which YAML reads as a type tag and drops (put the value in quotes: alt: '!Mayor waves')`,
    ],
    [
      // A number or true where text is meant, text in quotes where true is meant.
      'title: 1984\ndate: 2025-01-01\ntags: [2025]\ndraft: "false"',
      'content/world/x.md:2 title: expected text, got 1984, which YAML reads as a number, not text (put it in quotes: "1984")',
      'content/world/x.md:4 tags, 1st entry: expected text, got 2025, which YAML reads as a number, not text (put it in quotes: "2025")',
      'content/world/x.md:5 draft: expected true or false, got "false", text in quotes (write it without the quotes: false)',
    ],
    [
      // Another tool's names: said so, and "title: is required" not said as well.
      'headline: T\ndate: 2025-01-01\ndescription: S.\nlang: Spanish',
      'content/world/x.md:2 headline: is what other tools call title: (rename it title:, or the story is published without its title)',
      'content/world/x.md:4 description: is what other tools call summary: (rename it summary:, or the story is published without its summary)',
      `content/world/x.md:5 lang: "Spanish" is a language's name: write its code, es`,
    ],
    [
      // The site shows tags as topics: the word an editor types for them.
      'title: T\ndate: 2025-01-01\ntopics: [Transport]',
      "content/world/x.md:4 topics: is the site's word for the pages a story's tags: make (rename it tags:, or the story is published without its tags)",
    ],
    [
      // One topic, not a list: the fix is written as a list.
      'title: T\ndate: 2025-01-01\nsection: Politics',
      "content/world/x.md:4 section: is the site's word for the pages a story's tags: make (rename it tags:, as a list: tags: [Politics], or the story is published without its tags)",
    ],
    [
      // Beside tags:, its topics would be lost.
      'title: T\ndate: 2025-01-01\ntags: [Roads]\ncategories: [Transport]',
      'content/world/x.md:5 categories: is what other tools call tags:, and tags: is on line 4 already (move its topics into that list, and delete this line: it is ignored)',
    ],
    [
      // A value wrapped at the start of the line after a colon, a "- ", or inside quotes.
      'title: T\ndate: 2025-01-01\nsummary: The storm hit the coast:\nofficials said\nsource: AP',
      `content/world/x.md:4 summary: ends with ":", which YAML reads as the start of another field (put the whole value on one line, in quotes: summary: 'The storm hit the coast: officials said')`,
    ],
    [
      'title: T\ndate: 2025-01-01\nsummary: The storm\n- and rain',
      'content/world/x.md:5 summary: goes on to line 5, which starts with "- " at the beginning of the line, so YAML cannot read it (indent line 5 by two spaces, or write the whole value on one line)',
    ],
    [
      'title: T\ndate: 2025-01-01\nsummary: "The storm\nhit the coast: officials said"\nsource: AP',
      'content/world/x.md:4 summary: goes on to line 5, which starts at the beginning of the line, so YAML cannot find where the quote ends (indent line 5 by two spaces, or write the whole value on one line)',
    ],
    [
      // " #" inside a list, an apostrophe in a single-quoted value never closed, a leading "- ".
      "title: 'It's here\ndate: 2025-01-01\ntags: [Floods #1, Weather]\nsource: - AP",
      `content/world/x.md:2 title: has a single quote inside a value that starts with one, so YAML ends the value early (write title: "It's here")`,
      'content/world/x.md:4 tags: has " #" in its list, which YAML reads as the start of a note, so the list is never closed (put that entry in quotes: tags: ["Floods #1", Weather])',
      `content/world/x.md:5 source: starts with "- ", which YAML reads as a list entry (put the value in quotes: source: '- AP')`,
    ],
    [
      // A group's field indented deeper than the one above it, or apart from the first.
      'title: T\ndate: 2025-01-01\nimage:\n  src: https://cdn.example/a.jpg\n  alt: Harbour\n    caption: x',
      "content/world/x.md:7 caption: is indented deeper than alt: on line 6, so YAML reads it as part of alt's value (indent it as alt: is)",
    ],
    [
      'title: T\ndate: 2025-01-01\nimage:\n    src: https://cdn.example/a.jpg\n  alt: Harbour',
      'content/world/x.md:6 alt: is indented differently from src: on line 5 (indent the fields of image: by the same spaces)',
    ],
    [
      // Read as an empty image: and two fields of the story's own, the photo would be lost.
      'title: T\ndate: 2025-01-01\nimage:\nsrc: https://cdn.example/a.jpg\nalt: Harbour',
      'content/world/x.md:5 src: is not indented under image:, so image: is empty (indent it by two spaces, or the story is published without its photo)',
      'content/world/x.md:6 alt: is not indented under image:, so image: is empty (indent it by two spaces, or the story is published without its photo)',
    ],
    [
      // YAML cuts a plain value at " #": the headline would go out as "Storm".
      "title: Storm # and flood\ndate: 2025-01-01\nsummary: It's #1\nsource: AP #",
      `content/world/x.md:2 title: loses "# and flood": YAML reads " #" and what follows as a note, not text (put the value in quotes: title: 'Storm # and flood')`,
      `content/world/x.md:4 summary: loses "#1": YAML reads " #" and what follows as a note, not text (put the value in quotes: summary: "It's #1")`,
      `content/world/x.md:5 source: loses "#": YAML reads " #" and what follows as a note, not text (put the value in quotes: source: 'AP #')`,
    ],
    [
      // `*` starts a YAML alias; one with no anchor used to escape as an exception.
      'title: *!\ndate: 2025-01-01',
      "content/world/x.md:2 title: is not valid YAML at column 8: a value starting with * names an anchor (&name) that is not set before it (put the value in quotes: title: '*!')",
    ],
    [
      'title: T\ndate: 2025-01-01\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      expect.stringMatching(
        /^content\/world\/x\.md:\d \w: is not valid YAML at column \d+: Excessive alias count/,
      ),
    ],
    [
      'title: T\ndate: 2025-01-01\nimage:\n  src: https://cdn.example/a.jpg\n  alt: x\n  width: 1200',
      'content/world/x.md:4 image.height: is needed with the other (give width and height together, so the page keeps its place)',
    ],
    [
      'title: T\ndate: 2025-01-01\nimage:\n  src: https://cdn.example/a.jpg\n  alt: x\n  width: 12.5\n  height: 0',
      'content/world/x.md:7 image.width: is not a whole number of pixels (e.g. width: 1200)',
      'content/world/x.md:8 image.height: is not a whole number of pixels (e.g. width: 1200)',
    ],
    [
      'title: T\ndate: 2025-01-01\nslug: ../x',
      'content/world/x.md:4 slug: "../x" is not a valid slug (use lowercase a-z, 0-9 and single hyphens, as in x)',
    ],
    [
      'title: T\ndate: 2025-01-01\nslug: a/b',
      'content/world/x.md:4 slug: "a/b" is not a valid slug (use lowercase a-z, 0-9 and single hyphens, as in a-b)',
    ],
    [
      'title: T\ndate: 2025-01-01\nauthor: 7',
      'content/world/x.md:4 author: expected a name or a list of names, got 7 (e.g. author: Jane Doe)',
    ],
  ])('%j', async (fields, ...expected) => {
    expect(await errors(base(fields))).toEqual(expected);
  });

  it('lists every problem of a file at once', async () => {
    const lines = await errors(base('title: ""\ndate: 2025-02-30\ntags: 5\ndraft: maybe'));
    expect(lines).toHaveLength(4);
    expect(lines.map((line) => line.split(' ')[1])).toEqual(['title:', 'date:', 'tags:', 'draft:']);
  });

  it('reports a file without front matter', async () => {
    expect(await errors('Just a story.\n')).toEqual([
      'content/world/x.md:1 front matter: is missing (start the file with a --- line, then title: and date: lines, then ---; a file that is not a story, rename it x.txt: only .md files are read)',
    ]);
  });

  it('reports unclosed front matter', async () => {
    expect(await errors('---\ntitle: T\ndate: 2025-01-01\n\nBody.\n')).toEqual([
      'content/world/x.md:1 front matter: is not closed (add a --- line after the last field)',
    ]);
  });

  it('names a fence line written almost right: two hyphens, a dash, a space before', async () => {
    expect(await errors('---\ntitle: T\ndate: 2025-01-01\n--\nBody.\n')).toEqual([
      'content/world/x.md:4 front matter: is not closed: line 4 reads "--", where the closing line is three hyphens alone at the start of the line (write --- there)',
    ]);
    expect(await errors('---\ntitle: T\n—\nBody.\n')).toEqual([
      'content/world/x.md:3 front matter: is not closed: line 3 reads "—", where the closing line is three hyphens alone at the start of the line (write --- there)',
    ]);
    // YAML's end marker ... made one character by a word processor's autocorrect.
    expect(await errors('---\ntitle: T\ndate: 2025-01-01\n…\nBody.\n')).toEqual([
      'content/world/x.md:4 front matter: is not closed: line 4 reads "…", where the closing line is three hyphens alone at the start of the line (write --- there)',
    ]);
    expect(await errors('\n\n---\ntitle: T\ndate: 2025-01-01\n---\nBody.\n')).toEqual([
      "content/world/x.md:1 front matter: is not opened: the --- on line 3 must be the file's first line (delete the empty lines above it)",
    ]);
    expect(await errors(' ---\ntitle: T\n---\nBody.\n')).toEqual([
      'content/world/x.md:1 front matter: is not opened: line 1 reads " ---", where the first line is three hyphens alone at the start of the line (write --- there)',
    ]);
    // A story moved from Hugo, its fields in TOML.
    expect(await errors('+++\ntitle = "T"\ndate = 2025-01-01\n+++\nBody.\n')).toEqual([
      'content/world/x.md:1 front matter: is written in TOML between +++ lines, as Hugo writes it; Dateline reads YAML between --- lines (change both +++ lines to ---, and write each field as name: value: title = "T" becomes title: "T")',
    ]);
  });

  it('reports invalid YAML with its line and column', async () => {
    const [line] = await errors(
      '---\ntitle: T\ndate: 2025-01-01\nsource: AP\nsummary: *b\n---\nx\n',
    );
    expect(line).toMatch(/^content\/world\/x\.md:5 summary: is not valid YAML at column 10: /);
  });

  it('tells a field indented under another on its own line, once, and reads the rest', async () => {
    expect(await errors('---\ntitle: T\n   date: 2025-01-01\n---\nx\n')).toEqual([
      "content/world/x.md:3 date: is indented, so YAML reads it as part of title: on line 2 (start date: at the beginning of the line; or, if this line goes on with title's value, put that whole value in quotes)",
    ]);
  });

  it('tells a wrapped value with a colon in it on its field, once, with no stray field', async () => {
    const text =
      '---\ntitle: T\ndate: 2025-01-01\nsummary: Waves close\n  the road: and more\n---\nx\n';
    const { problems } = await parse(text);
    expect(problems.map(formatProblem)).toEqual([
      'content/world/x.md:4 summary: goes on to line 5, where ": " reads to YAML as a new field (put the whole value in double quotes, or write it on one line)',
    ]);
  });

  it('reports bytes that are not UTF-8 with their place, and the encoding they are most likely in', async () => {
    const head = new TextEncoder().encode('---\ntitle: T\ndate: 2025-01-01\n---\nab');
    const latin = await parseArticle(FILE, Uint8Array.from([...head, 0xe9, 0x74, 0xe9]), settings);
    expect(latin.problems.map(formatProblem)).toEqual([
      'content/world/x.md:5 encoding: has "é" at column 3 in another encoding than UTF-8, most likely Windows-1252 or Latin-1 (save the file as UTF-8, then check that "é" reads right)',
    ]);
    const wide = Uint8Array.from([
      0xff,
      0xfe,
      ...[...'---\n'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect((await parseArticle(FILE, wide, settings)).problems.map(formatProblem)).toEqual([
      'content/world/x.md:1 encoding: is saved as UTF-16 ("Unicode" in some editors), which the build does not read (save the file as UTF-8)',
    ]);
    // A byte no Western encoding has a character for: its place alone.
    const odd = await parseArticle(FILE, Uint8Array.from([...head, 0x81]), settings);
    expect(odd.problems.map(formatProblem)).toEqual([
      'content/world/x.md:5 encoding: byte 36 (column 3) is not valid UTF-8 (save the file as UTF-8)',
    ]);
  });

  it('reports a file name that yields no slug', async () => {
    const { problems } = await parse('---\ntitle: T\ndate: 2025-01-01\n---\nx\n', 'content/!!!.md');
    expect(problems.map(formatProblem)).toEqual([
      'content/!!!.md:1 slug: cannot be made from the file name "!!!.md" (add slug: with a-z, 0-9 and hyphens)',
    ]);
  });
});

describe('standfirst', () => {
  it('is a summary of its own, never a repeat of how the story begins', async () => {
    const standfirst = async (summary: string) =>
      (
        await parse(
          `---\ntitle: T\ndate: 2025-01-01\n${summary}---\n\nThe council met on "Monday" and voted.\n\nMore.\n`,
        )
      ).article?.standfirst;
    expect(await standfirst('summary: Councillors back the harbour plan.\n')).toBe(true);
    expect(await standfirst('summary: The council met on "Monday" and voted.\n')).toBe(false);
    expect(await standfirst('summary: The council met on "Monday"…\n')).toBe(false);
    expect(await standfirst('')).toBe(false);
  });
});
