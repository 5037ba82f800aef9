import { crossFieldIssues, firmLimitMw, type FieldIssue, type Parsed } from '../load-profile/inputs.ts';
import { fieldName, formatNumber } from '../load-profile/number-field.ts';
import { ECONOMICS_FIELDS } from './fields.ts';
import { EconomicsInputs, PHASE_FIELDS, PhaseEconomicsCase, PhaseInputs, StoredEconomicsInputs } from './inputs.ts';
import { loadInputs } from './load-inputs.ts';
import { fleetMwAfter } from './mining.ts';
import type { z } from 'zod';

// Parsing at the edge (a project record, the CLI, IPC): every refusal is a message naming the field and its limits.

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }));
}

export function parseEconomicsInputs(raw: unknown): Parsed<EconomicsInputs> {
  const r = EconomicsInputs.safeParse(raw);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesOf(r.error) };
}

/** The inputs as the project stores them: GPU-hours fields without a public default may be null (to enter). */
export function parseStoredEconomicsInputs(raw: unknown): Parsed<StoredEconomicsInputs> {
  const r = StoredEconomicsInputs.safeParse(raw);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesOf(r.error) };
}

export function parsePhaseInputs(raw: unknown): Parsed<PhaseInputs> {
  const r = PhaseInputs.safeParse(raw);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesOf(r.error) };
}

/** The whole case, including what only the load years can check (the AI load and the mining fleet under the firm limit). */
export function parsePhaseEconomicsCase(raw: unknown): Parsed<PhaseEconomicsCase> {
  const r = PhaseEconomicsCase.safeParse(raw);
  if (!r.success) return { ok: false, issues: issuesOf(r.error) };
  const c = r.data;
  const variant = { pue: c.phase.pue, priceFactor: 1 };
  const issues = [...loadIssues(c, 'before', variant), ...loadIssues(c, 'after', variant)];
  const seen = new Set<string>();
  const unique = issues.filter((i) => !seen.has(i.message) && seen.add(i.message));
  return unique.length === 0 ? { ok: true, value: c } : { ok: false, issues: unique };
}

/** A load-year issue, placed on the field the engineer entered: the fleet before is the phase's, the fleet kept the economics'. */
function loadIssues(c: PhaseEconomicsCase, which: 'before' | 'after', variant: { pue: number; priceFactor: number }): FieldIssue[] {
  // With no fleet entered the fleet kept is the one before, already reported on its own field.
  const keptIsBefore = which === 'after' && c.economics.mining.fleetHashratePhPerS === null;
  return crossFieldIssues(loadInputs(c, which, variant)).filter((issue) => !(keptIsBefore && issue.path[0] === 'mining')).map((issue) => {
    if (issue.path[0] !== 'mining') return { path: ['site', ...issue.path], message: issue.message };
    const limit = formatNumber(firmLimitMw(c.site.limits));
    if (which === 'before') {
      return { path: ['phase', 'miningMwBefore'], message: `${fieldName(PHASE_FIELDS.miningMwBefore)} (${formatNumber(c.phase.miningMwBefore)}) must not exceed the firm limit of ${limit} MW` };
    }
    const fleetMw = formatNumber(fleetMwAfter(c.economics.mining, c.phase.miningMwBefore));
    return { path: ['economics', 'mining', 'fleetHashratePhPerS'], message: `${fieldName(ECONOMICS_FIELDS.fleetHashratePhPerS)} draws ${fleetMw} MW at its efficiency, more than the firm limit of ${limit} MW` };
  });
}
