import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../renderer/app/format.ts';
import { usdScaled } from '../../shared/money-text.ts';

// The Economics panel shows "IRR unlevered −0.6%" beside "NPV at 10.0% −$82.74 M": one sign convention for both.
describe('formatPercent', () => {
  it('writes a negative rate with the true minus money uses', () => {
    expect(formatPercent(-0.006)).toBe('\u22120.6%');
    expect(formatPercent(-0.006)[0]).toBe(usdScaled(-82.74e6)[0]);
  });

  it('writes one decimal, and no sign on a value that rounds to zero', () => {
    expect(formatPercent(0.1)).toBe('10.0%');
    expect(formatPercent(0.12345)).toBe('12.3%');
    expect(formatPercent(-0.0004)).toBe('0.0%');
    expect(formatPercent(0)).toBe('0.0%');
  });
});
