import { fmt } from '../../engine/format.ts';
import { darkPairs } from '../../engine/wan.ts';
import type { ApprovalKind, HallRecord, InterconnectRecord, LabourAvailability, ProjectDocument } from '../../model/index.ts';
import type { DatedLead } from './deliveries.ts';
import type { SiteLoad } from './site-load.ts';
import type { SubstationFinding } from './site-power.ts';
import type { ReadinessFactor, RetrofitLine } from './schema.ts';

// Each factor is scored 0..1 by a rule its evidence states, so an engineer can re-check the score by hand; a factor
// is blocking when the site as entered cannot carry the target without something outside the bill (more land,
// water rights, a fibre route, an approval, a second utility path).

/** Lead times at or above this are the long-lead items the public conversions single out (REFERENCE §8: switchgear 46–48 weeks and up). */
const LONG_LEAD_WEEKS = 40;

const round2 = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

const unknown = (factor: string, what: string): ReadinessFactor => ({
  factor,
  score: null,
  evidence: `no site record of ${what} yet: enter it to score this factor`,
  blocking: true,
});

function power(interconnects: readonly InterconnectRecord[], substations: readonly SubstationFinding[], load: SiteLoad): ReadinessFactor {
  if (interconnects.length === 0 && substations.length === 0) return unknown('reliable power', 'the interconnect or substation');
  const firm = interconnects.filter((i) => i.status === 'energised').reduce((s, i) => s + i.firmMw, 0);
  const needMw = load.combinedKw / 1000;
  const evidence: string[] = [`energised firm interconnect ${fmt(firm)} MW against ${load.derivation}`];
  for (const q of interconnects.filter((i) => i.status === 'queued')) evidence.push(`${q.name}: ${fmt(q.firmMw)} MW queued${q.date ? ` for ${q.date}` : ' (no date)'}`);
  const paths = substations.filter((s) => s.secondPath);
  for (const s of substations) evidence.push(`${s.substation.name}: ${s.asset.reason}`);
  const score = round2(firm / Math.max(needMw, 1e-9)) * (paths.length > 0 ? 0.5 : 1);
  evidence.push(`score = min(1, ${fmt(firm)} / ${fmt(needMw, 2)} MW)${paths.length > 0 ? ' × 0.5 for the missing second path' : ''} = ${fmt(score, 2)}`);
  return { factor: 'reliable power', score: round2(score), evidence: evidence.join('; '), blocking: firm < needMw || paths.length > 0 };
}

function longLead(lines: readonly RetrofitLine[], catalogLead: (catalogId: string | null) => number, dated: ReadonlyMap<string, DatedLead>): ReadinessFactor {
  // A kept item's own lead is 0 (it is in hand), and so is a bought one's that is in hand or on order: what it
  // would take to buy is the catalog item's lead.
  const inHandOrOrdered = (l: RetrofitLine) => l.disposition === 'reused' || l.disposition === 'upgraded' || dated.get(l.id)?.allDated === true;
  const leadOf = (l: RetrofitLine) => (l.disposition === 'new' && !inHandOrOrdered(l) ? (l.leadTimeWeeks ?? 0) : catalogLead(l.catalogId));
  const long = lines.filter((l) => l.disposition !== 'removed' && leadOf(l) >= LONG_LEAD_WEEKS);
  if (long.length === 0) return { factor: 'long-lead items in hand', score: 1, evidence: `no item with a lead of ${LONG_LEAD_WEEKS} weeks or more is needed`, blocking: false };
  const inHand = long.filter(inHandOrOrdered);
  const toBuy = long.filter((l) => !inHandOrOrdered(l));
  const evidence = [
    `${inHand.length} long-lead items in hand or on order (${inHand.map((l) => l.item).slice(0, 5).join(', ') || 'none'})`,
    `${toBuy.length} to buy (${toBuy.map((l) => `${l.item}, ${fmt(l.leadTimeWeeks ?? 0)} wk`).slice(0, 5).join('; ') || 'none'})`,
    `score = in hand / long-lead lines = ${inHand.length} / ${long.length}`,
  ];
  return { factor: 'long-lead items in hand', score: round2(inHand.length / long.length), evidence: evidence.join('; '), blocking: false };
}

