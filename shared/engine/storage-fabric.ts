import type { FactorId } from '../catalog/integrity.ts';
import type { EquipmentItem } from '../catalog/schema.ts';
import type { BillBuilder } from './bill-builder.ts';
import { cableLine, type LinkLengths } from './fabric-media.ts';
import { fmt } from './format.ts';
import type { ScenarioLayout } from './layout.ts';
import { switchModel } from './switch-model.ts';

/*
 * The storage and in-band (north–south) Ethernet fabric, as NVIDIA's reference architectures build it: every node
 * reaches it through two ports on two separate switches (dual-homed, a leaf pair), and its uplinks carry the
 * storage bandwidth the GPUs draw, not a second non-blocking fat tree. Racks without a GPU fabric keep their
 * enterprise port rate (10/25G). The storage system's own links land on the spine layer (on the leaf pair when
 * one pair is the whole fabric), dual-homed too.
 */

/** Node ports of one kind of rack and the bandwidth they draw. */
interface StorageGroup {
  what: string;
  /** Storage/in-band node ports, two per node (one on each leaf of a pair). */
  ports: number;
  portGbps: number;
  /** Bandwidth one leaf down-port must carry when the other leaf of its pair is down. */
  loadPerPortGbps: number;
  /** Storage bandwidth the group draws. */
  demandGbps: number;
  why: string;
  factors: FactorId[];
}

/** A leaf design: down-ports for nodes and the uplinks their load needs, an even number split over a spine pair. */
interface LeafDesign {
  sw: EquipmentItem;
  down: number;
  up: number;
  text: string;
}

