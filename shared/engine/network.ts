import type { FactorId } from '../catalog/integrity.ts';
import type { EquipmentItem } from '../catalog/schema.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { ComputeFabricSummary } from './bill-schema.ts';
import { addFabrics, deriveFatTree, EMPTY_FABRIC } from './fabric.ts';
import { fmt } from './format.ts';
import { rowLengthM, type ScenarioLayout } from './layout.ts';

interface LinkLengths {
  nodeLeaf: number;
  leafSpine: number;
  spineCore: number;
  why: { nodeLeaf: string; leafSpine: string; spineCore: string };
  factors: FactorId[];
}

/** Typical link lengths: from the layout's rows and halls when it has them, the stated defaults otherwise. */
function linkLengths(layout: ScenarioLayout, bill: BillBuilder): LinkLengths {
  const f = bill.index;
  const slack = f.factor('cable-slack-m');
  const computeRows = layout.rows.filter((r) => r.gpus > 0);
  const halls = layout.halls.filter((h) => h.rows.some((r) => r.gpus > 0));
  const nodeLeafFromLayout = computeRows.length > 0 ? computeRows.reduce((s, r) => s + rowLengthM(r.row) / 2, 0) / computeRows.length : 0;
  const leafSpineFromLayout = halls.length > 0 ? halls.reduce((s, h) => s + (h.hall.widthM + h.hall.depthM) / 2, 0) / halls.length : 0;
  const nodeLeaf = nodeLeafFromLayout > 0 ? nodeLeafFromLayout + slack : f.factor('node-leaf-m');
  const leafSpine = leafSpineFromLayout > 0 ? leafSpineFromLayout + slack : f.factor('leaf-spine-m');
  return {
    nodeLeaf,
    leafSpine,
    spineCore: f.factor('spine-core-m'),
    why: {
      nodeLeaf: nodeLeafFromLayout > 0 ? `half the mean row length ${fmt(nodeLeafFromLayout)} m + ${fmt(slack)} m slack` : 'default without a layout',
      leafSpine: leafSpineFromLayout > 0 ? `half the hall's width + depth ${fmt(leafSpineFromLayout)} m + ${fmt(slack)} m slack` : 'default without a layout',
      spineCore: 'default spine–core length',
    },
    factors: [
      ...(nodeLeafFromLayout > 0 ? [] : (['node-leaf-m'] as const)),
      ...(leafSpineFromLayout > 0 ? [] : (['leaf-spine-m'] as const)),
    ],
  };
}

/** Cheapest cable or optic of the port speed whose reach covers the length (copper short, optics long). */
function mediaFor(bill: BillBuilder, lengthM: number, gbps: number): EquipmentItem | null {
  let best: EquipmentItem | null = null;
  for (const item of [...bill.index.ofKind('cable'), ...bill.index.ofKind('transceiver')]) {
    if ((item.reachM ?? 0) < lengthM || item.portGbps !== gbps) continue;
    if (!best || bill.priceOf(item.id) < bill.priceOf(best.id)) best = item;
  }
  return best;
}