/** Land: the footprint of the target's new-build halls against the room the site has to expand. */
function land(doc: ProjectDocument, newHalls: readonly HallRecord[]): ReadinessFactor {
  const parcels = doc.landParcels ?? [];
  if (parcels.length === 0) return unknown('land', 'land (area, room to expand)');
  const area = parcels.reduce((s, p) => s + p.areaHa, 0);
  const room = parcels.reduce((s, p) => s + p.expandableHa, 0);
  const needHa = newHalls.reduce((s, h) => s + (h.widthM * h.depthM) / 10_000, 0);
  const optioned = parcels.filter((p) => p.tenure === 'option');
  const evidence = [`${parcels.length} parcels, ${fmt(area, 2)} ha, ${fmt(room, 2)} ha free to build on (${parcels.map((p) => `${p.name}: ${p.tenure}`).join(', ')})`];
  evidence.push(newHalls.length === 0 ? 'the target adds no new-build hall' : `new-build halls ${newHalls.map((h) => `${h.name} ${fmt(h.widthM)} × ${fmt(h.depthM)} m`).join(', ')} = ${fmt(needHa, 3)} ha`);
  const base = needHa <= 0 ? 1 : room / needHa;
  const score = round2(base) * (optioned.length > 0 && needHa > 0 ? 0.5 : 1);
  evidence.push(`score = ${needHa <= 0 ? '1 (nothing to build on new land)' : `min(1, ${fmt(room, 2)} / ${fmt(needHa, 3)} ha)`}${optioned.length > 0 && needHa > 0 ? ' × 0.5: land under option only' : ''} = ${fmt(score, 2)}`);
  return { factor: 'land', score, evidence: evidence.join('; '), blocking: room < needHa };
}

/** Cooling water: the water rights against the target's evaporative use on the design year. */
function water(doc: ProjectDocument, waterM3PerYear: number): ReadinessFactor {
  const supplies = doc.waterSupplies ?? [];
  if (supplies.length === 0) return unknown('cooling water', 'heat rejection and water rights');
  const rights = supplies.reduce((s, w) => s + w.rightsM3PerDay, 0);
  const needPerDay = waterM3PerYear / 365;
  const evidence = [
    `${supplies.map((w) => `${w.name}: ${w.source}, ${fmt(w.rightsM3PerDay)} m³/day, heat rejected by ${w.heatRejection}`).join('; ')}`,
    `the target uses ${fmt(waterM3PerYear)} m³/year (the report's water figure) / 365 = ${fmt(needPerDay, 1)} m³/day`,
  ];
  const score = needPerDay <= 0 ? 1 : round2(rights / needPerDay);
  evidence.push(`score = ${needPerDay <= 0 ? '1 (no evaporative use)' : `min(1, ${fmt(rights)} / ${fmt(needPerDay, 1)} m³/day)`} = ${fmt(score, 2)}`);
  return { factor: 'cooling water', score, evidence: evidence.join('; '), blocking: rights < needPerDay };
}

/**
 * Dark fibre: a lit path needs the dark pairs of its edge router's link (`pairs`, the factor the WAN step sizes on);
 * two routes with them are the diverse paths an AI tenant asks for.
 */
function fibre(doc: ProjectDocument, pairs: number): ReadinessFactor {
  const routes = doc.fibreRoutes ?? [];
  if (routes.length === 0) return unknown('dark fibre', 'fibre (dark pairs, route km, round trip to a carrier hotel)');
  const usable = routes.filter((r) => r.darkPairs >= pairs);
  const nearest = [...usable].sort((a, b) => a.roundTripMs - b.roundTripMs)[0];
  const evidence = [routes.map((r) => `${r.name}: ${darkPairs(r.darkPairs)}, ${fmt(r.routeKm, 1)} km to ${r.carrierHotel}, ${fmt(r.roundTripMs, 2)} ms round trip`).join('; ')];
  if (nearest) evidence.push(`nearest carrier hotel on a route with pairs: ${nearest.carrierHotel}, ${fmt(nearest.roundTripMs, 2)} ms`);
  const score = usable.length >= 2 ? 1 : usable.length === 1 ? 0.5 : 0;
  evidence.push(`score = routes with the ${fmt(pairs)} dark pair${pairs === 1 ? '' : 's'} a link needs (${usable.length}) / 2 diverse routes = ${fmt(score, 2)}`);
  return { factor: 'dark fibre', score, evidence: evidence.join('; '), blocking: usable.length === 0 };
}

