import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIllFormedText, isWellFormedText, type ValuePath } from '../../shared/contract/well-formed.ts';

// Every interchange file a command reads is walked for lone UTF-16 surrogates (shared/contract/well-formed.ts).
// The walk keeps a link to each value's parent and spells out only the path it reports.
describe('finding text that is not well formed in a JSON value', () => {
  const text = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('\uD800', 'a\uDC00', '\uD83D\uDE00', 'x'));
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.constant(null), tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(text, tie('value'), { maxKeys: 4 }),
  })).value;

  const illFormedAnywhere = (v: unknown): boolean =>
    typeof v === 'string'
      ? !isWellFormedText(v)
      : Array.isArray(v)
        ? v.some(illFormedAnywhere)
        : typeof v === 'object' && v !== null && Object.entries(v).some(([k, c]) => !isWellFormedText(k) || illFormedAnywhere(c));

  /** True when `path` leads from `root` to an ill-formed string, or ends in an ill-formed key. */
  const leadsToIllFormed = (root: unknown, path: ValuePath): boolean => {
    let v = root;
    for (let i = 0; i < path.length; i += 1) {
      const step = path[i]!;
      if (typeof v !== 'object' || v === null || !Object.hasOwn(v, step)) return false;
      if (i === path.length - 1 && typeof step === 'string' && !Array.isArray(v) && !isWellFormedText(step)) return true;
      v = (v as Record<string | number, unknown>)[step];
    }
    return typeof v === 'string' && !isWellFormedText(v);
  };

  it('finds one exactly when there is one, and its path leads to it', () => {
    fc.assert(
      fc.property(json, (value) => {
        const found = findIllFormedText(value);
        expect(found !== null).toBe(illFormedAnywhere(value));
        if (found !== null) expect(leadsToIllFormed(value, found), JSON.stringify(found)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it('names the path of a value deep in a document, and of a key', () => {
    expect(findIllFormedText({ a: [1, { b: ['ok', 'bad\uD800'] }] })).toEqual(['a', 1, 'b', 1]);
    expect(findIllFormedText({ a: { ['k\uDC00']: 1 } })).toEqual(['a', 'k\uDC00']);
    expect(findIllFormedText('\uD800')).toEqual([]);
    expect(findIllFormedText({ a: ['\uD83D\uDE00'] })).toBeNull();
  });
});
