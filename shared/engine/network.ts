import { figureSources } from '../catalog/integrity.ts';
import type { EquipmentItem } from '../catalog/schema.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { ComputeFabricSummary } from './bill-schema.ts';
import { cableLine, linkLengths, type LinkLengths } from './fabric-media.ts';
import { addFabrics, deriveFatTree, EMPTY_FABRIC, fatTreeLimit } from './fabric.ts';
import { fmt } from './format.ts';
import type { ScenarioLayout } from './layout.ts';
import { sizeStorageFabric } from './storage-fabric.ts';
import { sizeWan } from './wan.ts';
import { switchModel } from './switch-model.ts';

function fabricLines(
  bill: BillBuilder, sw: EquipmentItem, provisioned: number, cabled: number, lengths: LinkLengths, what: string, why: string, sources: readonly string[],
): ComputeFabricSummary {
  // Checked before deriving, not caught from it: a report on a fabric too large should not pay for an exception.
  const beyond = fatTreeLimit(provisioned, sw.ports ?? 0);
  if (beyond !== null) {
    bill.check({ severity: 'error', code: 'fabric-too-large', message: `${what}: ${beyond}`, subject: null });
    return EMPTY_FABRIC;
  }
  const tree = deriveFatTree(provisioned, cabled, sw.ports ?? 0);
  const switches = tree.leaf + tree.spine + tree.core;
  const group = `${what}: ${switchModel(sw)}`;
  bill.catalogLine({
    category: 'network', catalogId: sw.id, group, quantity: switches, capacity: { value: sw.ports ?? 0, unit: 'ports' }, redundancy: 'non-blocking',
    derivation: `${what}, ${why}: ${tree.derivation}; switches = ${tree.leaf} + ${tree.spine} + ${tree.core} = ${switches}`,
    extraSources: sources,
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
  const bySwitch = new Map<string, { provisioned: number; cabled: number; parts: string[]; sources: Set<string> }>();
  // Sorted so the lines come out in the same order however the ports were summed.
  for (const [profileId, demand] of [...layout.computePortsByProfile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const profile = f.findProfile(profileId);
    const switchId = layout.scenario.fabricSwitchId ?? profile?.referenceFabricSwitchId ?? null;
    if (!profile || switchId === null) continue;
    const su = profile.scalableUnitPorts;
    const provisioned = su > 0 ? Math.ceil(demand.ports / su) * su : demand.ports;
    const entry = bySwitch.get(switchId) ?? { provisioned: 0, cabled: 0, parts: [], sources: new Set<string>() };
    const figures = figureSources(profile);
    for (const field of ['computePorts', 'scalableUnitPorts']) {
      const id = figures.get(field);
      if (id !== undefined) entry.sources.add(id);
    }
    entry.provisioned += provisioned;
    entry.cabled += demand.ports;
    entry.parts.push(
      `${demand.racks} × ${profile.id} = ${fmt(demand.ports)} ports` +
        (su > 0 ? `, provisioned as whole scalable units of ${fmt(su)} ports: ⌈${fmt(demand.ports)} / ${fmt(su)}⌉ = ${fmt(provisioned / su)} → ${fmt(provisioned)} ports` : ''),
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
    const tree = fabricLines(bill, sw, demand.provisioned, demand.cabled, lengths, 'Compute fabric', demand.parts.join('; '), [...demand.sources].sort());
    compute = addFabrics(compute, tree);
    fabricSwitches += tree.leaf + tree.spine + tree.core;
  }
  fabricSwitches += sizeStorageFabric(layout, bill, lengths);
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
