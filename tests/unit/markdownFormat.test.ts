import { describe, expect, it } from 'vitest';
import { OTHER_NAMES, SOURCE_MARK, STORY_MARK } from '../../src/cms/config.ts';
import { fileFields, readMarkdownFile, writeMarkdownFile } from '../../src/cms/markdownFormat.ts';

const STORY = `---
title: Harbour reopens
# legal: cleared
tags: [Local]
---


Boats are back.

![The quay](quay.jpg)

`;

describe('readMarkdownFile', () => {
  it('reads a story’s fields and body, marked as a story, with the file it came from', () => {
    const data = readMarkdownFile(STORY);
    expect(data).toMatchObject({ title: 'Harbour reopens', tags: ['Local'], [STORY_MARK]: true });
    expect(data.body).toBe('\nBoats are back.\n\n![The quay](quay.jpg)\n\n');
    expect(data[SOURCE_MARK]).toBe(STORY);
  });

  it('shows a byline of one name, written as text, in the Authors box, and writes it back as it was', () => {
    const text = '---\ntitle: Harbour reopens\nauthor: Jane Doe # desk\n---\nBoats.\n';
    const data = readMarkdownFile(text);
    expect(data.author).toEqual(['Jane Doe']);
    expect(writeMarkdownFile(data)).toBe(text);
    expect(writeMarkdownFile({ ...data, author: ['Jane Doe', 'Ali Khan'] })).toBe(
      '---\ntitle: Harbour reopens\nauthor:\n  - Jane Doe\n  - Ali Khan\n---\nBoats.\n',
    );
    expect(writeMarkdownFile({ ...data, author: ['Ali Khan'] })).toContain('author: Ali Khan');
    // A profile's fields are its own: no list is made of them.
    expect(readMarkdownFile('---\nname: Jane Doe\nauthor: x\n---\n').author).toBe('x');
  });

  it('splits a byline between the Authors box and the box of names with no profile', () => {
    const text =
      '---\ntitle: Harbour reopens\nauthor: [Reuters, Jane Doe, A Freelance]\n---\nBoats.\n';
    const data = readMarkdownFile(text, new Set(['Jane Doe', 'Ali Khan']));
    expect(data.author).toEqual(['Jane Doe']);
    expect(data[OTHER_NAMES]).toEqual(['Reuters', 'A Freelance']);
    // Unchanged, it is written as it was; each box's change lands where the file had the names.
    expect(writeMarkdownFile(data)).toBe(text);
    expect(writeMarkdownFile({ ...data, author: ['Jane Doe', 'Ali Khan'] })).toBe(
      '---\ntitle: Harbour reopens\nauthor: [Reuters, Jane Doe, A Freelance, Ali Khan]\n---\nBoats.\n',
    );
    // A name retyped keeps its place; one taken out leaves the rest in theirs.
    expect(writeMarkdownFile({ ...data, [OTHER_NAMES]: ['Reuters', 'A Freelancer'] })).toBe(
      '---\ntitle: Harbour reopens\nauthor: [Reuters, Jane Doe, A Freelancer]\n---\nBoats.\n',
    );
    expect(writeMarkdownFile({ ...data, [OTHER_NAMES]: ['A Freelance', 'AP'] })).toBe(
      '---\ntitle: Harbour reopens\nauthor: [A Freelance, Jane Doe, AP]\n---\nBoats.\n',
    );
    expect(fileFields({ ...data, author: [], [OTHER_NAMES]: [] })).not.toHaveProperty('author');
    // One name with no profile, written as text, stays text; the box's field is never written.
    const one = readMarkdownFile('---\ntitle: A\nauthor: Reuters\n---\n', new Set());
    expect(one).toMatchObject({ author: [], [OTHER_NAMES]: ['Reuters'] });
    expect(writeMarkdownFile(one)).toBe('---\ntitle: A\nauthor: Reuters\n---\n');
    expect(writeMarkdownFile({ ...one, [OTHER_NAMES]: ['AP'] })).toBe(
      '---\ntitle: A\nauthor: AP\n---\n',
    );
    // A name written with spaces around it is read without them, and written as it was.
    const padded = '---\ntitle: A\nauthor: ["  Jane Doe ", Reuters]\n---\n';
    const spaced = readMarkdownFile(padded, new Set(['Jane Doe']));
    expect(spaced).toMatchObject({ author: ['Jane Doe'], [OTHER_NAMES]: ['Reuters'] });
    expect(writeMarkdownFile(spaced)).toBe(padded);
    // A byline the build would refuse is left for the check before a save to name.
    const odd = readMarkdownFile('---\ntitle: A\nauthor: 42\n---\n', new Set());
    expect(odd.author).toBe(42);
    expect(fileFields(odd).author).toBe(42);
  });

  it('reads a profile (a name, no headline) without the story mark', () => {
    expect(readMarkdownFile('---\nname: Jane Doe\n---\n')).not.toHaveProperty(STORY_MARK);
  });

  it('reads through a byte order mark and Windows line endings', () => {
    const data = readMarkdownFile(`\uFEFF${STORY.replace(/\n/g, '\r\n')}`);
    expect(data).toMatchObject({ title: 'Harbour reopens', tags: ['Local'] });
    expect(data.body).toBe('\nBoats are back.\n\n![The quay](quay.jpg)\n\n');
  });
});

