/**
 * A record named in a sentence with the word for its kind, never twice: a row named "G1A" is "row G1A", a row named
 * "Row 3" stays "Row 3" (not "row Row 3"), a feed named "Feed A1" stays "Feed A1".
 */
export function called(word: string, name: string): string {
  const lower = name.toLowerCase();
  const w = word.toLowerCase();
  return lower === w || lower.startsWith(`${w} `) || lower.startsWith(`${w}-`) ? name : `${word} ${name}`;
}
