import type { EquipmentItem } from '../catalog/schema.ts';
import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';
import type { HallLoad, RowLoad } from './loads.ts';
import type { Redundancy } from '../model/index.ts';
import { redundancyText, unitsWithRedundancy } from './redundancy.ts';

// What the power chain is made of beyond its big units: batteries, generator plant, MV feeders, tap-offs, PDUs.

function first(bill: BillBuilder, kind: Parameters<BillBuilder['index']['ofKind']>[0], name: string): EquipmentItem | undefined {
  const item = bill.index.ofKind(kind)[0];
  if (!item) bill.check({ severity: 'error', code: 'catalog-gap', message: `No ${kind} in the catalog for ${name}`, subject: null });
  return item;
}

/** UPS batteries: every installed frame carries its rated kW for the stated runtime. */
export function sizeBatteries(bill: BillBuilder, group: string, name: string, frames: number, frameKw: number, redundancy: string): void {
  const battery = first(bill, 'battery', `${name} UPS batteries`);
  if (!battery || frames <= 0) return;
  const minutes = bill.index.factor('ups-runtime-min');
  const kwh = (frames * frameKw * minutes) / 60;
  bill.catalogLine({
    category: 'power', catalogId: battery.id, group, quantity: Math.round(kwh * 10) / 10, capacity: null, redundancy,
    derivation: `${name} UPS batteries: ${frames} frames × ${fmt(frameKw)} kW × ${fmt(minutes)} min / 60 = ${fmt(kwh, 1)} kWh (each frame its own strings, spares included)`,
    factors: ['ups-runtime-min'],
  });
}

/** Paralleling switchgear, fuel storage and first fill for the stated autonomy, and emissions controls per set. */
export function sizeGeneratorPlant(bill: BillBuilder, group: string, name: string, sets: number, loadKw: number, redundancy: string): void {
  if (sets <= 0) return;
  const f = bill.index;
  const paralleling = first(bill, 'paralleling', `${name} generator paralleling`);
  if (paralleling) {
    const per = paralleling.ports ?? 1;
    const lineups = Math.ceil(sets / per);
    bill.catalogLine({
      category: 'power', catalogId: paralleling.id, group, quantity: lineups, capacity: null, redundancy,
      derivation: `${name}: ${sets} generator sets, up to ${per} per paralleling lineup: ⌈${sets} / ${per}⌉ = ${lineups}`,
    });
  }
  const hours = f.factor('fuel-autonomy-h');
  const rate = f.factor('diesel-l-per-kwh');
  const litres = Math.ceil(loadKw * hours * rate);
  const fuelText = `${name} fuel for ${fmt(hours)} h at the design-day load: ${fmt(loadKw)} kW × ${fmt(hours)} h × ${fmt(rate)} L/kWh = ${fmt(litres)} L`;
  for (const item of f.ofKind('fuel')) {
    bill.catalogLine({ category: 'power', catalogId: item.id, group, quantity: litres, capacity: null, redundancy: null, derivation: fuelText, factors: ['fuel-autonomy-h', 'diesel-l-per-kwh'] });
  }
  const emissions = first(bill, 'emissions', `${name} generator emissions controls`);
  if (emissions) {
    bill.catalogLine({
      category: 'power', catalogId: emissions.id, group, quantity: sets, capacity: null, redundancy,
      derivation: `${name}: one set of emissions controls per generator = ${sets}`,
    });
  }
}

/** MV feeders: one ductbank circuit per MV switchgear lineup, over the substation-to-hall route. */
export function sizeMvFeeders(bill: BillBuilder, group: string, name: string, mvLineups: number): void {
  const cable = first(bill, 'mv-cable', `${name} MV feeders`);
  if (!cable || mvLineups <= 0) return;
  const route = bill.index.factor('mv-route-m');
  bill.catalogLine({
    category: 'power', catalogId: cable.id, group, quantity: mvLineups * route, capacity: null, redundancy: null,
    derivation: `${name}: one MV circuit per MV switchgear lineup, ${mvLineups} × ${fmt(route)} m substation-to-hall route = ${fmt(mvLineups * route)} m`,
    factors: ['mv-route-m'],
  });
}

/**
 * Rack PDUs and busway tap-offs. On A/B feeds each side's PDUs must carry the whole rack alone (one side may be
 * lost); on one feed the rack needs what its load needs, at least what its profile lists. Each PDU (or, for racks
 * with their own power shelves, each rack side) plugs into one tap-off unit.
 */
