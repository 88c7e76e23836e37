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
    expect(keptYaml(SOURCE, FIELDS)).toBe(SOURCE.replace('  # the', ' # the'));
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
});
