/** The nearest box along the ray by testing every box (the slab method), for comparison with the grid walk. */
export function nearestByBruteForce(boxes: ReadonlyMap<string, readonly number[]>, o: readonly number[], d: readonly number[]): string | null {
  let best: { id: string; t: number } | null = null;
  for (const [id, b] of boxes) {
    let t0 = 0;
    let t1 = Infinity;
    for (let a = 0; a < 3; a++) {
      if (Math.abs(d[a]!) < 1e-12) {
        if (o[a]! < b[a]! || o[a]! > b[a + 3]!) t0 = Infinity;
        continue;
      }
      const p = (b[a]! - o[a]!) / d[a]!;
      const q = (b[a + 3]! - o[a]!) / d[a]!;
      t0 = Math.max(t0, Math.min(p, q));
      t1 = Math.min(t1, Math.max(p, q));
    }
    if (t0 <= t1 && (!best || t0 < best.t)) best = { id, t: t0 };
  }
  return best?.id ?? null;
}
