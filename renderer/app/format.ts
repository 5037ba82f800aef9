// Money is written by the one shared convention ("−$114.36 M"); these are its names in the app.
import { MINUS } from '../../shared/money-text.ts';

export { usdScaled as formatUsd, usdText as formatUsdExact } from '../../shared/money-text.ts';

export function formatNumber(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A fraction as a percentage to one decimal, signed as money is (a true minus; none when it rounds to zero): "−0.6%". */
export function formatPercent(fraction: number): string {
  const body = Math.abs(fraction * 100).toFixed(1);
  return `${fraction < 0 && /[1-9]/.test(body) ? MINUS : ''}${body}%`;
}

export function formatMw(kw: number): string {
  return `${(kw / 1000).toFixed(2)} MW`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KiB`;
  return `${n} B`;
}

/** A timestamp in the user's local time, to the second: `2026-11-26 14:05:09`. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}
