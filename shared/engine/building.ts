import type { BillBuilder } from './bill-builder.ts';
import type { BillLine } from './bill-schema.ts';
import { conversionLines } from './conversion-works.ts';
import { fmt, roundUsd, usdText } from './format.ts';
import type { ScenarioLayout } from './layout.ts';
import { rowLengthM, sumRows, type HallLoad } from './loads.ts';

/**
 * The building of one AI hall scales with the building: shell, fire protection and security with its gross floor
 * area; white space with the hall's own floor; site work, back of house, office and EPMS/BMS with its MW of IT;
 * leak detection with the length of its liquid-cooled rows. A hall that stays a mining hall gets none (it exists
 * and keeps running as it is). Returns the hall's building cost.
 */
export function sizeHallBuilding(hall: HallLoad, layout: ScenarioLayout, bill: BillBuilder): number {
  if (hall.hall.kind === 'mining') return 0;
  const f = bill.index;
  const itKw = sumRows(hall.rows, 'itKw');
  if (itKw <= 0) return 0;
  const mw = itKw / 1000;
  const name = hall.hall.name;
  const group = hall.hall.id;
  const hallM2 = hall.hall.widthM * hall.hall.depthM;
  const perMwM2 = f.factor('gross-area-m2-per-mw');
  const grossM2 = Math.max(hallM2, mw * perMwM2);
  const areaText =
    `${name}: hall floor ${fmt(hall.hall.widthM)} × ${fmt(hall.hall.depthM)} m = ${fmt(hallM2, 1)} m²; a data-center building needs ${fmt(perMwM2, 1)} m² per MW of IT ` +
    `(white space, electrical and mechanical rooms, circulation): ${fmt(mw, 3)} MW × ${fmt(perMwM2, 1)} = ${fmt(mw * perMwM2, 1)} m²; gross floor = the larger = ${fmt(grossM2, 1)} m²`;
  const buildUsdPerMw = f.factor('build-usd-per-mw');
  const whiteSpaceRate = (f.factor('shell-usd-per-m2') * f.factor('share-white-space')) / f.factor('share-shell');
  // A converted mining building stands already: its conversion works are billed instead of a new shell, and only the
  // plant rooms its floor cannot hold are new shell.
  const converted = hall.hall.kind === 'converted-mining';
  const newShellM2 = converted ? Math.max(0, grossM2 - hallM2) : grossM2;
  const shellText = converted ? `${areaText}; the converted building gives ${fmt(hallM2, 1)} m², so ${fmt(grossM2, 1)} − ${fmt(hallM2, 1)} = ${fmt(newShellM2, 1)} m² of plant rooms is new shell` : areaText;
  const shell = newShellM2 > 0 ? [bill.rateLine({
      category: 'building', key: 'shell', item: 'Building shell (structure and envelope of the hall and its plant rooms)', group,
      quantity: roundM2(newShellM2), unit: 'm²', unitCostUsd: f.factor('shell-usd-per-m2'), derivation: shellText, factors: ['gross-area-m2-per-mw', 'shell-usd-per-m2'],
    })] : [];
  const lines = [
    ...(converted ? conversionLines(bill, hall, layout.constructions.get(hall.hall.id)) : []),
    ...shell,
    bill.rateLine({
      category: 'building', key: 'white-space', item: 'White-space fit-out (slab or floor, containment, lighting, cable trays)', group,
      quantity: roundM2(hallM2), unit: 'm²', unitCostUsd: Math.round(whiteSpaceRate),
      derivation: `${name}: hall floor ${fmt(hallM2, 1)} m²; rate = shell rate × white-space share / shell share of a build = ${usdText(f.factor('shell-usd-per-m2'))} × ${fmt(f.factor('share-white-space'))} / ${fmt(f.factor('share-shell'))} = ${usdText(whiteSpaceRate)}/m²`,
      factors: ['shell-usd-per-m2', 'share-white-space', 'share-shell'],
    }),
    bill.rateLine({
      category: 'building', key: 'fire', item: 'Fire detection and suppression (pre-action sprinklers, aspirating detection, alarm)', group,
      quantity: roundM2(grossM2), unit: 'm²', unitCostUsd: f.factor('fire-usd-per-m2'), derivation: `${name}: gross floor ${fmt(grossM2, 1)} m²`, factors: ['fire-usd-per-m2'],
    }),
    bill.rateLine({
      category: 'building', key: 'security', item: 'Security (access control, CCTV, intrusion detection)', group,
      quantity: roundM2(grossM2), unit: 'm²', unitCostUsd: f.factor('security-usd-per-m2'), derivation: `${name}: gross floor ${fmt(grossM2, 1)} m²`, factors: ['security-usd-per-m2'],
    }),
    bill.rateLine({
      category: 'building', key: 'controls', item: 'EPMS and BMS (power monitoring, building management, controls network)', group,
      quantity: roundMw(mw), unit: 'MW', unitCostUsd: f.factor('controls-usd-per-mw'), derivation: `${name}: ${fmt(itKw)} kW of IT = ${fmt(mw, 3)} MW`, factors: ['controls-usd-per-mw'],
    }),
    ...perMwShares(bill, name, group, mw, buildUsdPerMw),
  ];
  const liquidRows = hall.rows.filter((r) => r.liquidKw > 0);
  const leakM = liquidRows.reduce((s, r) => s + rowLengthM(r.row), 0);
  if (leakM > 0) {
    lines.push(bill.rateLine({
      category: 'building', key: 'leak-detection', item: 'Leak detection (sensing cable under liquid-cooled rows, zone panels)', group,
      quantity: Math.round(leakM * 10) / 10, unit: 'm', unitCostUsd: f.factor('leak-detection-usd-per-m'),
      derivation: `${name}: ${liquidRows.length} rows with liquid-cooled racks, ${fmt(leakM, 1)} m of row`, factors: ['leak-detection-usd-per-m'],
    }));
  }
  return lines.reduce((s, l) => s + l.totalUsd, 0);
}

