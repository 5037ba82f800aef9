import type { EquipmentItem } from '../catalog/schema.ts';
import type { Redundancy } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';
import { groupFigure } from './group-figure.ts';
import { sumRows, type HallLoad, type RowLoad } from './loads.ts';
import { upsFramesNeeded, upsKva, upsKw, upsLoad, upsLoadText } from './ups.ts';
import { sizeBatteries, sizeLvFeeders } from './power-chain.ts';
import { gpuKw } from './transients.ts';
import { lvBus } from './lv-bus.ts';

/**
 * A hall's UPS as buildable lineups, formed per row group as a designer would: consecutive rows share a lineup
 * while the frames their load needs fit one LV bus; a row larger than a bus is split evenly over several lineups.
 */
interface Lineups {
  /** Frames carrying load in each active lineup (per side under 2N and 2(N+1)). */
  frames: number[];
  /** IT kW each lineup carries. */
  kw: number[];
  /** The rows of the first lineup (the derivation's example). */
  firstRows: string[];
}

/** Frames a load needs: the larger of the kVA and the kW counts (as upsFramesNeeded, without its words). */
function framesOf(item: EquipmentItem, kw: number, pf: number): number {
  return Math.max(Math.ceil(kw / pf / upsKva(item)), Math.ceil(kw / upsKw(item)));
}

/** Row groups of one frame model on a bus that takes `fit` frames carrying load. */
function formLineups(item: EquipmentItem, rows: readonly RowLoad[], pf: number, fit: number): Lineups {
  const frames: number[] = [];
  const kw: number[] = [];
  let firstRows: string[] | null = null;
  let openKw = 0;
  // Rows of the open lineup: named only while no lineup is closed (only the first one's names are read).
  let openRows: string[] = [];
  let openCount = 0;
  const close = () => {
    if (openCount === 0) return;
    frames.push(framesOf(item, openKw, pf));
    kw.push(openKw);
    firstRows ??= openRows;
    openKw = 0;
    openRows = [];
    openCount = 0;
  };
  for (const row of rows) {
    if (row.itKw <= 0) continue;
    const alone = framesOf(item, row.itKw, pf);
    if (alone > fit) {
      close();
      const parts = Math.ceil(alone / fit);
      for (let i = 0; i < parts; i += 1) {
        frames.push(framesOf(item, row.itKw / parts, pf));
        kw.push(row.itKw / parts);
        firstRows ??= [`${row.row.name} (1/${parts})`];
      }
      continue;
    }
    if (openCount > 0 && framesOf(item, openKw + row.itKw, pf) > fit) close();
    openKw += row.itKw;
    if (firstRows === null) openRows.push(row.row.name);
    openCount += 1;
  }
  close();
  return { frames, kw, firstRows: firstRows ?? [] };
}

/** "6 × 2 + 1 × 1": lineups by their frame count, largest first. */
function shapeText(frames: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const n of frames) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].sort((a, b) => b[0] - a[0]).map(([n, c]) => `${c} × ${n}`).join(' + ');
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** Frames installed, output boards, and the words, for lineups at a redundancy. */
function applyRedundancy(frames: readonly number[], r: Redundancy): { frames: number; boards: number; text: string } {
  const L = frames.length;
  const n = sum(frames);
  const shape = shapeText(frames);
  switch (r) {
    case 'N':
      return { frames: n, boards: L, text: `N: ${shape} = ${n}` };
    case 'N+1':
      return { frames: n + L, boards: L, text: `N+1 per lineup: (${shape}) + 1 spare in each of ${L} = ${n + L}` };
    case '2N':
      return { frames: 2 * n, boards: 2 * L, text: `2N: two systems of ${shape} = 2 × ${n} = ${2 * n}` };
    case '2(N+1)':
      return { frames: 2 * (n + L), boards: 2 * L, text: `2(N+1): two systems of (${shape}) + 1 spare per lineup = 2 × ${n + L} = ${2 * (n + L)}` };
    case 'block': {
      const largest = Math.max(...frames);
      return { frames: n + largest, boards: L + 1, text: `block redundant: ${L} active lineups (${shape} = ${n}) + one reserve (catcher) block as large as the largest, ${largest} = ${n + largest}` };
    }
  }
}

interface LineupChoice {
  item: EquipmentItem;
  fit: number;
  lineups: Lineups;
  text: string;
}

/**
 * The frame model whose lineups, as built at the redundancy, cost least: frames with their batteries, and one
 * output board and one LV feeder per lineup. A designer picks modules for the installed set (at N+1 four 500 kVA
 * modules can cost less than three 750s), and each model's cost only grows with the load, so the cheapest never
 * falls when racks are added (a rule on frame count alone could: fewer, larger frames in more lineups). Ties:
 * fewer frames.
 */
function cheapestLineups(bill: BillBuilder, rows: readonly RowLoad[], pf: number, busKva: number, redundancy: Redundancy): LineupChoice | null {
  const f = bill.index;
  const board = lvBus(f)!.item;
  const feeder = f.ofKind('lv-feeder')[0];
  const battery = f.ofKind('battery')[0];
  const perBoard = bill.priceOf(board.id) + (feeder ? f.factor('lv-feeder-route-m') * bill.priceOf(feeder.id) : 0);
  const perFrameKwh = f.factor('ups-runtime-min') / 60;
  let best: (LineupChoice & { cost: number; frames: number }) | null = null;
  for (const item of f.ofKind('ups')) {
    const fit = Math.floor(busKva / upsKva(item));
    if (fit < 1) continue;
    const lineups = formLineups(item, rows, pf, fit);
    const built = applyRedundancy(lineups.frames, redundancy);
    const perFrame = bill.priceOf(item.id) + (battery ? upsKw(item) * perFrameKwh * bill.priceOf(battery.id) : 0);
    const cost = built.frames * perFrame + built.boards * perBoard;
    if (best === null || cost < best.cost || (cost === best.cost && built.frames < best.frames)) {
      best = { item, fit, lineups, cost, frames: built.frames, text: `${built.frames} × $${fmt(perFrame, 0)} + ${built.boards} × $${fmt(perBoard, 0)} = $${fmt(cost, 0)}` };
    }
  }
  return best;
}

