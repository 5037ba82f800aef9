/**
 * FNV-1a (32-bit) of a row's column values in a fixed order. Not cryptographic: it detects damage and edits made
 * outside Powerhall, not an attacker who recomputes it (such a file still has to pass every schema check).
 */
export function rowChecksum(values: readonly (string | number | null)[]): number {
  const text = JSON.stringify(values);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