function cableLine(bill: BillBuilder, links: number, lengthM: number, why: string, gbps: number, group: string, what: string, factors: FactorId[]): void {
  if (links <= 0) return;
  const media = mediaFor(bill, lengthM, gbps);
  if (!media) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No ${gbps}G cable or optic in the catalog reaches ${fmt(lengthM)} m (${what})`, subject: null });
    return;
  }
  bill.catalogLine({
    category: 'network', catalogId: media.id, group, quantity: links, capacity: { value: gbps, unit: 'Gb/s' }, redundancy: null,
    derivation: `${what}: ${links} links of ~${fmt(lengthM, 1)} m (${why}); reach ${fmt(media.reachM ?? 0)} m covers it`,
    factors: [...factors, 'cable-slack-m'],
  });
}

function fabricLines(bill: BillBuilder, sw: EquipmentItem, provisioned: number, cabled: number, lengths: LinkLengths, what: string, why: string): ComputeFabricSummary {
  let tree;
  try {
    tree = deriveFatTree(provisioned, cabled, sw.ports ?? 0);
  } catch (error) {
    bill.check({ severity: 'error', code: 'fabric-too-large', message: `${what}: ${error instanceof Error ? error.message : String(error)}`, subject: null });
    return EMPTY_FABRIC;
  }
  const switches = tree.leaf + tree.spine + tree.core;
  const group = `${what} (${sw.id})`;
  bill.catalogLine({
    category: 'network', catalogId: sw.id, group, quantity: switches, capacity: { value: sw.ports ?? 0, unit: 'ports' }, redundancy: 'non-blocking',
    derivation: `${what}, ${why}: ${tree.derivation}; switches = ${tree.leaf} + ${tree.spine} + ${tree.core} = ${switches}`,
  });
  const gbps = sw.portGbps ?? 400;
  cableLine(bill, tree.cables.nodeLeaf, lengths.nodeLeaf, lengths.why.nodeLeaf, gbps, group, `${what} node–leaf`, lengths.factors);
  cableLine(bill, tree.cables.leafSpine, lengths.leafSpine, lengths.why.leafSpine, gbps, group, `${what} leaf–spine`, lengths.factors);
  cableLine(bill, tree.cables.spineCore, lengths.spineCore, lengths.why.spineCore, gbps, group, `${what} spine–core`, [...lengths.factors, 'spine-core-m']);
  return tree;
}

export function sizeNetwork(layout: ScenarioLayout, bill: BillBuilder): ComputeFabricSummary {
  const f = bill.index;
  const lengths = linkLengths(layout, bill);
  const bySwitch = new Map<string, { provisioned: number; cabled: number; parts: string[] }>();
  // Sorted so the lines come out in the same order however the ports were summed.
  for (const [profileId, demand] of [...layout.computePortsByProfile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const profile = f.findProfile(profileId);
    const switchId = layout.scenario.fabricSwitchId ?? profile?.referenceFabricSwitchId ?? null;
    if (!profile || switchId === null) continue;
    const su = profile.scalableUnitPorts;
    const provisioned = su > 0 ? Math.ceil(demand.ports / su) * su : demand.ports;
    const entry = bySwitch.get(switchId) ?? { provisioned: 0, cabled: 0, parts: [] };
    entry.provisioned += provisioned;
    entry.cabled += demand.ports;
    entry.parts.push(
      `${demand.racks} × ${profile.id} = ${demand.ports} ports` + (su > 0 ? `, provisioned as ⌈${demand.ports} / ${su}⌉ whole scalable units = ${provisioned}` : ''),
    );
    bySwitch.set(switchId, entry);
  }
  let compute: ComputeFabricSummary = EMPTY_FABRIC;
  let fabricSwitches = 0;
  for (const [switchId, demand] of bySwitch) {
    const sw = f.findItem(switchId);
    if (!sw || sw.kind !== 'switch') {
      bill.check({ severity: 'error', code: 'unknown-switch', message: `Compute fabric switch '${switchId}' is not a switch in the catalog`, subject: { type: 'scenario', id: layout.scenario.id } });
      continue;
    }
    const tree = fabricLines(bill, sw, demand.provisioned, demand.cabled, lengths, 'Compute fabric', demand.parts.join('; '));
    compute = addFabrics(compute, tree);
    fabricSwitches += tree.leaf + tree.spine + tree.core;
  }
  const storagePorts = layout.rows.reduce((s, r) => s + r.storagePorts, 0);
  const storageSwitch = f.ofKind('switch').find((s) => s.fabric === 'storage');
  if (storagePorts > 0 && storageSwitch) {
    const tree = fabricLines(bill, storageSwitch, storagePorts, storagePorts, lengths, 'Storage and in-band fabric', `${storagePorts} ports from the rack profiles`);
    fabricSwitches += tree.leaf + tree.spine + tree.core;
  }
  const oobSwitch = f.ofKind('switch').find((s) => s.fabric === 'oob');
  const oobPorts = layout.rows.reduce((s, r) => s + r.oobPorts, 0) + fabricSwitches;
  if (oobPorts > 0 && oobSwitch) {
    const n = Math.ceil(oobPorts / (oobSwitch.ports ?? 1));
    bill.catalogLine({
      category: 'network', catalogId: oobSwitch.id, group: 'out-of-band', quantity: n, capacity: { value: oobSwitch.ports ?? 0, unit: 'ports' }, redundancy: null,
      derivation: `Out-of-band: rack management ports + one per fabric switch = ${oobPorts} ports; ⌈${oobPorts} / ${oobSwitch.ports ?? 1}⌉ = ${n} switches`,
    });
    cableLine(bill, oobPorts, lengths.nodeLeaf, lengths.why.nodeLeaf, oobSwitch.portGbps ?? 1, 'out-of-band', 'Out-of-band patch', lengths.factors);
  }
  sizeWan(layout, bill);
  return compute;
}

function sizeWan(layout: ScenarioLayout, bill: BillBuilder): void {
  if (layout.rows.every((r) => r.racks === 0)) return;
  const f = bill.index;
  const routes = f.factor('wan-routes');
  const km = f.factor('wan-route-km');
  const router = f.ofKind('wan').find((w) => w.priceUnit === 'unit');
  const fibre = f.ofKind('wan').find((w) => w.priceUnit === 'km');
  if (router) {
    bill.catalogLine({
      category: 'network', catalogId: router.id, group: 'site', quantity: routes, capacity: router.ports === undefined ? null : { value: router.ports, unit: 'ports' }, redundancy: `${routes} diverse routes`,
      derivation: `One edge router per diverse fibre route: ${routes}`, factors: ['wan-routes'],
    });
  }
  if (fibre) {
    bill.catalogLine({
      category: 'network', catalogId: fibre.id, group: 'site', quantity: routes * km, capacity: null, redundancy: `${routes} diverse routes`,
      derivation: `Dark fibre to a carrier hotel: ${routes} diverse routes × ${fmt(km)} km (default route length; the project does not state it) = ${fmt(routes * km)} km`,
      factors: ['wan-routes', 'wan-route-km'],
    });
  }
}
