import type { EquipmentItem } from '../catalog/schema.ts';
import type { Redundancy } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';
import { groupFigure } from './group-figure.ts';
import { sumRows, type HallLoad, type RowLoad } from './loads.ts';
import { chooseUnit } from './select-unit.ts';
import { upsFramesNeeded, upsKva, upsKw, upsLoad, upsLoadText } from './ups.ts';
import { sizeBatteries, sizeLvFeeders } from './power-chain.ts';
import { upsTransientCheck } from './transients.ts';
import { lvBus } from './lv-bus.ts';

/** A hall's UPS as buildable lineups: each a parallel group on one LV bus, with its redundancy inside it. */
interface Lineups {
  /** Active lineups (per side under 2N and 2(N+1)). */
  count: number;
  /** Frames carrying load in each lineup. */
  perLineup: number;
}

/** Frames installed, output boards, and the words, for lineups at a redundancy. */
function applyRedundancy(l: Lineups, r: Redundancy): { frames: number; boards: number; text: string } {
  const { count: L, perLineup: n } = l;
  switch (r) {
    case 'N':
      return { frames: L * n, boards: L, text: `N: ${L} lineups × ${n} = ${L * n}` };
    case 'N+1':
      return { frames: L * (n + 1), boards: L, text: `N+1 per lineup: ${L} × (${n} + 1 spare) = ${L * (n + 1)}` };
    case '2N':
      return { frames: 2 * L * n, boards: 2 * L, text: `2N: two systems of ${L} lineups × ${n} = ${2 * L * n}` };
    case '2(N+1)':
      return { frames: 2 * L * (n + 1), boards: 2 * L, text: `2(N+1): two systems of ${L} lineups × (${n} + 1 spare) = ${2 * L * (n + 1)}` };
    case 'block':
      return { frames: (L + 1) * n, boards: L + 1, text: `block redundant: ${L} active lineups × ${n} + one reserve (catcher) block as large as the largest, ${n} = ${(L + 1) * n}` };
  }
}

/**
 * UPS frames of one hall for the rows no placed feed serves, sized on kVA at the IT power factor and grouped in
 * lineups a designer can build: a lineup's rated output (its frames carrying load) must fit the largest LV bus in
 * the catalog at the continuous-duty rule; the load is split evenly over the fewest such lineups, and the
 * redundancy is applied per lineup (N+1 one spare each; 2N two systems; block: one reserve lineup).
 */
export function sizeHallUps(bill: BillBuilder, hall: HallLoad, rows: readonly RowLoad[], redundancy: Redundancy): void {
  const load = upsLoad(sumRows(rows, 'itKw'), bill.index.factor('power-factor'));
  if (load.kw <= 0) return;
  const bus = lvBus(bill.index);
  if (!bus) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No LV switchboard in the catalog to build ${hall.hall.name}'s UPS lineups on`, subject: null });
    return;
  }
  const shapes = new Map<string, Lineups>();
  const choice = chooseUnit(
    bill.index.ofKind('ups'),
    (item) => {
      const fit = Math.floor(bus.kva / upsKva(item));
      if (fit < 1) return null;
      const frames = upsFramesNeeded(item, load);
      const count = Math.ceil(frames.n / fit);
      const perLineup = Math.ceil(frames.n / count);
      shapes.set(item.id, { count, perLineup });
      return {
        n: count * perLineup,
        detail: () => `${frames.detail()}; at most ⌊${fmt(bus.kva, 1)} / ${fmt(upsKva(item))}⌋ = ${fit} frames per lineup → ⌈${frames.n} / ${fit}⌉ = ${count} lineups of ⌈${frames.n} / ${count}⌉ = ${perLineup}`,
      };
    },
    (id) => bill.priceOf(id),
  );
  if (!choice) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No ups in the catalog fits a ${fmt(bus.kva, 1)} kVA LV bus for ${hall.hall.name}`, subject: null });
    return;
  }
  const shape = shapes.get(choice.item.id)!;
  const built = applyRedundancy(shape, redundancy);
  const rating = upsKva(choice.item);
  // Under 2N and 2(N+1) one system carries the whole load; the spares and the other system are the redundancy.
  const active = shape.count * shape.perLineup;
  bill.group(groupFigure({
    id: `${hall.hall.id}/ups`, kind: 'upsLineup', name: `${hall.hall.name} UPS (${shape.count} lineup${shape.count === 1 ? '' : 's'} of ${shape.perLineup} × ${fmt(rating)} kVA)`,
    hallId: hall.hall.id, subject: { type: 'hall', id: hall.hall.id }, placed: false,
    redundancy, unit: 'kVA', load: load.kva, units: built.frames, usableUnits: active,
    installedCapacity: built.frames * rating, usableCapacity: active * rating, rows: rows.length,
  }));
  bill.catalogLine({
    category: 'power', catalogId: choice.item.id, group: hall.hall.id, quantity: built.frames, capacity: { value: rating, unit: 'kVA' }, redundancy,
    derivation: `${hall.hall.name} UPS for IT load ${upsLoadText(load)} (frames rated ${fmt(rating)} kVA) on lineups limited by the LV bus (${bus.text}): ${choice.detail()}; ${built.text}`,
    factors: ['power-factor', 'lv-volts', 'continuous-loading'],
  });
  bill.noteGranularity('ups', `${choice.item.name} (${hall.hall.name})`, load.kva, 'kVA', Math.min(...bill.index.ofKind('ups').map(upsKva)));
  upsTransientCheck(bill, hall, rows, load.kva, active * rating);
  outputBoards(bill, hall, bus.item, built.boards, redundancy, shape);
  sizeLvFeeders(bill, hall.hall.id, hall.hall.name, built.boards, 'UPS output boards to the busway');
  sizeBatteries(bill, hall.hall.id, hall.hall.name, built.frames, upsKw(choice.item), redundancy);
}

/** One UPS output (paralleling) switchboard per lineup: the bus the lineup's frames sit on. */
function outputBoards(bill: BillBuilder, hall: HallLoad, board: EquipmentItem, count: number, redundancy: Redundancy, shape: Lineups): void {
  bill.catalogLine({
    category: 'power', catalogId: board.id, group: `${hall.hall.id}/ups`, quantity: count, capacity: { value: board.amps ?? 0, unit: 'A' }, redundancy,
    derivation: `${hall.hall.name}: one UPS output switchboard per lineup (its paralleling bus): ${shape.count} active lineup${shape.count === 1 ? '' : 's'} at ${redundancy} = ${count}`,
  });
}