export function sizeRackFeeds(bill: BillBuilder, hall: HallLoad, rows: readonly RowLoad[], sides: number, pduKw: number, pdu: EquipmentItem | undefined): void {
  let pdus = 0;
  let tapOffs = 0;
  let example = '';
  for (const row of rows) {
    for (const [{ profile, itKw: kw }, count] of row.feedRacks) {
      if (profile.rackPdus > 0 && pdu) {
        const perSide = Math.ceil(kw / pduKw);
        const n = sides === 2 ? 2 * perSide : Math.max(profile.rackPdus, perSide);
        pdus += n * count;
        tapOffs += n * count;
        if (example === '') {
          example = sides === 2
            ? `e.g. ${profile.name} ${fmt(kw)} kW: one side alone ⌈${fmt(kw)} / ${fmt(pduKw, 1)} kW⌉ = ${perSide} PDUs × 2 sides = ${n}`
            : `e.g. ${profile.name} ${fmt(kw)} kW: max(profile ${profile.rackPdus}, ⌈${fmt(kw)} / ${fmt(pduKw, 1)} kW⌉ = ${perSide}) = ${n}`;
        }
      } else {
        tapOffs += sides * count;
      }
    }
  }
  if (pdus > 0 && pdu) {
    bill.catalogLine({
      category: 'power', catalogId: pdu.id, group: hall.hall.id, quantity: pdus, capacity: { value: pdu.amps ?? 0, unit: 'A' }, redundancy: sides === 2 ? 'A+B' : 'A',
      derivation: `${hall.hall.name}: rack PDUs at ${fmt(pduKw, 1)} kW each (√3 × ${fmt(pdu.volts ?? 0)} V × ${fmt(pdu.amps ?? 0)} A × pf × continuous); ${example}; total ${pdus}`,
      factors: ['power-factor', 'continuous-loading'],
    });
  }
  const tap = tapOffs > 0 ? first(bill, 'tap-off', `${hall.hall.name} busway tap-offs`) : undefined;
  if (tap) {
    bill.catalogLine({
      category: 'power', catalogId: tap.id, group: hall.hall.id, quantity: tapOffs, capacity: null, redundancy: sides === 2 ? 'A+B' : 'A',
      derivation: `${hall.hall.name}: one tap-off per rack PDU, or per rack side for racks with their own power shelves (${sides} side${sides === 2 ? 's' : ''}) = ${tapOffs}`,
    });
  }
}

/**
 * Liquid racks cannot ride through a loss of flow: the CDU pumps run from a mechanical UPS (the smallest frames,
 * at the power redundancy) with its batteries, sized on the pump power at the IT power factor.
 */
export function sizePumpUps(bill: BillBuilder, hall: HallLoad, liquidKw: number, redundancy: Redundancy): void {
  if (liquidKw <= 0) return;
  const f = bill.index;
  const frames = [...f.ofKind('ups')].sort((a, b) => (a.capacityKva ?? 0) - (b.capacityKva ?? 0));
  const frame = frames[0];
  if (!frame) return;
  const pumpKw = liquidKw * f.factor('cdu-pump-kw-per-kwt');
  const kva = pumpKw / f.factor('power-factor');
  const n = Math.ceil(kva / (frame.capacityKva ?? Infinity));
  const quantity = unitsWithRedundancy(n, redundancy);
  bill.catalogLine({
    category: 'power', catalogId: frame.id, group: `${hall.hall.id}/pumps`, quantity, capacity: { value: frame.capacityKva ?? 0, unit: 'kVA' }, redundancy,
    derivation: `${hall.hall.name} mechanical UPS for the CDU pumps (liquid racks cannot ride through a loss of flow): ${fmt(liquidKw)} kWt × ${fmt(f.factor('cdu-pump-kw-per-kwt'), 3)} kW/kWt = ${fmt(pumpKw)} kW / pf ${fmt(f.factor('power-factor'))} = ${fmt(kva)} kVA; ⌈${fmt(kva)} / ${fmt(frame.capacityKva ?? 0)} kVA⌉ = ${n}; ${redundancyText(n, redundancy)}`,
    factors: ['cdu-pump-kw-per-kwt', 'power-factor'],
  });
  sizeBatteries(bill, `${hall.hall.id}/pumps`, `${hall.hall.name} pump UPS`, quantity, frame.capacityKw ?? 0, redundancy);
}

/** LV feeders: one board-rated circuit per LV board feeding onwards, over a stated route. */
export function sizeLvFeeders(bill: BillBuilder, group: string, name: string, circuits: number, what: string): void {
  const feeder = bill.index.ofKind('lv-feeder')[0];
  if (!feeder || circuits <= 0) return;
  const route = bill.index.factor('lv-feeder-route-m');
  bill.catalogLine({
    category: 'power', catalogId: feeder.id, group, quantity: circuits * route, capacity: { value: feeder.amps ?? 0, unit: 'A' }, redundancy: null,
    derivation: `${name} LV feeders, ${what}: ${circuits} circuits × ${fmt(route)} m = ${fmt(circuits * route)} m`,
    factors: ['lv-feeder-route-m'],
  });
}
