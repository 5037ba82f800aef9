import type { FactorId } from '../catalog/integrity.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { BillLine } from './bill-schema.ts';
import { fmt, roundUsd, usdText } from './format.ts';

/**
 * Installation, building and soft costs as factors on the power and cooling equipment: the equipment plus
 * its installation is the "critical capacity" share of a data-center build, and the other shares of the
 * published cost split scale from it. Network lines stay outside (tenant scope, like the GPUs).
 */
export function addBuildingLines(equipmentLines: readonly BillLine[], bill: BillBuilder): void {
  const f = bill.index;
  // Landlord equipment only: in-rack hardware ships in the rack (OEM scope) and is installed with it.
  const equipment = equipmentLines.filter((l) => (l.category === 'power' || l.category === 'cooling') && l.scope === 'landlord').reduce((s, l) => s + l.totalUsd, 0);
  if (equipment <= 0) return;
  const installFactor = f.factor('installation-factor');
  const installation = roundUsd(equipment * installFactor);
  bill.lotLine({
    category: 'building', key: 'installation', item: 'Installation of power and cooling equipment (labour, materials, commissioning)', group: 'site',
    totalUsd: installation,
    derivation: `Power and cooling equipment ${usdText(equipment)} × installation factor ${fmt(installFactor, 3)} = ${usdText(installation)}`,
    factors: ['installation-factor'],
  });
  const critical = equipment + installation;
  const criticalShare = f.factor('share-critical');
  const shares: [FactorId, string, string][] = [
    ['share-shell', 'shell', 'Building shell (new or rebuilt hall structure and envelope)'],
    ['share-site', 'site-work', 'Site work (civil, roads, drainage, yards)'],
    ['share-white-space', 'white-space', 'White-space fit-out (floors, containment, fire, lighting)'],
    ['share-back-of-house', 'back-of-house', 'Back of house (loading, storage, security)'],
    ['share-office', 'office', 'Office fit-out'],
  ];
  let hard = critical;
  for (const [factor, key, item] of shares) {
    const share = f.factor(factor);
    const total = roundUsd((critical * share) / criticalShare);
    hard += total;
    bill.lotLine({
      category: 'building', key, item, group: 'site', totalUsd: total,
      derivation: `Critical capacity (equipment + installation) ${usdText(critical)} is ${fmt(criticalShare * 100)}% of a build; ${key} is ${fmt(share * 100)}%: ${usdText(critical)} × ${fmt(share)} / ${fmt(criticalShare)} = ${usdText(total)}`,
      factors: ['share-critical', factor],
    });
  }
  const softFactor = f.factor('soft-cost-factor');
  const soft = roundUsd(hard * softFactor);
  bill.lotLine({
    category: 'building', key: 'soft-costs', item: 'Soft costs (design, permits, commissioning agent, insurance)', group: 'site', totalUsd: soft,
    derivation: `Hard cost ${usdText(hard)} × ${fmt(softFactor * 100, 1)}% = ${usdText(soft)}`,
    factors: ['soft-cost-factor'],
  });
  const contingencyFactor = f.factor('contingency-factor');
  const contingency = roundUsd((hard + soft) * contingencyFactor);
  bill.lotLine({
    category: 'building', key: 'contingency', item: 'Contingency', group: 'site', totalUsd: contingency,
    derivation: `(Hard ${usdText(hard)} + soft ${usdText(soft)}) × ${fmt(contingencyFactor * 100, 1)}% = ${usdText(contingency)}`,
    factors: ['contingency-factor'],
  });
}
