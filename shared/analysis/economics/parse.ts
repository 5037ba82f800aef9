import { crossFieldIssues, type FieldIssue, type Parsed } from '../load-profile/inputs.ts';
import { EconomicsInputs, PhaseEconomicsCase, PhaseInputs } from './inputs.ts';
import { loadInputs } from './load-inputs.ts';
import type { z } from 'zod';

// Parsing at the edge (a project record, the CLI, IPC): every refusal is a message naming the field and its limits.

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message }));
}

export function parseEconomicsInputs(raw: unknown): Parsed<EconomicsInputs> {
  const r = EconomicsInputs.safeParse(raw);
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
  const issues = [...crossFieldIssues(loadInputs(c, 'before', variant)), ...crossFieldIssues(loadInputs(c, 'after', variant))];
  const seen = new Set<string>();
  const unique = issues.filter((i) => !seen.has(i.message) && seen.add(i.message));
  return unique.length === 0 ? { ok: true, value: c } : { ok: false, issues: unique.map((i) => ({ path: ['site', ...i.path], message: i.message })) };
}
