import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { analyze } from '../../../shared/analysis/index.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import type { EquipmentRecord } from '../../../shared/model/index.ts';
import { equipment } from '../../engine/layout-fixture.ts';
import { applyDiff, plate, retrofitCase, yardUnit } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };

/**
 * Kept, upgraded, removed and already-built units are described by the names people gave them, never by record or
 * line ids (those stay in the machine fields: assetId, line ids).
 * As-is: Hall 1, 1 row × 8 air racks of 40 kW = 320 kW IT; in the yard three 2,500 kVA transformers by nameplate
 * (34.5 kV, dual-corded, 2018): TX0 and TX1 good, TX2 in poor condition; in Hall 1 a fan wall FW-OLD (catalog 400 kW).
 * Phase 1: its copy at N+1, with TX1 upgraded (fans, to 2,800 kVA ONAF, $40,000) and FW-OLD not carried over.
 *   TX0: kept as it is, $0, "existing TX0 kept as it is and counted at 2,500 kVA".
 *   TX1: kept with its retrofit at 2,800 kVA, $40,000.
 *   TX2: poor → replaced: removal at 10% (factor removal-share-of-new) × $250,000 = $25,000, in the group Site.
 *   FW-OLD: in the baseline, not in the target → retired: 10% × the fan wall's catalog price, in the group Hall 1.
 *   The hall's own plant the As-is bill sized (its UPS frame 500 kW, rack PDUs …) stands: "Already built in As-is:
 *   1 of the 1 ea of UPS frame 500 kW in Hall 1 stand in this group", its source "As-is: its bill line UPS frame
 *   500 kW in Hall 1".
 */
describe('kept and removed units are named, not identified', () => {
  const yard = [
    yardUnit('tx0', 'xfmr-mvlv-2500kva', { position: { x: -20, y: 0 }, disposition: 'existing', nameplate: plate() }),
    yardUnit('tx1', 'xfmr-mvlv-2500kva', { position: { x: -25, y: 0 }, disposition: 'existing', nameplate: plate() }),
    yardUnit('tx2', 'xfmr-mvlv-2500kva', { position: { x: -30, y: 0 }, disposition: 'existing', nameplate: plate({ condition: 'poor' }) }),
  ];
  const c = retrofitCase({ profile: 'air-40kw', rows: 1, perRow: 8, yard, target: { powerRedundancy: 'N+1' } });
  const tx1 = c.doc.equipment.find((e) => e.scenarioId === c.target && e.name === 'TX1')!;
  const upgraded: EquipmentRecord = { ...tx1, disposition: 'upgrade', upgrade: { retrofitCostUsd: 40_000, rating: { value: 2800, unit: 'kVA', conditions: 'ONAF' }, leadTimeWeeks: 10, description: 'fans' } };
  const fanWall: EquipmentRecord = { ...equipment('fw-old', 'fanwall-400kw', 'h1'), name: 'FW-OLD', position: { x: 50, y: 5 } };
  const doc = applyDiff(c.doc, { added: [fanWall], removed: [], updated: [[tx1, upgraded]] });
  const r = compareScenarios(doc, catalog, c.baseline, c.target, asOf);
  const fanWallPrice = catalog.equipment.find((e) => e.id === 'fanwall-400kw')!.unitCostUsd;
  const recordIds = doc.equipment.map((e) => e.id);

  it('names the kept and the upgraded transformer', () => {
    const kept = r.lines.filter((l) => l.item === 'TX0' || l.item === 'TX1');
    expect(kept.map((l) => [l.item, l.disposition, l.totalUsd, l.capacity?.value])).toEqual([
      ['TX0', 'reused', 0, 2500],
      ['TX1', 'upgraded', 40_000, 2800],
    ]);
    expect(kept[0]!.derivation).toContain('existing TX0 kept as it is and counted at 2,500 kVA');
    expect(kept[1]!.derivation).toContain('existing TX1 kept with its retrofit and counted at 2,800 kVA');
    expect(kept.map((l) => l.assetId)).toEqual([doc.equipment.find((e) => e.scenarioId === c.target && e.name === 'TX0')!.id, tx1.id]);
  });

  it('names the removed units and the group they stand in', () => {
    const removed = r.lines.filter((l) => l.disposition === 'removed');
    expect(removed.map((l) => [l.item, l.groupName, l.totalUsd])).toEqual([
      ['Removal of TX2', 'Site', 25_000],
      ['Removal of FW-OLD', 'Hall 1', Math.round(0.1 * fanWallPrice)],
    ]);
    expect(removed[0]!.derivation).toMatch(/^TX2 is replaced \(condition poor on the survey/);
    expect(removed[1]!.derivation).toMatch(/^FW-OLD is retired \(in the baseline, not in the target: removed\)/);
    expect(removed.map((l) => l.assetId)).toEqual([doc.equipment.find((e) => e.scenarioId === c.target && e.name === 'TX2')!.id, 'fw-old']);
  });

  it('names a line already built by its item and group, not its line id', () => {
    const baselineUps = analyze(doc, catalog, c.baseline).lines.find((l) => l.catalogId === 'ups-500kw')!;
    const built = r.lines.find((l) => l.catalogId === 'ups-500kw' && l.disposition === 'reused')!;
    expect(built.assetId).toBe(baselineUps.id);
    expect(built.derivation).toMatch(/^Already built in As-is: 1 of the 1 ea of UPS frame 500 kW in Hall 1 stand in this group/);
    expect(built.source).toBe('As-is: its bill line UPS frame 500 kW in Hall 1');
  });

  it('shows no record or line id in any derivation of a kept, built or removed line', () => {
    for (const l of r.lines.filter((x) => x.disposition !== 'new')) {
      for (const id of [...recordIds, l.assetId!]) expect(l.derivation, l.id).not.toContain(id);
      expect(l.groupName, l.id).not.toMatch(/copy/);
    }
  });
});
