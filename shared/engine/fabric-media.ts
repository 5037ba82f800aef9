import type { FactorId } from '../catalog/integrity.ts';
import type { EquipmentItem } from '../catalog/schema.ts';
import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';
import type { ScenarioLayout } from './layout.ts';
import { rowLengthM } from './loads.ts';

export interface LinkLengths {
  nodeLeaf: number;
  leafSpine: number;
  spineCore: number;
  why: { nodeLeaf: string; leafSpine: string; spineCore: string };
  factors: FactorId[];
}

/** Typical link lengths: from the layout's rows and halls when it has them, the stated defaults otherwise. */
export function linkLengths(layout: ScenarioLayout, bill: BillBuilder): LinkLengths {
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

/** One bill line of `links` cables or optic pairs at `gbps` over `lengthM`, or a catalog-gap check. */
export function cableLine(bill: BillBuilder, links: number, lengthM: number, why: string, gbps: number, group: string, what: string, factors: FactorId[]): void {
  if (links <= 0) return;
  const media = mediaFor(bill, lengthM, gbps);
  if (!media) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No ${gbps}G cable or optic in the catalog reaches ${fmt(lengthM)} m (${what})`, subject: null });
    return;
  }
  bill.catalogLine({
    category: 'network', catalogId: media.id, group, quantity: links, capacity: { value: gbps, unit: 'Gb/s' }, redundancy: null,
    derivation: `${what}: ${fmt(links)} links of ~${fmt(lengthM, 1)} m (${why}); reach ${fmt(media.reachM ?? 0)} m covers it`,
    factors: [...factors, 'cable-slack-m'],
  });
}