/** Site work, back of house and office: their share of the published average build cost per MW, × the hall's MW. */
function perMwShares(bill: BillBuilder, name: string, group: string, mw: number, buildUsdPerMw: number): BillLine[] {
  const shares = [
    ['share-site', 'site-work', 'Site work (civil, roads, drainage, yards)'],
    ['share-back-of-house', 'back-of-house', 'Back of house (loading, storage, staff facilities)'],
    ['share-office', 'office', 'Office fit-out'],
  ] as const;
  return shares.map(([factor, key, item]) => {
    const share = bill.index.factor(factor);
    return bill.rateLine({
      category: 'building', key, item, group, quantity: roundMw(mw), unit: 'MW', unitCostUsd: Math.round(buildUsdPerMw * share),
      derivation: `${name}: ${fmt(mw, 3)} MW of IT; rate = average build ${usdText(buildUsdPerMw)}/MW × ${key} share ${fmt(share)} = ${usdText(buildUsdPerMw * share)}/MW`,
      factors: ['build-usd-per-mw', factor],
    });
  });
}

/**
 * Installation on the landlord's power and cooling equipment; commissioning, soft costs and contingency counted
 * once, on the site's hard cost (equipment, installation and the halls' buildings).
 */
export function addSiteCosts(equipmentLines: readonly BillLine[], buildingUsd: number, bill: BillBuilder): void {
  // Landlord equipment only: in-rack hardware ships in the rack (OEM scope) and is installed with it.
  const equipment = equipmentLines.filter((l) => (l.category === 'power' || l.category === 'cooling') && l.scope === 'landlord').reduce((s, l) => s + l.totalUsd, 0);
  if (equipment <= 0 && buildingUsd <= 0) return;
  const f = bill.index;
  const installFactor = f.factor('installation-factor');
  const installation = roundUsd(equipment * installFactor);
  bill.lotLine({
    category: 'building', key: 'installation', item: 'Installation of power and cooling equipment (labour and materials)', group: 'site', totalUsd: installation,
    derivation: `Landlord power and cooling equipment ${usdText(equipment)} × installation factor ${fmt(installFactor, 3)} = ${usdText(installation)}`,
    factors: ['installation-factor'],
  });
  const hard = equipment + installation + buildingUsd;
  const hardText = `hard cost = equipment ${usdText(equipment)} + installation ${usdText(installation)} + building ${usdText(buildingUsd)} = ${usdText(hard)}`;
  const cxFactor = f.factor('commissioning-factor');
  const commissioning = roundUsd(hard * cxFactor);
  bill.lotLine({
    category: 'building', key: 'commissioning', item: 'Commissioning (levels 1-5, integrated systems test), counted once', group: 'site', totalUsd: commissioning,
    derivation: `${hardText}; × ${fmt(cxFactor * 100, 1)}% = ${usdText(commissioning)}`,
    factors: ['commissioning-factor'],
  });
  const softFactor = f.factor('soft-cost-factor');
  const soft = roundUsd(hard * softFactor);
  bill.lotLine({
    category: 'building', key: 'soft-costs', item: 'Soft costs (design, permits, insurance)', group: 'site', totalUsd: soft,
    derivation: `Hard cost ${usdText(hard)} × ${fmt(softFactor * 100, 1)}% = ${usdText(soft)}`,
    factors: ['soft-cost-factor'],
  });
  const contingencyFactor = f.factor('contingency-factor');
  const contingency = roundUsd((hard + commissioning + soft) * contingencyFactor);
  bill.lotLine({
    category: 'building', key: 'contingency', item: 'Contingency', group: 'site', totalUsd: contingency,
    derivation: `(Hard ${usdText(hard)} + commissioning ${usdText(commissioning)} + soft ${usdText(soft)}) × ${fmt(contingencyFactor * 100, 1)}% = ${usdText(contingency)}`,
    factors: ['contingency-factor'],
  });
}

const roundM2 = (m2: number) => Math.round(m2 * 10) / 10;
const roundMw = (mw: number) => Math.round(mw * 1000) / 1000;
