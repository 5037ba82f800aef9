// Money as text, one convention wherever it is written (the app, the CLI's tables, derivations, PDF and drawing
// text): the sign goes before the dollar sign as a true minus, "−$114.36 M", never "$-114.36 M". The PDF's standard
// fonts have no true minus and draw it as a hyphen; XLSX cells hold the numbers under their own number format.

export const MINUS = '\u2212';

/** "1234567" → "1,234,567" (digits only; hand-rolled because Intl is slow per call and derivations call it often). */
export function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** `body` is the magnitude as written; a value that rounds to zero carries no sign. */
function signed(n: number, body: string): string {
  return n < 0 && /[1-9]/.test(body) ? `${MINUS}$${body}` : `$${body}`;
}

/** Whole dollars: "$1,234,567", "−$1,234". */
export function usdText(n: number): string {
  return signed(n, groupThousands(String(Math.round(Math.abs(n)))));
}

/** A figure read at a glance (the app's totals and tables): "$1.23 B", "−$114.36 M", "$12 k", "$950". */
export function usdScaled(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e9) return signed(n, `${(a / 1e9).toFixed(2)} B`);
  if (a >= 1e6) return signed(n, `${(a / 1e6).toFixed(2)} M`);
  if (a >= 1e4) return signed(n, `${(a / 1e3).toFixed(0)} k`);
  return usdText(n);
}

/** Millions or billions, short (chart labels and terminal tables): "$1.21B", "−$114M", "$1.2M", "$0.0M". */
export function usdShort(n: number): string {
  const a = Math.abs(n);
  return signed(n, a >= 1e9 ? `${(a / 1e9).toFixed(2)}B` : `${(a / 1e6).toFixed(a >= 1e8 ? 0 : 1)}M`);
}
