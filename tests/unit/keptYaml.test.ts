import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { keptYaml } from '../../src/cms/keptYaml.ts';

const SOURCE = `# From the wire; rewritten by the desk.
title: Storm hits coast
# legal: cleared by M. Smith, do not change the quote in par 3
summary: Old summary
tags: [Local, Weather]
image:
  src: ./storm.jpg # the agency's
  alt: Waves over the harbour wall
desk: hold for the late edition
`;

const FIELDS = parse(SOURCE) as Record<string, unknown>;

describe('keptYaml', () => {
  it('writes a file the form did not change as it was, comments and all', () => {
    expect(keptYaml(SOURCE, FIELDS)).toBe(SOURCE);
  });

  it('changes a field in place, keeping the note above it and every other line', () => {
    const text = keptYaml(SOURCE, { ...FIELDS, summary: 'New summary' });
    expect(text).toContain(
      '# legal: cleared by M. Smith, do not change the quote in par 3\nsummary: New summary\ntags: [Local, Weather]\n',
    );
    expect(text).toContain('# From the wire; rewritten by the desk.\ntitle: Storm hits coast\n');
    expect(parse(text)).toEqual({ ...FIELDS, summary: 'New summary' });
  });

  it('edits inside a group, keeping the comment on the part that did not change', () => {
    const image = { src: './storm.jpg', alt: 'Waves breaking over the harbour wall' };
    const text = keptYaml(SOURCE, { ...FIELDS, image });
    expect(text).toContain(
      "image:\n  src: ./storm.jpg # the agency's\n  alt: Waves breaking over the harbour wall\n",
    );
  });

  it('adds a new field after the others, and a removed one takes no note with it', () => {
    const { summary: _summary, ...rest } = FIELDS;
    const text = keptYaml(SOURCE, { ...rest, byline: 'Ana Ruiz' });
    expect(text).not.toContain('summary');
    // The note above the removed summary now stands above the field after it.
    expect(text).toContain('do not change the quote in par 3\ntags: [Local, Weather]\n');
    expect(text.trimEnd().endsWith('byline: Ana Ruiz')).toBe(true);
    expect(parse(text)).toEqual({ ...rest, byline: 'Ana Ruiz' });
  });

  it('keeps a note that ended the front matter when its field is removed', () => {
    const text = keptYaml('title: A\n# check the spelling\ndesk: hold\n', { title: 'A' });
    expect(text).toBe('title: A\n# check the spelling\n');
  });

  it('writes a new file, or one it cannot read, from the fields alone', () => {
    expect(keptYaml(undefined, { title: 'A', tags: ['Local'] })).toBe(
      'title: A\ntags:\n  - Local\n',
    );
    expect(keptYaml('title: [unclosed', { title: 'A' })).toBe('title: A\n');
    expect(keptYaml(undefined, {})).toBe('');
    expect(keptYaml('title: A\n', {})).toBe('');
  });

  it('keeps what the form cannot hold: draft: false, a blank field', () => {
    const source = 'title: A\nsummary: ""\ndraft: false\nfeatured: false\n';
    expect(keptYaml(source, { title: 'B' })).toBe(
      'title: B\nsummary: ""\ndraft: false\nfeatured: false\n',
    );
    // Unticked by the editor: a draft no more.
    expect(keptYaml('title: A\ndraft: true\n', { title: 'A' })).toBe('title: A\n');
  });

  it('writes a changed value as the old one was written: its quotes, its flow list, its note', () => {
    const source =
      'title: "Harbour wall" # agreed with the editor\nsummary: \'Crews start\'\ntags: [ Local, Transport ]\n';
    expect(
      keptYaml(source, {
        title: 'Harbour wall repairs',
        summary: 'Crews started',
        tags: ['Local', 'Harbour'],
      }),
    ).toBe(
      'title: "Harbour wall repairs" # agreed with the editor\nsummary: \'Crews started\'\ntags: [ Local, Harbour ]\n',
    );
  });

  it('adds an entry at the end of a list, leaving those before it as written, notes and all', () => {
    const source =
      'title: A\ncorrections:\n  # legal asked for this wording\n  - { date: 2025-05-11, text: The rise starts in June. }\ndraft: false\n';
    const corrections = [
      { date: '2025-05-11', text: 'The rise starts in June.' },
      { date: '2025-05-12', text: 'The fare is £2.' },
    ];
    expect(keptYaml(source, { title: 'A', corrections })).toBe(
      'title: A\ncorrections:\n  # legal asked for this wording\n  - { date: 2025-05-11, text: The rise starts in June. }\n  - date: 2025-05-12\n    text: The fare is £2.\ndraft: false\n',
    );
  });

  it("keeps the file's Windows line endings and its byte order mark", () => {
    const source = '\uFEFFtitle: A\r\n# note\r\ntags: [Local]\r\n';
    expect(keptYaml(source, { title: 'B', tags: ['Local'] })).toBe(
      '\uFEFFtitle: B\r\n# note\r\ntags: [Local]\r\n',
    );
  });

  it('adds a field to a group inside it, and one at the top level after the others', () => {
    const source = "image:\n  src: ./a.jpg # the agency's\n  alt: Waves\n";
    expect(
      keptYaml(source, {
        image: { src: './a.jpg', alt: 'Waves', credit: 'AP' },
        byline: 'Ana Ruiz',
      }),
    ).toBe("image:\n  src: ./a.jpg # the agency's\n  alt: Waves\n  credit: AP\nbyline: Ana Ruiz\n");
  });
});

