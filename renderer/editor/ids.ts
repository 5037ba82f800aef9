/** A fresh record id: a short type prefix and a random UUID, unique across sessions and machines. */
export function newId<T extends string>(prefix: string): T {
  return `${prefix}-${crypto.randomUUID()}` as T;
}
