/** Ends a switch over a union: adding a member (a new record type) is a compile error at every switch that misses it. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}
