import type { CatalogIndex } from '../../catalog/catalog-index.ts';
import { fmt } from '../../engine/format.ts';
import type { InterconnectRecord } from '../../model/index.ts';
import type { DatedLead } from './deliveries.ts';
import type { RetrofitFactors } from './factors.ts';
import type { RetrofitLine, ScheduleTask } from './schema.ts';

interface Draft {
  id: string;
  name: string;
  weeks: number;
  dependsOn: string[];
  derivation: string;
}

/** Whole weeks from one ISO date to another (never negative). */
export function weeksBetween(from: string, to: string): number {
  return Math.max(0, Math.ceil((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (7 * 86_400_000)));
}

/** Forward pass for the dates, backward pass for the slack: tasks without slack are the critical path. */
function schedulePass(drafts: readonly Draft[], finish: string): ScheduleTask[] {
  const start = new Map<string, number>();
  const end = new Map<string, number>();
  for (const d of drafts) {
    const s = Math.max(0, ...d.dependsOn.map((id) => end.get(id) ?? 0));
    start.set(d.id, s);
    end.set(d.id, s + d.weeks);
  }
  const latestEnd = new Map<string, number>();
  latestEnd.set(finish, end.get(finish) ?? 0);
  for (const d of [...drafts].reverse()) {
    const le = latestEnd.get(d.id) ?? end.get(finish) ?? 0;
    latestEnd.set(d.id, le);
    for (const dep of d.dependsOn) latestEnd.set(dep, Math.min(latestEnd.get(dep) ?? Infinity, le - d.weeks));
  }
  return drafts.map((d) => ({
    id: d.id,
    name: d.name,
    startWeek: start.get(d.id)!,
    endWeek: end.get(d.id)!,
    critical: Math.abs((latestEnd.get(d.id) ?? Infinity) - end.get(d.id)!) < 1e-9,
    dependsOn: d.dependsOn,
    derivation: d.derivation,
  }));
}

/** When one bought line arrives: `weeks` after design (ordered then, at its lead), or from the start (in hand or on order). */
interface Procurement {
  readonly line: RetrofitLine;
  readonly fromStart: boolean;
  readonly weeks: number;
  readonly basis: string;
}

function procurementOf(line: RetrofitLine, dated: DatedLead | undefined, designWeeks: number): Procurement {
  const lead = line.leadTimeWeeks ?? 0;
  if (dated && (dated.allDated || dated.weeks >= designWeeks + lead)) return { line, fromStart: true, weeks: dated.weeks, basis: `${fmt(dated.weeks)} weeks from the start (${dated.basis})` };
  return { line, fromStart: false, weeks: lead, basis: `${fmt(lead)} weeks after design (${dated ? dated.basis : 'catalog lead time'})` };
}

const endOf = (p: Procurement, designWeeks: number) => (p.fromStart ? p.weeks : designWeeks + p.weeks);

function latestOf(ps: readonly Procurement[], designWeeks: number): Procurement {
  return ps.reduce((a, b) => (endOf(b, designWeeks) > endOf(a, designWeeks) ? b : a));
}

function procurementDraft(p: Procurement, id: string, name: string): Omit<Draft, 'derivation'> {
  return { id, name, weeks: p.weeks, dependsOn: p.fromStart ? [] : ['design'] };
}

export interface ScheduleInput {
  /** The upgrade bill's lines (new, upgraded, reused, removed). */
  readonly lines: readonly RetrofitLine[];
  /** The lines whose units are in hand or on order (`withDeliveries`), by line id. */
  readonly dated: ReadonlyMap<string, DatedLead>;
  readonly interconnects: readonly InterconnectRecord[];
  readonly asOf: string;
  readonly factors: RetrofitFactors;
  /** The catalog's kinds of equipment: kept capacity stands in for new units of its own kind only. */
  readonly catalog: Pick<CatalogIndex, 'kindOf'>;
}

export interface Schedule {
  readonly tasks: ScheduleTask[];
  readonly firstPowerWeeks: number;
  readonly fullPowerWeeks: number;
  readonly derivation: string;
}

/**
 * The time to power from the items to be bought only (a kept or upgraded item in hand has no lead): design, permits,
 * procurement per system (its latest delivery: an item to order arrives its lead after design, one in hand or on order
 * on its delivery date, counted from the start), construction, commissioning, energisation in two stages. The first MW
 * waits on every item to buy of a kind of equipment its group keeps none of (a kept transformer does not back up the
 * first MW the way a generator does); full load waits on everything and on a queued interconnect.
 */
export function retrofitSchedule(input: ScheduleInput): Schedule {
  const f = input.factors;
  const energised = input.interconnects.some((i) => i.status === 'energised');
  const drafts: Draft[] = [
    { id: 'design', name: 'Design', weeks: f.value('design-weeks'), dependsOn: [], derivation: `factor design-weeks` },
    {
      id: 'permits', name: energised ? 'Permits (energised site)' : 'Permits (greenfield)', weeks: f.value(energised ? 'permit-weeks-energised' : 'permit-weeks-greenfield'), dependsOn: ['design'],
      derivation: energised ? 'factor permit-weeks-energised: the site holds an energised interconnect' : 'factor permit-weeks-greenfield: no energised interconnect on record',
    },
  ];
  // A line without a catalog item (a work item) is a kind of its own.
  const kindOf = (l: RetrofitLine) => (l.catalogId === null ? l.item : (input.catalog.kindOf(l.catalogId) ?? l.catalogId));
  const keptKey = (l: RetrofitLine) => `${l.group}\u0000${kindOf(l)}`;
  const kept = new Set(input.lines.filter((l) => l.disposition === 'reused' || l.disposition === 'upgraded').map(keptKey));
  const designWeeks = f.value('design-weeks');
  const dated = input.dated;
  const bought = input.lines.filter((l) => (l.disposition === 'new' || l.disposition === 'upgraded') && Math.max(l.leadTimeWeeks ?? 0, dated.get(l.id)?.weeks ?? 0) > 0).map((l) => procurementOf(l, dated.get(l.id), designWeeks));
  const procureFirst: string[] = [];
  for (const category of ['power', 'cooling', 'network', 'building'] as const) {
    const own = bought.filter((p) => p.line.category === category);
    if (own.length === 0) continue;
    const latest = latestOf(own, designWeeks);
    const id = `procure-${category}`;
    drafts.push({ ...procurementDraft(latest, id, `Procurement, ${category}: ${latest.line.item}`), derivation: `latest delivery of the ${own.length} ${category} lines to buy: ${latest.line.item}, ${latest.basis}` });
    const first = own.filter((p) => !kept.has(keptKey(p.line)));
    if (first.length > 0) {
      const gate = latestOf(first, designWeeks);
      drafts.push({
        ...procurementDraft(gate, `${id}-first`, `Procurement for the first MW, ${category}`),
        derivation: `items whose group keeps no capacity of their kind wait on their own delivery: latest ${gate.line.item} (${kindOf(gate.line)} in ${gate.line.groupName}, none kept there), ${gate.basis}`,
      });
      procureFirst.push(`${id}-first`);
    }
  }
  const queued = input.interconnects.filter((i) => i.status === 'queued' && i.date !== null);
  const gridWait = queued.length > 0 ? Math.max(...queued.map((i) => weeksBetween(input.asOf, i.date!))) : 0;
  if (!energised && gridWait > 0) drafts.push({ id: 'grid', name: 'Grid interconnection (queued)', weeks: gridWait, dependsOn: [], derivation: `queued interconnect expected ${queued.map((i) => i.date).join(', ')}: ${gridWait} weeks from ${input.asOf}` });
  drafts.push({ id: 'construction', name: 'Construction', weeks: f.value('construction-weeks'), dependsOn: ['permits'], derivation: 'factor construction-weeks' });
  drafts.push({
    id: 'commission-first', name: 'Commissioning, first stage', weeks: f.value('commissioning-weeks'), dependsOn: ['construction', ...procureFirst, ...(energised ? [] : drafts.some((d) => d.id === 'grid') ? ['grid'] : [])],
    derivation: 'factor commissioning-weeks, after construction and the items the first stage cannot take from existing capacity',
  });
  drafts.push({ id: 'energise-first', name: 'Energisation, first MW (on existing capacity)', weeks: 0, dependsOn: ['commission-first'], derivation: 'first stage energised' });
  const allProcure = drafts.filter((d) => d.id.startsWith('procure-') && !d.id.endsWith('-first')).map((d) => d.id);
  drafts.push({ id: 'commission-full', name: 'Commissioning, full load', weeks: f.value('commissioning-weeks'), dependsOn: ['energise-first', ...allProcure], derivation: 'factor commissioning-weeks, after every item is delivered' });
  drafts.push({ id: 'energise-full', name: 'Energisation, full load', weeks: f.value('energisation-stage-weeks'), dependsOn: ['commission-full'], derivation: 'factor energisation-stage-weeks: the remaining stages' });
  const tasks = schedulePass(drafts, 'energise-full');
  const at = (id: string) => tasks.find((t) => t.id === id)!.endWeek;
  const firstPowerWeeks = at('energise-first');
  const fullPowerWeeks = at('energise-full');
  const months = (w: number) => fmt((w * 7) / 30.44, 1);
  const derivation =
    `First MW at week ${fmt(firstPowerWeeks)} (~${months(firstPowerWeeks)} months), full load at week ${fmt(fullPowerWeeks)} (~${months(fullPowerWeeks)} months). ` +
    `Public range (REFERENCE §10): first AI capacity 7–13 months after signing on an energised mining campus, 16–18 months greenfield plus 2–4 years of grid queue. ` +
    `Durations from the catalog factors (${['design-weeks', 'permit-weeks-energised', 'construction-weeks', 'commissioning-weeks'].map((id) => f.source(id as never)).join(', ')}) and the items' lead times.`;
  return { tasks, firstPowerWeeks, fullPowerWeeks, derivation };
}
