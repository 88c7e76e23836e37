/** Decoded text, or where the first byte that is not UTF-8 sits. */
export type DecodeResult =
  { ok: true; text: string } | { ok: false; line: number; column: number; byteOffset: number };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Control characters pasted text and wire copy carry: a vertical tab or form feed is a space;
 * the others (ESC, NUL, …) and the noncharacters U+FFFE/U+FFFF mean nothing to a reader, and XML
 * (feeds) forbids them.
 */
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g;

/** Removes control characters (see CONTROL); vertical tabs and form feeds become spaces. */
export function removeControlCharacters(text: string): string {
  return text.replace(CONTROL, (char) => (char === '\v' || char === '\f' ? ' ' : ''));
}

/**
 * Decodes UTF-8 strictly; strips a BOM, turns CRLF (and lone CR) into LF and removes control
 * characters, so no step after it meets them.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  try {
    return {
      ok: true,
      text: removeControlCharacters(decoder.decode(bytes).replace(/\r\n?/g, '\n')),
    };
  } catch {
    const byteOffset = firstInvalidByte(bytes);
    // Count lines and columns in the valid prefix, which decodes cleanly.
    const before = new TextDecoder().decode(bytes.subarray(0, byteOffset)).replace(/\r\n?/g, '\n');
    const lines = before.split('\n');
    return { ok: false, line: lines.length, column: [...lines.at(-1)!].length + 1, byteOffset };
  }
}

/** The offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** The length of the valid UTF-8 sequence starting at `i`, or 0 when it is not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) =>
    i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Windows-1252, which Western editors save in when not told to use UTF-8 (Latin-1 is its subset). */
const WESTERN = new TextDecoder('windows-1252');

/**
 * What to tell an editor of a file that is not UTF-8, where its first bad byte is: saved as
 * UTF-16 (its byte-order mark says so), or as a Western encoding, shown by the character the
 * byte is there (`é`, `’`); else the byte and its column.
 */
export function notUtf8Message(
  bytes: Uint8Array,
  at: { byteOffset: number; column: number },
): string {
  const fix = 'save the file as UTF-8';
  const [b0, b1] = [bytes[0], bytes[1]];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return `is saved as UTF-16 ("Unicode" in some editors), which the build does not read (${fix})`;
  }
  const byte = bytes[at.byteOffset];
  const meant = byte !== undefined && byte >= 0x80 ? WESTERN.decode(Uint8Array.of(byte)) : '';
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(meant)) {
    return `has "${meant}" at column ${at.column} in another encoding than UTF-8, most likely Windows-1252 or Latin-1 (${fix}, then check that "${meant}" reads right)`;
  }
  return `byte ${at.byteOffset} (column ${at.column}) is not valid UTF-8 (${fix})`;
}
