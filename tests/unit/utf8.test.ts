import { describe, expect, it } from 'vitest';
import { decodeText, notUtf8Message, removeControlCharacters } from '../../src/lib/utf8.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeText', () => {
  it('strips a BOM and turns CRLF into LF', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'a\r\nb\rc’'))).toEqual({
      ok: true,
      text: 'a\nb\nc’',
    });
  });

  it('says on which line and column the first bad byte sits', () => {
    expect(decodeText(bytes('one\ntwo\nth', [0xff], 'ree'))).toEqual({
      ok: false,
      line: 3,
      column: 3,
      byteOffset: 10,
    });
  });

  it('rejects overlong and surrogate encodings', () => {
    expect(decodeText(bytes([0xc0, 0xaf])).ok).toBe(false);
    expect(decodeText(bytes([0xed, 0xa0, 0x80])).ok).toBe(false);
    expect(decodeText(bytes('é', [0xe2, 0x82])).ok).toBe(false);
  });
});

describe('removeControlCharacters', () => {
  it('turns vertical tabs and form feeds into spaces and drops other controls', () => {
    expect(removeControlCharacters('a\vb\fc\u001b[0md\u0000e\u007f\tf\ng')).toBe(
      'a b c[0mde\tf\ng',
    );
  });
  it('runs on every decoded file', () => {
    const decoded = decodeText(new TextEncoder().encode('title\u001b: x'));
    expect(decoded).toEqual({ ok: true, text: 'title: x' });
  });
});

describe('notUtf8Message', () => {
  it("shows a Western editor's curly quote as the character it is, where it is", () => {
    expect(notUtf8Message(Uint8Array.of(0x61, 0x92, 0x73), { byteOffset: 1, column: 2 })).toBe(
      'has "’" at column 2 in another encoding than UTF-8, most likely Windows-1252 or Latin-1 (save the file as UTF-8, then check that "’" reads right)',
    );
  });

  it('names UTF-16 by its byte-order mark, in either byte order', () => {
    for (const mark of [
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      expect(notUtf8Message(Uint8Array.of(...mark, 0x2d, 0), { byteOffset: 0, column: 1 })).toMatch(
        /^is saved as UTF-16/,
      );
    }
  });
});