function storageGroups(layout: ScenarioLayout, bill: BillBuilder): StorageGroup[] {
  const f = bill.index;
  const perGpu = f.factor('storage-gbps-per-gpu');
  const enterpriseGbps = f.factor('enterprise-storage-port-gbps');
  const groups: StorageGroup[] = [];
  let inGroups = 0;
  for (const [profileId, demand] of [...layout.computePortsByProfile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const profile = f.findProfile(profileId);
    if (!profile || profile.storagePorts === 0 || demand.racks <= 0) continue;
    const ports = demand.racks * profile.storagePorts;
    inGroups += ports;
    const portGbps = profile.storagePortGbps ?? enterpriseGbps;
    const gpus = demand.racks * profile.gpus;
    const perRackSide = profile.storagePorts / 2;
    const load = profile.gpus > 0 ? Math.min(portGbps, (profile.gpus * perGpu) / perRackSide) : portGbps;
    groups.push({
      what: `${demand.racks} × ${profile.id}`,
      ports,
      portGbps,
      loadPerPortGbps: load,
      demandGbps: profile.gpus > 0 ? gpus * perGpu : (ports / 2) * portGbps,
      why:
        `${demand.racks} racks × ${profile.storagePorts} ports = ${fmt(ports)} ports of ${fmt(portGbps)}G (two per node, one on each leaf of a pair); ` +
        (profile.gpus > 0
          ? `storage demand ${fmt(gpus)} GPUs × ${fmt(perGpu)} Gb/s = ${fmt(gpus * perGpu)} Gb/s; per leaf port (its pair partner down) ${profile.gpus} GPUs × ${fmt(perGpu)} / ${fmt(perRackSide)} ports per rack side = ${fmt(load)} Gb/s`
          : `one active port per node at line rate: ${fmt(ports / 2)} × ${fmt(portGbps)} = ${fmt((ports / 2) * portGbps)} Gb/s`),
      factors: ['storage-gbps-per-gpu', ...(profile.storagePortGbps === undefined ? (['enterprise-storage-port-gbps'] as const) : [])],
    });
  }
  const rest = layout.rows.reduce((s, r) => s + r.storagePorts, 0) - inGroups;
  if (rest > 0) {
    groups.push({
      what: 'racks without a GPU fabric',
      ports: rest,
      portGbps: enterpriseGbps,
      loadPerPortGbps: enterpriseGbps,
      demandGbps: (rest / 2) * enterpriseGbps,
      why:
        `${fmt(rest)} ports of racks without a GPU compute fabric at the enterprise rate of ${fmt(enterpriseGbps)}G (two per server, one on each leaf of a pair); ` +
        `one active port per server at line rate: ${fmt(rest / 2)} × ${fmt(enterpriseGbps)} = ${fmt((rest / 2) * enterpriseGbps)} Gb/s`,
      factors: ['enterprise-storage-port-gbps'],
    });
  }
  return groups;
}

function cheapest(bill: BillBuilder, items: readonly EquipmentItem[]): EquipmentItem | null {
  let best: EquipmentItem | null = null;
  for (const item of items) if (!best || bill.priceOf(item.id) < bill.priceOf(best.id)) best = item;
  return best;
}

/** The most node ports a leaf of `sw` takes when each carries `load` Gb/s up, with the uplinks that needs. */
function leafDesign(sw: EquipmentItem, load: number): LeafDesign | null {
  const ports = sw.ports ?? 0;
  const upGbps = sw.uplinkGbps ?? sw.portGbps ?? 0;
  const split = sw.uplinkPorts !== undefined;
  for (let down = ports - (split ? 0 : 2); down >= 1; down -= 1) {
    const need = Math.ceil((down * load) / upGbps);
    const up = Math.max(2, need + (need % 2));
    if (split ? up <= (sw.uplinkPorts ?? 0) : down + up <= ports) {
      const upText = `uplinks ⌈${down} × ${fmt(load)} / ${fmt(upGbps)}⌉ = ${need}, even for a spine pair: ${up}`;
      const fit = split ? `${up} ≤ ${sw.uplinkPorts ?? 0} uplink ports` : `${down} + ${up} ≤ ${ports} ports`;
      return { sw, down, up, text: `leaf ${sw.id}: ${down} node ports, ${upText} (${fit})` };
    }
  }
  return null;
}

interface ClassDemand {
  sw: EquipmentItem;
  groups: { group: StorageGroup; design: LeafDesign; pairs: number }[];
}

function gap(bill: BillBuilder, message: string): void {
  bill.check({ severity: 'error', code: 'catalog-gap', message, subject: null });
}

function switchLine(bill: BillBuilder, sw: EquipmentItem, quantity: number, group: string, derivation: string, factors: FactorId[]): void {
  bill.catalogLine({
    category: 'network', catalogId: sw.id, group, quantity, capacity: { value: sw.ports ?? 0, unit: 'ports' }, redundancy: 'dual-homed',
    derivation, factors,
  });
}

/** One speed class of the fabric (one leaf model): its leaf pairs, spines or a single collapsed pair, and cables. */
function sizeClass(bill: BillBuilder, c: ClassDemand, lengths: LinkLengths): number {
  const leafSw = c.sw;
  const upGbps = leafSw.uplinkGbps ?? leafSw.portGbps ?? 1;
  const group = `Storage and in-band fabric: ${switchModel(leafSw)}`;
  const factors = [...new Set(c.groups.flatMap((g) => g.group.factors))];
  const ports = c.groups.reduce((s, g) => s + g.group.ports, 0);
  const demand = c.groups.reduce((s, g) => s + g.group.demandGbps, 0);
  const leaves = c.groups.reduce((s, g) => s + 2 * g.pairs, 0);
  const uplinks = c.groups.reduce((s, g) => s + 2 * g.pairs * g.design.up, 0);
  const nodeWhy = c.groups
    .map(({ group: g, design, pairs }) => `${g.what}: ${g.why}; ${design.text}; leaf pairs ⌈${fmt(g.ports / 2)} / ${design.down}⌉ = ${pairs}`)
    .join('; ');
  const storageLinksPerSide = Math.max(1, Math.ceil(demand / upGbps));
  const only = c.groups.length === 1 ? c.groups[0]! : null;
  const split = leafSw.uplinkPorts !== undefined;
  const collapsed =
    only !== null && only.pairs === 1 && (split ? storageLinksPerSide <= (leafSw.uplinkPorts ?? 0) : only.group.ports / 2 + storageLinksPerSide <= (leafSw.ports ?? 0));
  cableLine(bill, ports, lengths.nodeLeaf, lengths.why.nodeLeaf, c.groups[0]!.group.portGbps, group, 'Storage and in-band node–leaf', lengths.factors);
  if (collapsed) {
    switchLine(bill, leafSw, 2, group,
      `Storage and in-band fabric, ${nodeWhy}; one leaf pair is the whole fabric: storage links on each leaf ⌈${fmt(demand)} / ${fmt(upGbps)}⌉ = ${storageLinksPerSide} ` +
      `(each leaf carries the full demand when its partner is down); switches = 2`, factors);
    cableLine(bill, 2 * storageLinksPerSide, lengths.leafSpine, lengths.why.leafSpine, upGbps, group, 'Storage system links (dual-homed)', lengths.factors);
    return 2;
  }
  const spineSw = cheapest(bill, bill.index.ofKind('switch').filter((s) => s.fabric === 'storage' && s.uplinkPorts === undefined && s.portGbps === upGbps));
  if (!spineSw) {
    gap(bill, `No ${fmt(upGbps)}G storage spine switch in the catalog for the uplinks of ${leafSw.id}`);
    return 0;
  }
  const storageLinks = 2 * Math.max(1, Math.ceil(demand / (spineSw.portGbps ?? 1)));
  const spinePorts = spineSw.ports ?? 1;
  const atLeast = Math.max(2, Math.ceil((uplinks + storageLinks) / spinePorts));
  const spines = atLeast + (atLeast % 2);
  const spineText =
    `leaves = ${leaves}; leaf–spine links ${c.groups.map((g) => `${2 * g.pairs} × ${g.design.up}`).join(' + ')} = ${fmt(uplinks)}; storage links 2 × ⌈${fmt(demand)} / ${fmt(spineSw.portGbps ?? 0)}⌉ = ${fmt(storageLinks)} (dual-homed); ` +
    `spines max(2, ⌈(${fmt(uplinks)} + ${fmt(storageLinks)}) / ${spinePorts}⌉) = ${atLeast}, in pairs: ${spines}`;
  if (spineSw.id === leafSw.id) {
    switchLine(bill, leafSw, leaves + spines, group, `Storage and in-band fabric, ${nodeWhy}; ${spineText}; switches = ${leaves} + ${spines} = ${leaves + spines}`, factors);
  } else {
    switchLine(bill, leafSw, leaves, group, `Storage and in-band leaves, ${nodeWhy}; leaves = ${leaves}`, factors);
    switchLine(bill, spineSw, spines, group, `Storage and in-band spines (${switchModel(spineSw)}): ${spineText}`, factors);
  }
  cableLine(bill, uplinks, lengths.leafSpine, lengths.why.leafSpine, upGbps, group, 'Storage and in-band leaf–spine', lengths.factors);
  cableLine(bill, storageLinks, lengths.leafSpine, lengths.why.leafSpine, spineSw.portGbps ?? 0, group, 'Storage system links (dual-homed)', lengths.factors);
  return leaves + spines;
}

/** Sizes the storage and in-band fabric; returns its switch count (each takes an out-of-band port). */
export function sizeStorageFabric(layout: ScenarioLayout, bill: BillBuilder, lengths: LinkLengths): number {
  const classes = new Map<string, ClassDemand>();
  const storageSwitches = bill.index.ofKind('switch').filter((s) => s.fabric === 'storage');
  for (const g of storageGroups(layout, bill)) {
    const sw = cheapest(bill, storageSwitches.filter((s) => s.portGbps === g.portGbps));
    const design = sw ? leafDesign(sw, g.loadPerPortGbps) : null;
    if (!design) {
      gap(bill, `No ${fmt(g.portGbps)}G storage and in-band leaf switch in the catalog (${g.what})`);
      continue;
    }
    const entry = classes.get(design.sw.id) ?? { sw: design.sw, groups: [] };
    entry.groups.push({ group: g, design, pairs: Math.ceil(g.ports / 2 / design.down) });
    classes.set(design.sw.id, entry);
  }
  let switches = 0;
  for (const c of classes.values()) switches += sizeClass(bill, c, lengths);
  return switches;
}
