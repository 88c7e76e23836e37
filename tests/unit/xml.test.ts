import { describe, expect, it } from 'vitest';
import { escapeXml, xmlDocument, xmlSafe } from '../../src/lib/xml.ts';

describe('xmlSafe', () => {
  it('drops every character XML 1.0 forbids and keeps the rest, astral ones included', () => {
    expect(xmlSafe('a\u0000b\u000bc\u001bd\ufffee\ud800f\t\n\r😀')).toBe('abcdef\t\n\r😀');
  });
});

describe('escapeXml', () => {
  it('escapes markup and quotes, and drops forbidden characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u000c`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});

describe('xmlDocument', () => {
  it('declares UTF-8 first and ends with a newline', () => {
    expect(xmlDocument(['<a>', '</a>'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a>\n</a>\n',
    );
  });
});
