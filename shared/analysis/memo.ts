/**
 * The analysis' one memo: a value per key object (a record, a hall's or a row's loads), reused while the
 * dependencies it was computed from are the same objects. Records are immutable, so identity is equality.
 */
export class Memo<K extends object, V> {
  private readonly entries = new WeakMap<K, { deps: readonly unknown[]; value: V }>();

  get(key: K, deps: readonly unknown[], compute: () => V): V {
    const hit = this.entries.get(key);
    if (hit && sameDeps(hit.deps, deps)) return hit.value;
    const value = compute();
    this.entries.set(key, { deps, value });
    return value;
  }
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (!Object.is(a[i], b[i])) return false;
  return true;
}
