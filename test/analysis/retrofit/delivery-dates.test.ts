import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../main/catalog/load-catalog.ts';
import { phaseBill } from '../../../shared/analysis/phase-economics.ts';
import { compareScenarios } from '../../../shared/analysis/retrofit/index.ts';
import type { EquipmentRecord, InterconnectRecord } from '../../../shared/model/index.ts';
import { applyDiff, retrofitCase, yardUnit } from './fixture.ts';

const catalog = loadCatalog();
const asOf = { asOf: '2026-12-01' };

/**
 * An item in hand or on order arrives on its delivery date instead of after its lead time.
 * As-is: one hall, 2 rows × 8 air racks of 40 kW, nothing in the yard, an energised 100 MW interconnect.
 * Phase 1: its copy at N with generators, placing 2 × 1,000 kW generators (catalog lead 38 weeks) and
 * 2 × 2,500 kVA transformers (28 weeks) in the yard. The compare is made on 2026-12-01, the schedule's week 0.
 * Factors: design 12 weeks, permits on an energised site 12, construction 20, commissioning 6, energisation stage 8;
 * construction ends at 12 + 12 + 20 = 44. Nothing is kept in the site group, so the first MW waits on its units.
 *   a) nothing ordered: generators 12 + 38 = 50 (after design) > transformers 12 + 28 = 40 and > 44:
 *      commissioning 50–56, first MW week 56; full-load commissioning 56–62, full load 62 + 8 = 70.
 *   b) all four on order for 2027-03-02, 91 days = 13 weeks from the start: procurement 0–13, construction governs:
 *      commissioning 44–50, first MW 50, full load 50 + 6 + 8 = 64.
 *   c) the generators in hand (delivered 2026-11-02, before the as-of day: 0 weeks), the transformers not ordered:
 *      transformers 40 < 44, so 50 and 64; the generator line's lead is 0 and procurement names the transformers.
 *   d) one generator on order for 2027-03-02, the other not: the other is still to order, the line keeps 38 weeks
 *      after design: 56 and 70, the derivation saying 1 of the 2 units is dated.
 *   e) the generators on order for 2028-01-04, 399 days → ⌈57⌉ = 57 weeks from the start (later than 12 + 38 = 50):
 *      commissioning 57–63, first MW 63, full load 63 + 6 + 8 = 77.
 * Costs do not move with the dates: the upgrade bill is the same in every case.
 *   f) a scenario built new (no baseline; the economics' schedule) with the two generators on order for 2028-06-06,
 *      553 days → ⌈79⌉ = 79 weeks from the start: its power procurement is those generators, weeks 0–79, later
 *      than any power item ordered after design (switchgear 12 + 48 = 60).
 */
interface Dates {
  readonly gen?: readonly (string | undefined)[];
  readonly tx?: readonly (string | undefined)[];
}

/** The case's document with the four yard units placed in `into` (the target, or the baseline for f). */
function withUnits(dates: Dates, into: 'target' | 'baseline') {
  const interconnect: InterconnectRecord = { type: 'interconnect', id: 'ic-1' as InterconnectRecord['id'], siteId: 'site-1' as InterconnectRecord['siteId'], name: 'Firm service', firmMw: 100, voltageKv: 345, status: 'energised', date: '2020-05-01' };
  const c = retrofitCase({ profile: 'air-40kw', rows: 2, perRow: 8, yard: [], target: { powerRedundancy: 'N', generators: true }, extra: { interconnects: [interconnect] } });
  const unit = (id: string, catalogId: string, x: number, date: string | undefined): EquipmentRecord => ({
    ...yardUnit(id, catalogId, { position: { x, y: 0 } }), scenarioId: into === 'target' ? c.target : c.baseline, ...(date === undefined ? {} : { deliveryDate: date }),
  });
  const added = [
    ...[0, 1].map((i) => unit(`gen${i}`, 'gen-1000kw', -50 - 5 * i, dates.gen?.[i])),
    ...[0, 1].map((i) => unit(`tx${i}`, 'xfmr-mvlv-2500kva', -70 - 5 * i, dates.tx?.[i])),
  ];
  return { ...c, doc: applyDiff(c.doc, { added, removed: [], updated: [] }) };
}

