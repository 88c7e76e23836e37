import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  escapeMarkdown,
  escapeMarkdownLine,
  withoutMarkdownMarks,
} from '../../src/lib/markdownEscape.ts';

describe('escapeMarkdownLine', () => {
  it.each([
    [
      '*a* _b_ `c` [d] <e> &f; ~g~ |h| \\i',
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\] \\<e> \\&f; \\~g\\~ \\|h\\| \\\\i',
    ],
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['=== not a heading line', '\\=== not a heading line'],
    ['2024. Not a list', '2024\\. Not a list'],
    ['3) Not a list', '3\\) Not a list'],
    ['Plain text, 1,000 troops.', 'Plain text, 1,000 troops.'],
  ])('escapes %j', (line, expected) => {
    expect(escapeMarkdownLine(line)).toBe(expected);
  });

  it('escapes each line of a paragraph, trimmed', () => {
    expect(escapeMarkdown('  a\n  # b  ')).toBe('a\n\\# b');
  });
});

describe('escapeHtml', () => {
  it('escapes what HTML text may not hold', () => {
    expect(escapeHtml('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d "e"');
  });

  it('writes text so that HTML shows its characters: markup typed is never markup', () => {
    expect(escapeHtml(`Tom & Jerry <img src=x onerror=alert(1)> "quoted"`)).toBe(
      'Tom &amp; Jerry &lt;img src=x onerror=alert(1)&gt; "quoted"',
    );
  });
});

describe('withoutMarkdownMarks', () => {
  it.each([
    ['Damage is *estimated* at **$1m**', 'Damage is estimated at $1m'],
    ['~~old~~ and [the map](https://x.example) ![a photo](x.jpg)', 'old and the map a photo'],
    ['2*3*4 and __init__ stay as typed', '2*3*4 and __init__ stay as typed'],
  ])('%j is %j', (text, plain) => {
    expect(withoutMarkdownMarks(text)).toBe(plain);
  });
});
