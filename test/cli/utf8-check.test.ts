import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstNonUtf8 } from '../../shared/interchange/text-decode.ts';

// Reading an import file checks its bytes with Node's native isUtf8 first and walks them (to say where a file goes
// wrong) only when that fails (main/services/project-import.ts): both must refuse exactly the same files.
describe('the native UTF-8 check before the byte walk', () => {
  // Bytes around every boundary of the UTF-8 rules: ASCII, continuations, lead bytes, overlong and surrogate starts.
  const interesting = fc.constantFrom(0x00, 0x0a, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff);
  const bytes = fc.array(fc.oneof(interesting, fc.integer({ min: 0, max: 255 })), { maxLength: 24 }).map((b) => Uint8Array.from(b));

  it('accepts a sequence of bytes exactly when the walk finds nothing wrong', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        expect(isUtf8(b)).toBe(firstNonUtf8(b) === null);
      }),
      { numRuns: 20_000 },
    );
  });

  it('accepts every encoded code point and refuses encoded surrogates and overlong forms', () => {
    for (const cp of [0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xffff, 0x10000, 0x10ffff]) {
      const b = Buffer.from(String.fromCodePoint(cp), 'utf8');
      expect([isUtf8(b), firstNonUtf8(b)], cp.toString(16)).toEqual([true, null]);
    }
    for (const b of [[0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xf0, 0x80, 0x80, 0xaf], [0xf4, 0x90, 0x80, 0x80]]) {
      expect(isUtf8(Uint8Array.from(b))).toBe(false);
      expect(firstNonUtf8(Uint8Array.from(b))).not.toBeNull();
    }
  });
});