/**
 * UPS frames of one hall for the rows no placed feed serves, sized on kVA at the IT power factor, in lineups a
 * designer can build: rows grouped while the frames their load needs fit the largest LV bus in the catalog at the
 * continuous-duty rule (⌊bus kVA / frame kVA⌋ frames carrying load per lineup), each lineup sized on its own rows,
 * and the redundancy applied per lineup (N+1 one spare each; 2N two systems; block: one reserve block as large as
 * the largest). The model is the one whose lineups cost least as built.
 */
/** What the hall's engine-sized lineups carry and can carry, and the GPU load among their rows (for the transient check). */
export interface UpsCarrying {
  loadKva: number;
  usableKva: number;
  gpuKw: number;
}

export function sizeHallUps(bill: BillBuilder, hall: HallLoad, rows: readonly RowLoad[], redundancy: Redundancy): UpsCarrying | null {
  const pf = bill.index.factor('power-factor');
  const load = upsLoad(sumRows(rows, 'itKw'), pf);
  if (load.kw <= 0) return null;
  const bus = lvBus(bill.index);
  if (!bus) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No LV switchboard in the catalog to build ${hall.hall.name}'s UPS lineups on`, subject: null });
    return null;
  }
  const choice = cheapestLineups(bill, rows, pf, bus.kva, redundancy);
  if (!choice) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No ups in the catalog fits a ${fmt(bus.kva, 1)} kVA LV bus for ${hall.hall.name}`, subject: null });
    return null;
  }
  const detail =
    `rows grouped into lineups of at most ⌊${fmt(bus.kva, 1)} / ${fmt(upsKva(choice.item))}⌋ = ${choice.fit} frames carrying load, each sized on its own rows: ` +
    `${choice.lineups.frames.length} lineup${choice.lineups.frames.length === 1 ? '' : 's'} of ${shapeText(choice.lineups.frames)} frames; e.g. ${choice.lineups.firstRows.join(', ')}: ` +
    `${upsFramesNeeded(choice.item, upsLoad(choice.lineups.kw[0]!, pf)).detail()}; the cheapest set as built: frames with batteries and one output board with its LV feeder per lineup, ${choice.text}`;
  const shape = choice.lineups;
  const built = applyRedundancy(shape.frames, redundancy);
  const rating = upsKva(choice.item);
  // Under 2N and 2(N+1) one system carries the whole load; the spares, the reserve block and the other system are the redundancy.
  const active = sum(shape.frames);
  const count = shape.frames.length;
  bill.group(groupFigure({
    id: `${hall.hall.id}/ups`, kind: 'upsLineup', name: `${hall.hall.name} UPS (${count} lineup${count === 1 ? '' : 's'}: ${shapeText(shape.frames)} × ${fmt(rating)} kVA)`,
    hallId: hall.hall.id, subject: { type: 'hall', id: hall.hall.id }, placed: false,
    redundancy, unit: 'kVA', load: load.kva, units: built.frames, usableUnits: active,
    installedCapacity: built.frames * rating, usableCapacity: active * rating, rows: rows.length,
  }));
  bill.catalogLine({
    category: 'power', catalogId: choice.item.id, group: hall.hall.id, quantity: built.frames, capacity: { value: rating, unit: 'kVA' }, redundancy,
    derivation: `${hall.hall.name} UPS for IT load ${upsLoadText(load)} (frames rated ${fmt(rating)} kVA) on lineups limited by the LV bus (${bus.text}): ${detail}; ${built.text}`,
    factors: ['power-factor', 'lv-volts', 'continuous-loading'],
  });
  bill.noteGranularity('ups', `${choice.item.name} (${hall.hall.name})`, load.kva, 'kVA', Math.min(...bill.index.ofKind('ups').map(upsKva)));
  outputBoards(bill, hall, bus.item, built.boards, redundancy, count);
  sizeLvFeeders(bill, hall.hall.id, hall.hall.name, built.boards, 'UPS output boards to the busway');
  sizeBatteries(bill, hall.hall.id, hall.hall.name, built.frames, upsKw(choice.item), redundancy);
  return { loadKva: load.kva, usableKva: active * rating, gpuKw: gpuKw(rows) };
}

/** One UPS output (paralleling) switchboard per lineup: the bus the lineup's frames sit on. */
function outputBoards(bill: BillBuilder, hall: HallLoad, board: EquipmentItem, count: number, redundancy: Redundancy, lineups: number): void {
  const plural = lineups === 1 ? '' : 's';
  const basis =
    redundancy === 'block' ? `${lineups} active lineup${plural} + 1 reserve block`
      : redundancy === '2N' || redundancy === '2(N+1)' ? `2 systems × ${lineups} lineup${plural}`
        : `${lineups} lineup${plural}`;
  bill.catalogLine({
    category: 'power', catalogId: board.id, group: `${hall.hall.id}/ups`, quantity: count, capacity: { value: board.amps ?? 0, unit: 'A' }, redundancy,
    derivation: `${hall.hall.name}: one UPS output switchboard per lineup (its paralleling bus) at ${redundancy}: ${basis} = ${count}`,
  });
}
