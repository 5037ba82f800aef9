import { z } from 'zod';

// One way to declare a numeric input with its label, unit and limits, so that every refusal names the field in
// the engineer's words and says what would be accepted. The economics inputs use it too (they build on the load
// profile, so it lives here, below both).

export interface NumberFieldSpec {
  /** What the engineer calls it, e.g. "Debt tenor". */
  readonly label: string;
  /** The unit as written beside the field, e.g. "years" or "$/kW-month". */
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  /** The minimum itself is refused (a ramp of 0, a period of 0). */
  readonly minExclusive?: boolean;
  readonly integer?: boolean;
}

const formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
export const formatNumber = (n: number): string => formatter.format(n);

export const fieldName = (spec: NumberFieldSpec): string => `${spec.label} (${spec.unit})`;

/** "between 0 and 1,000", "more than 0 and at most 24", ... */
export function describeLimits(spec: NumberFieldSpec): string {
  const low = spec.minExclusive ? `more than ${formatNumber(spec.min)}` : `at least ${formatNumber(spec.min)}`;
  const whole = spec.integer ? 'a whole number ' : '';
  if (!spec.minExclusive) return `${whole}between ${formatNumber(spec.min)} and ${formatNumber(spec.max)}`;
  return `${whole}${low} and at most ${formatNumber(spec.max)}`;
}

export function limitMessage(spec: NumberFieldSpec, got: unknown): string {
  const shown = typeof got === 'number' ? formatNumber(got) : JSON.stringify(got);
  return `${fieldName(spec)} must be ${describeLimits(spec)}; got ${shown}`;
}

export function isWithin(spec: NumberFieldSpec, n: number): boolean {
  if (!Number.isFinite(n)) return false;
  if (spec.integer && !Number.isInteger(n)) return false;
  if (spec.minExclusive ? n <= spec.min : n < spec.min) return false;
  return n <= spec.max;
}

/**
 * A zod number that refuses anything outside the spec with one message naming the field and its limits. The limits
 * are zod's own checks (not a refinement), so a form reading the schema shows and checks the same range.
 */
export function numberField(spec: NumberFieldSpec) {
  const outside = { error: (issue: { input?: unknown }) => limitMessage(spec, issue.input), abort: true };
  const base = z.number({
    error: (issue) => (issue.input === undefined ? `${fieldName(spec)} is required` : `${fieldName(spec)} must be a number; got ${JSON.stringify(issue.input)}`),
  });
  const low = spec.minExclusive ? base.gt(spec.min, outside) : base.min(spec.min, outside);
  const ranged = low.max(spec.max, outside);
  return spec.integer ? ranged.int(outside) : ranged;
}
