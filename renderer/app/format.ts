const usd0 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export function formatUsd(n: number): string {
  if (Math.abs(n) >= 1e9) return `$${(n / 1e9).toFixed(2)} B`;
  if (Math.abs(n) >= 1e6) return `$${(n / 1e6).toFixed(2)} M`;
  if (Math.abs(n) >= 1e4) return `$${(n / 1e3).toFixed(0)} k`;
  return usd0.format(n);
}

export function formatUsdExact(n: number): string {
  return usd0.format(n);
}

export function formatNumber(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatMw(kw: number): string {
  return `${(kw / 1000).toFixed(2)} MW`;
}
