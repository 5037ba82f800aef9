import type { BillCategory, BillLine, BillSummary, ComputeFabricSummary, GroupFigure } from '../engine/bill-schema.ts';
import type { CoolingResult } from '../engine/cooling.ts';
import { roundTo } from '../engine/format.ts';
import { groupFigure } from '../engine/group-figure.ts';
import type { ScenarioLayout } from '../engine/layout.ts';
import type { PowerResult } from '../engine/power.ts';

const CATEGORY_ORDER: Record<BillCategory, number> = { power: 0, cooling: 1, network: 2, building: 3 };

/** Lines by system (power, cooling, network, building), each system in the order its rules produced them. */
export function orderLines(lines: readonly BillLine[], nameOf: (group: string) => string): BillLine[] {
  const bySystem: BillLine[][] = [[], [], [], []];
  for (const line of lines) bySystem[CATEGORY_ORDER[line.category]]!.push(line);
  const out: BillLine[] = [];
  // Lines are mostly named when made (see BillBuilder.nameGroup): copied only when a name differs.
  for (const system of bySystem) {
    for (const line of system) {
      const name = nameOf(line.group);
      out.push(line.groupName === name ? line : { ...line, groupName: name });
    }
  }
  return out;
}

/** One figure per hall: its IT load (the power chain's own groups carry the capacities). */
export function hallGroups(layout: ScenarioLayout): GroupFigure[] {
  return layout.halls.map((h) =>
    groupFigure({
      id: h.hall.id, kind: 'hall', name: h.hall.name, hallId: h.hall.id, subject: { type: 'hall', id: h.hall.id }, placed: true,
      redundancy: null, unit: 'kW', load: h.rows.reduce((s, r) => s + r.itKw, 0), units: 0, usableUnits: 0,
      installedCapacity: null, usableCapacity: null, rows: h.rows.length,
    }),
  );
}

/**
 * Group ids of halls that stay mining halls, and of their loops and feeds, mapped to the hall id ('' for none):
 * a line's group is a hall id, a derived id `<hall>/<part>`, a loop or feed id, or 'site'.
 */
function miningHallGroups(layout: ScenarioLayout): Set<string> {
  const mining = new Set(layout.halls.filter((h) => h.hall.kind === 'mining').map((h) => h.hall.id as string));
  for (const l of layout.loops) if (mining.has(l.hallId)) mining.add(l.id);
  for (const f of layout.feeds) if (mining.has(f.hallId)) mining.add(f.id);
  return mining;
}

function groupHall(group: string): string {
  const slash = group.indexOf('/');
  return slash === -1 ? group : group.slice(0, slash);
}

/** The headline figures of a scenario, from the layout's loads and the bill's lines. */
export function summarize(layout: ScenarioLayout, lines: readonly BillLine[], power: PowerResult, cooling: CoolingResult, computeFabric: ComputeFabricSummary): BillSummary {
  let itKw = 0;
  let liquidKw = 0;
  let airKw = 0;
  let racks = 0;
  let gpus = 0;
  for (const r of layout.rows) {
    itKw += r.itKw;
    liquidKw += r.liquidKw;
    airKw += r.airKw;
    racks += r.racks;
    gpus += r.gpus;
  }
  let capexUsd = 0;
  let networkCapexUsd = 0;
  let longestLeadWeeks = 0;
  const capexByScope = { landlord: 0, tenant: 0, oem: 0 };
  // Landlord capex of the AI halls and the site: lines sized for a hall that stays a mining hall are left out,
  // as its IT is left out of the divisor.
  const miningGroups = miningHallGroups(layout);
  let landlordAiUsd = 0;
  for (const l of lines) {
    capexUsd += l.totalUsd;
    capexByScope[l.scope] += l.totalUsd;
    if (l.scope === 'landlord' && !miningGroups.has(groupHall(l.group))) landlordAiUsd += l.totalUsd;
    if (l.category === 'network') networkCapexUsd += l.totalUsd;
    if (l.quantity > 0 && l.leadTimeWeeks !== null) longestLeadWeeks = Math.max(longestLeadWeeks, l.leadTimeWeeks);
  }
  const facilityCapexUsd = capexUsd - networkCapexUsd;
  const aiItKw = layout.halls.filter((h) => h.hall.kind !== 'mining').reduce((s, h) => s + h.rows.reduce((t, r) => t + r.itKw, 0), 0);
  const perMw = (usd: number) => (aiItKw > 0 ? Math.round(usd / (aiItKw / 1000)) : 0);
  return {
    itKw: roundTo(itKw, 3),
    facilityKw: roundTo(power.facilityKw, 3),
    pue: itKw > 0 ? roundTo(power.facilityKw / itKw, 3) : 0,
    racks,
    gpus,
    liquidKw: roundTo(liquidKw, 3),
    airKw: roundTo(airKw, 3),
    capexUsd,
    longestLeadWeeks,
    network: { computeFabric },
    overheadKw: roundTo(power.facilityKw - itKw, 3),
    designDayFacilityKw: roundTo(power.designDayKw, 3),
    designDayPue: itKw > 0 ? roundTo(power.designDayKw / itKw, 3) : 0,
    facilityKva: roundTo(power.facilityKva, 3),
    facilityCapexUsd,
    networkCapexUsd,
    facilityCapexUsdPerMwIt: perMw(facilityCapexUsd),
    aiItKw: roundTo(aiItKw, 3),
    capexByScope,
    landlordCapexUsdPerMwIt: perMw(landlordAiUsd),
    networkCapexUsdPerMwIt: perMw(networkCapexUsd),
    cooling: {
      heatRejection: cooling.heatRejection,
      flowLpm: roundTo(cooling.flowLpm, 1),
      waterM3PerYear: roundTo(cooling.waterM3PerYear, 0),
      waterDerivation: cooling.waterText,
      loops: cooling.loops.map((l) => ({ ...l, heatKw: roundTo(l.heatKw, 3), flowLpm: roundTo(l.flowLpm, 1) })),
    },
    halls: layout.halls.map((h) => ({ id: h.hall.id, name: h.hall.name, itKw: roundTo(h.rows.reduce((s, r) => s + r.itKw, 0), 3) })),
    rows: layout.rows.map((r) => ({ id: r.row.id, name: r.row.name, itKw: roundTo(r.itKw, 3) })),
  };
}