function phase1(dates: Dates) {
  const c = withUnits(dates, 'target');
  return compareScenarios(c.doc, catalog, c.baseline, c.target, asOf);
}

const task = (r: ReturnType<typeof phase1>, id: string) => r.schedule.tasks.find((t) => t.id === id)!;
const line = (r: ReturnType<typeof phase1>, catalogId: string) => r.lines.find((l) => l.catalogId === catalogId && l.disposition === 'new')!;

describe('a unit in hand or on order arrives on its delivery date', () => {
  const none = phase1({});

  it('a) without dates every bought unit waits its catalog lead after design', () => {
    expect(line(none, 'gen-1000kw').leadTimeWeeks).toBe(38);
    expect([task(none, 'procure-power-first').startWeek, task(none, 'procure-power-first').endWeek]).toEqual([12, 50]);
    expect([none.summary.firstPowerWeeks, none.summary.fullPowerWeeks]).toEqual([56, 70]);
  });

  it('b) units on order arrive on their date, counted from the as-of day', () => {
    const r = phase1({ gen: ['2027-03-02', '2027-03-02'], tx: ['2027-03-02', '2027-03-02'] });
    const gen = line(r, 'gen-1000kw');
    expect(gen.leadTimeWeeks).toBe(13);
    expect(gen.derivation).toContain('Lead: GEN0 on order for 2027-03-02, GEN1 on order for 2027-03-02: 13 weeks from 2026-12-01, instead of the catalog\'s 38 weeks');
    const first = task(r, 'procure-power-first');
    expect([first.startWeek, first.endWeek, first.dependsOn]).toEqual([0, 13, []]);
    expect(first.derivation).toContain('13 weeks from the start');
    expect([r.summary.firstPowerWeeks, r.summary.fullPowerWeeks]).toEqual([50, 64]);
    expect(r.summary.deltaCapexUsd).toBe(none.summary.deltaCapexUsd);
  });

  it('c) units delivered before the as-of day are in hand: no wait', () => {
    const r = phase1({ gen: ['2026-11-02', '2026-11-02'] });
    expect(line(r, 'gen-1000kw').leadTimeWeeks).toBe(0);
    expect(line(r, 'gen-1000kw').derivation).toContain('GEN0 in hand since 2026-11-02');
    expect(task(r, 'procure-power').name).toBe('Procurement, power: MV/LV transformer 2,500 kVA');
    expect([r.summary.firstPowerWeeks, r.summary.fullPowerWeeks]).toEqual([50, 64]);
  });

  it('d) a line with a unit still to order keeps the catalog lead for it', () => {
    const r = phase1({ gen: ['2027-03-02'] });
    expect(line(r, 'gen-1000kw').leadTimeWeeks).toBe(38);
    expect(task(r, 'procure-power-first').derivation).toContain('1 of the 2 units dated (GEN0 on order for 2027-03-02');
    expect([r.summary.firstPowerWeeks, r.summary.fullPowerWeeks]).toEqual([56, 70]);
  });

  it('e) a delivery later than the catalog lead delays the first MW', () => {
    const r = phase1({ gen: ['2028-01-04', '2028-01-04'] });
    expect(line(r, 'gen-1000kw').leadTimeWeeks).toBe(57);
    expect([task(r, 'procure-power-first').startWeek, task(r, 'procure-power-first').endWeek]).toEqual([0, 57]);
    expect([r.summary.firstPowerWeeks, r.summary.fullPowerWeeks]).toEqual([63, 77]);
  });

  it('f) a scenario built new takes the delivery dates in its schedule too', () => {
    const c = withUnits({ gen: ['2028-06-06', '2028-06-06'] }, 'baseline');
    const { schedule } = phaseBill(c.doc, catalog, c.baseline, asOf.asOf);
    const procure = schedule.tasks.find((t) => t.id === 'procure-power')!;
    expect([procure.startWeek, procure.endWeek, procure.dependsOn]).toEqual([0, 79, []]);
    expect(procure.derivation).toContain('GEN0 on order for 2028-06-06, GEN1 on order for 2028-06-06: 79 weeks from 2026-12-01');
  });
});