describe('keptYaml, entry by entry', () => {
  const LIST = `title: Storm
corrections:
  # the desk's, 21 May
  - date: 2026-05-21
    text: 'The harbour reopened on Monday.' # agreed
  - date: 2026-05-22
    text: >-
      The mayor is Ana Ruiz.
tags:
  - Local # the section
  - 'Weather'
`;
  const FIELDS = parse(LIST) as { corrections: Record<string, string>[]; tags: string[] };

  it('changes one field of one entry, leaving the others and their notes as written', () => {
    const corrections = structuredClone(FIELDS.corrections);
    corrections[1]!.text = 'The mayor is Ana Ruíz.';
    const text = keptYaml(LIST, { ...FIELDS, corrections });
    expect(text).toBe(LIST.replace('Ana Ruiz', 'Ana Ruíz'));
  });

  it('changes a quoted entry and the first field of an entry in place, keeping quotes and notes', () => {
    const corrections = structuredClone(FIELDS.corrections);
    corrections[0] = { date: '2026-05-20', text: 'The harbour reopened on Sunday.' };
    const tags = ['Local', 'Storms'];
    const text = keptYaml(LIST, { ...FIELDS, corrections, tags });
    expect(text).toBe(
      LIST.replace('2026-05-21', '2026-05-20')
        .replace('on Monday', 'on Sunday')
        .replace("'Weather'", "'Storms'"),
    );
  });

  it('takes out a removed entry’s lines, keeping the notes of those left', () => {
    const text = keptYaml(LIST, { ...FIELDS, tags: ['Weather'] });
    expect(text).toBe(LIST.replace('  - Local # the section\n', ''));
    const fewer = keptYaml(LIST, { ...FIELDS, corrections: FIELDS.corrections.slice(1) });
    expect(fewer).toContain("corrections:\n  # the desk's, 21 May\n  - date: 2026-05-22\n");
    expect(parse(fewer)).toEqual({ ...FIELDS, corrections: FIELDS.corrections.slice(1) });
  });

  it('rewrites a list whose entries changed in more than one way, as the form holds it', () => {
    const tags = ['Harbour', 'Local', 'Weather'];
    const text = keptYaml(LIST, { ...FIELDS, tags });
    expect(parse(text)).toEqual({ ...FIELDS, tags });
  });
});

describe('keptYaml, as the value was written', () => {
  it('keeps a block scalar’s style, a quoted key, and the note of an empty field', () => {
    const source = `"title": Storm\nsummary: # TODO\nbody: |-\n  One.\n  Two.\n`;
    expect(
      keptYaml(source, { title: 'Storms', summary: 'Boats are back.', body: 'One.\nThree.' }),
    ).toBe(`"title": Storms\nsummary: Boats are back. # TODO\nbody: |-\n  One.\n  Three.\n`);
  });
});
