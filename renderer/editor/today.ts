/** Today as YYYY-MM-DD, the day a retrofit compare counts ages and queue waits from. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
