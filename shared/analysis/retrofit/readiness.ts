import { fmt } from '../../engine/format.ts';
import type { InterconnectRecord, ProjectDocument } from '../../model/index.ts';
import type { SubstationFinding } from './site-power.ts';
import type { ReadinessFactor, RetrofitLine } from './schema.ts';

/** Lead times at or above this are the long-lead items the public conversions single out (REFERENCE §8: switchgear 46–48 weeks and up). */
const LONG_LEAD_WEEKS = 40;

const unknown = (factor: string, what: string): ReadinessFactor => ({
  factor,
  score: null,
  evidence: `no site record of ${what} yet: enter it to score this factor`,
  blocking: false,
});

function power(interconnects: readonly InterconnectRecord[], substations: readonly SubstationFinding[], facilityKw: number): ReadinessFactor {
  const firm = interconnects.filter((i) => i.status === 'energised').reduce((s, i) => s + i.firmMw, 0);
  const queued = interconnects.filter((i) => i.status === 'queued');
  if (interconnects.length === 0 && substations.length === 0) return unknown('reliable power', 'the interconnect or substation');
  const needMw = facilityKw / 1000;
  const evidence: string[] = [`energised firm interconnect ${fmt(firm)} MW against the target's ${fmt(needMw, 2)} MW`];
  for (const q of queued) evidence.push(`${q.name}: ${fmt(q.firmMw)} MW queued${q.date ? ` for ${q.date}` : ' (no date)'}`);
  const paths = substations.filter((s) => s.secondPath);
  for (const s of substations) evidence.push(`${s.substation.name}: ${s.asset.reason}`);
  const short = firm < needMw;
  const score = Math.max(0, Math.min(1, firm / Math.max(needMw, 1e-9))) * (paths.length > 0 ? 0.5 : 1);
  return { factor: 'reliable power', score: Math.round(score * 100) / 100, evidence: evidence.join('; '), blocking: short || paths.length > 0 };
}

function longLead(lines: readonly RetrofitLine[], catalogLead: (catalogId: string | null) => number): ReadinessFactor {
  // A kept item's own lead is 0 (it is in hand): what it would take to buy is the catalog item's lead.
  const leadOf = (l: RetrofitLine) => (l.disposition === 'new' ? (l.leadTimeWeeks ?? 0) : catalogLead(l.catalogId));
  const long = lines.filter((l) => l.disposition !== 'removed' && leadOf(l) >= LONG_LEAD_WEEKS);
  if (long.length === 0) return { factor: 'long-lead items in hand', score: 1, evidence: `no item with a lead of ${LONG_LEAD_WEEKS} weeks or more is needed`, blocking: false };
  const inHand = long.filter((l) => l.disposition === 'reused' || l.disposition === 'upgraded');
  const toBuy = long.filter((l) => l.disposition === 'new');
  const evidence = [`${inHand.length} long-lead items in hand (${inHand.map((l) => l.item).slice(0, 5).join(', ') || 'none'})`, `${toBuy.length} to buy (${toBuy.map((l) => `${l.item}, ${fmt(l.leadTimeWeeks ?? 0)} wk`).slice(0, 5).join('; ') || 'none'})`];
  return { factor: 'long-lead items in hand', score: Math.round((inHand.length / long.length) * 100) / 100, evidence: evidence.join('; '), blocking: false };
}

/**
 * The readiness scorecard: each factor that decides whether a site can convert (REFERENCE §1), scored from the
 * site records with the evidence shown. Factors without a record stay unscored and say what to enter.
 */
export function readiness(
  doc: ProjectDocument,
  substations: readonly SubstationFinding[],
  lines: readonly RetrofitLine[],
  facilityKw: number,
  catalogLead: (catalogId: string | null) => number,
): ReadinessFactor[] {
  return [
    power(doc.interconnects ?? [], substations, facilityKw),
    longLead(lines, catalogLead),
    unknown('land', 'land (area, room to expand)'),
    unknown('cooling water', 'heat rejection and water rights'),
    unknown('dark fibre', 'fibre (dark pairs, route km, round trip to a carrier hotel)'),
    unknown('skilled labour', 'the local labour situation'),
    unknown('approvals', 'approvals held (zoning, power, environmental)'),
  ];
}
