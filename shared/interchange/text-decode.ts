/**
 * Import files are UTF-8. Anything else is refused with the place it goes wrong, rather than read as something
 * it is not (Latin-1 would be silently mangled; UTF-16 would look like binary noise).
 */
/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not UTF-8. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = bytes[i + 1] ?? 0;
    // No overlong forms (E0 80-9F) and no encoded surrogates (ED A0-BF).
    if ((b0 === 0xe0 && b1 < 0xa0) || (b0 === 0xed && b1 > 0x9f)) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = bytes[i + 1] ?? 0;
    if ((b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Line and column (1-based, in characters) of the first byte that is not UTF-8, or null when all of it is. */
export function firstNonUtf8(bytes: Uint8Array): { line: number; column: number; byte: number } | null {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return { line, column, byte: bytes[i]! };
    if (bytes[i] === 0x0a) {
      line += 1;
      column = 1;
    } else column += 1;
    i += n;
  }
  return null;
}

/** Why an import file's bytes are not UTF-8 text, in words, or null when they are. */
export function notUtf8Reason(bytes: Uint8Array, name: string): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return `${name} is UTF-16 text; save it as UTF-8 (in most editors: Save As, encoding UTF-8) and import it again.`;
  }
  const bad = firstNonUtf8(bytes);
  if (bad) {
    const hex = bad.byte.toString(16).toUpperCase().padStart(2, '0');
    return `${name} is not UTF-8 text: line ${bad.line}, column ${bad.column} holds the byte 0x${hex}, which UTF-8 does not allow there (the file may be Latin-1 or Windows-1252). Save it as UTF-8 and import it again.`;
  }
  return null;
}