const LABOUR_SCORE: Readonly<Record<LabourAvailability, number>> = { ample: 1, adequate: 0.75, tight: 0.5, scarce: 0.25 };

function labour(doc: ProjectDocument): ReadinessFactor {
  const records = doc.labour ?? [];
  if (records.length === 0) return unknown('skilled labour', 'the local labour situation');
  const worst = [...records].sort((a, b) => LABOUR_SCORE[a.availability] - LABOUR_SCORE[b.availability])[0]!;
  const evidence = [
    records.map((l) => `${l.name}: ${l.availability}, ${fmt(l.skilledTrades)} skilled trades within commuting distance, ${fmt(l.siteStaff)} site staff staying on`).join('; '),
    `score by availability (ample 1, adequate 0.75, tight 0.5, scarce 0.25), the least available market: ${worst.availability} = ${fmt(LABOUR_SCORE[worst.availability], 2)}`,
  ];
  return { factor: 'skilled labour', score: LABOUR_SCORE[worst.availability], evidence: evidence.join('; '), blocking: worst.availability === 'scarce' };
}

/** The approvals a conversion cannot start without. */
const NEEDED: readonly ApprovalKind[] = ['zoning', 'power', 'environmental'];

function approvals(doc: ProjectDocument): ReadinessFactor {
  const records = doc.approvals ?? [];
  if (records.length === 0) return unknown('approvals', 'approvals held (zoning, power, environmental)');
  const credit = (kind: ApprovalKind) => {
    const of = records.filter((a) => a.kind === kind);
    if (of.some((a) => a.status === 'held')) return { kind, credit: 1, text: `${kind} held (${of.find((a) => a.status === 'held')!.name})` };
    if (of.some((a) => a.status === 'applied')) return { kind, credit: 0.5, text: `${kind} applied for${of.find((a) => a.status === 'applied')!.date ? `, expected ${of.find((a) => a.status === 'applied')!.date}` : ''}` };
    return { kind, credit: 0, text: `${kind} not applied for` };
  };
  const each = NEEDED.map(credit);
  const total = each.reduce((s, c) => s + c.credit, 0);
  const missing = each.filter((c) => c.credit === 0).map((c) => c.kind);
  const evidence = [...each.map((c) => c.text), `score = (held 1, applied 0.5, none 0) summed over ${NEEDED.join(', ')} / ${NEEDED.length} = ${fmt(total, 1)} / ${NEEDED.length} = ${fmt(total / NEEDED.length, 2)}`];
  if (missing.length > 0) evidence.push(`blocking: no ${missing.join(' or ')} approval applied for`);
  return { factor: 'approvals', score: round2(total / NEEDED.length), evidence: evidence.join('; '), blocking: missing.length > 0 };
}

export interface ReadinessInput {
  readonly doc: ProjectDocument;
  /** The target's new-build halls that are not in the baseline: what needs new land. */
  readonly newHalls: readonly HallRecord[];
  readonly substations: readonly SubstationFinding[];
  readonly lines: readonly RetrofitLine[];
  readonly load: SiteLoad;
  readonly waterM3PerYear: number;
  readonly catalogLead: (catalogId: string | null) => number;
  /** Lines whose units are all in hand or on order (by line id): long-lead items in hand though bought. */
  readonly dated?: ReadonlyMap<string, DatedLead>;
  /** Dark pairs a route's edge router link needs (catalog factor wan-pairs-per-route). */
  readonly pairsPerRoute: number;
}

/**
 * The readiness scorecard: each factor that decides whether a site can convert (REFERENCE §1), scored from the
 * site-as-built records with the evidence and the rule shown. A factor without a record is unscored and blocking:
 * the site cannot be called ready on a factor nobody has looked at.
 */
export function readiness(input: ReadinessInput): ReadinessFactor[] {
  const { doc, newHalls } = input;
  return [
    power(doc.interconnects ?? [], input.substations, input.load),
    longLead(input.lines, input.catalogLead, input.dated ?? new Map()),
    land(doc, newHalls),
    water(doc, input.waterM3PerYear),
    fibre(doc, input.pairsPerRoute),
    labour(doc),
    approvals(doc),
  ];
}