describe('writeMarkdownFile', () => {
  it('writes a file the form did not change byte for byte as it was', () => {
    for (const text of [
      STORY,
      STORY.replace(/\n/g, '\r\n'),
      `\uFEFF${STORY}`,
      `\uFEFF${STORY.replace(/\n/g, '\r\n')}`,
      '---\nname: Jane Doe\n---\n',
      '---\nname: Jane Doe\n---\nA bio right after the fence, no newline at the end.',
    ]) {
      expect(writeMarkdownFile(readMarkdownFile(text))).toBe(text);
    }
  });

  it('keeps the body as it was when only a field changed', () => {
    const data = { ...readMarkdownFile(STORY), title: 'Harbour reopens at last' };
    expect(writeMarkdownFile(data)).toBe(STORY.replace('reopens', 'reopens at last'));
  });

  it('writes an edited body after the blank lines the file had, photos beside the file', () => {
    const data = { ...readMarkdownFile(STORY), body: 'Boats are back.\n\n![The quay](quay.jpg)  ' };
    expect(writeMarkdownFile(data)).toBe(
      '---\ntitle: Harbour reopens\n# legal: cleared\ntags: [Local]\n---\n\n\nBoats are back.\n\n![The quay](./quay.jpg)\n',
    );
  });

  it('keeps Windows line endings and a byte order mark through an edit', () => {
    const source = `\uFEFF${STORY.replace(/\n/g, '\r\n')}`;
    const data = { ...readMarkdownFile(source), body: 'Boats are back in numbers.' };
    expect(writeMarkdownFile(data)).toBe(
      '\uFEFF---\r\ntitle: Harbour reopens\r\n# legal: cleared\r\ntags: [Local]\r\n---\r\n\r\n\r\nBoats are back in numbers.\r\n',
    );
  });

  it('writes a new story as the build reads it, and a profile without a bio with no blank tail', () => {
    expect(
      writeMarkdownFile({
        title: 'Harbour reopens',
        draft: false,
        image: { src: 'quay.jpg', alt: '' },
        body: 'Boats are back.\n',
        [STORY_MARK]: true,
      }),
    ).toBe('---\ntitle: Harbour reopens\nimage:\n  src: ./quay.jpg\n---\n\nBoats are back.\n');
    expect(writeMarkdownFile({ name: 'Jane Doe', photo: { src: '', alt: '' }, body: '' })).toBe(
      '---\nname: Jane Doe\n---\n',
    );
  });
});

describe('fileFields', () => {
  it('leaves out the body, the marks, and what the form holds empty', () => {
    expect(
      fileFields({
        title: 'T',
        body: 'b',
        summary: '',
        tags: [],
        featured: false,
        [STORY_MARK]: true,
        [SOURCE_MARK]: '---\n---\n',
      }),
    ).toEqual({ title: 'T' });
  });
});

describe('fileFields, in order', () => {
  it('writes fields, a group’s and a list entry’s in the schema’s order, whatever order they were typed in', () => {
    const fields = fileFields({
      corrections: [{ text: 'Monday, not Sunday.', date: '2026-05-21' }],
      image: { alt: 'The quay', src: 'quay.jpg' },
      title: 'Harbour reopens',
      desk: 'a field the schema does not have stays, last',
    });
    expect(Object.keys(fields)).toEqual(['title', 'image', 'corrections', 'desk']);
    expect(Object.keys(fields.image as object)).toEqual(['src', 'alt']);
    expect(Object.keys((fields.corrections as object[])[0]!)).toEqual(['date', 'text']);
    expect(Object.keys(fileFields({ role: 'Editor', name: 'Jane Doe' }))).toEqual(['name', 'role']);
  });
});
