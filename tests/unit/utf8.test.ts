import { describe, expect, it } from 'vitest';
import { decodeText, removeControlCharacters } from '../../src/lib/utf8.ts';

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
