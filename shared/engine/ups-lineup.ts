import type { EquipmentItem } from '../catalog/schema.ts';
import type { Redundancy } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';
import { groupFigure } from './group-figure.ts';
import { sumRows, type HallLoad, type RowLoad } from './loads.ts';
import { upsFramesNeeded, upsKva, upsKw, upsLoad, upsLoadText } from './ups.ts';
import { sizeBatteries, sizeLvFeeders } from './power-chain.ts';
import { gpuKw } from './transients.ts';
import { lvBus, type LvBus } from './lv-bus.ts';
import type { BuiltUnits } from './built-units.ts';
import { builtInGroup } from './installed-lines.ts';

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

/** The lineups' count, frames carrying load and largest lineup, as `formLineups` would form them. */
interface LineupCounts {
  lineups: number;
  frames: number;
  largest: number;
}

/**
 * The counts of `formLineups`, without its lists or names: every frame model is costed this way and only the
 * cheapest is formed in full.
 */
function countLineups(item: EquipmentItem, rows: readonly RowLoad[], pf: number, fit: number, into: LineupCounts): LineupCounts {
  let lineups = 0;
  let frames = 0;
  let largest = 0;
  let openKw = 0;
  let open = false;
  const add = (n: number) => {
    lineups += 1;
    frames += n;
    if (n > largest) largest = n;
  };
  for (const row of rows) {
    if (row.itKw <= 0) continue;
    const alone = framesOf(item, row.itKw, pf);
    if (alone > fit) {
      if (open) add(framesOf(item, openKw, pf));
      open = false;
      openKw = 0;
      const parts = Math.ceil(alone / fit);
      const each = framesOf(item, row.itKw / parts, pf);
      for (let i = 0; i < parts; i += 1) add(each);
      continue;
    }
    if (open && framesOf(item, openKw + row.itKw, pf) > fit) {
      add(framesOf(item, openKw, pf));
      openKw = 0;
    }
    openKw += row.itKw;
    open = true;
  }
  if (open) add(framesOf(item, openKw, pf));
  into.lineups = lineups;
  into.frames = frames;
  into.largest = largest;
  return into;
}

/** "6 × 2 + 1 × 1": lineups by their frame count, largest first. */
function shapeText(frames: readonly number[]): string {
  const counts = new Map<number, number>();
  for (const n of frames) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].sort((a, b) => b[0] - a[0]).map(([n, c]) => `${c} × ${n}`).join(' + ');
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** Frames installed at a redundancy, for lineups of these counts. */
function builtFrames(c: LineupCounts, r: Redundancy): number {
  switch (r) {
    case 'N':
      return c.frames;
    case 'N+1':
      return c.frames + c.lineups;
    case '2N':
      return 2 * c.frames;
    case '2(N+1)':
      return 2 * (c.frames + c.lineups);
    case 'block':
      return c.frames + c.largest;
  }
}

/** Output boards at a redundancy: one per lineup, per system under 2N, and the reserve block's. */
function builtBoards(c: LineupCounts, r: Redundancy): number {
  return r === '2N' || r === '2(N+1)' ? 2 * c.lineups : r === 'block' ? c.lineups + 1 : c.lineups;
}

/** Frames installed, output boards, and the words, for lineups at a redundancy. */
function applyRedundancy(frames: readonly number[], r: Redundancy): { frames: number; boards: number; text: string } {
  const L = frames.length;
  const n = sum(frames);
  const counts = { lineups: L, frames: n, largest: Math.max(...frames) };
  const built = { frames: builtFrames(counts, r), boards: builtBoards(counts, r) };
  const shape = shapeText(frames);
  switch (r) {
    case 'N':
      return { ...built, text: `N: ${shape} = ${n}` };
    case 'N+1':
      return { ...built, text: `N+1 per lineup: (${shape}) + 1 spare in each of ${L} = ${n + L}` };
    case '2N':
      return { ...built, text: `2N: two systems of ${shape} = 2 × ${n} = ${2 * n}` };
    case '2(N+1)':
      return { ...built, text: `2(N+1): two systems of (${shape}) + 1 spare per lineup = 2 × ${n + L} = ${2 * (n + L)}` };
    case 'block':
      return { ...built, text: `block redundant: ${L} active lineups (${shape} = ${n}) + one reserve (catcher) block as large as the largest, ${counts.largest} = ${n + counts.largest}` };
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
 * falls when racks are added (a rule on frame count alone could: fewer, larger frames in more lineups). Frames of
 * a model a previous phase built here (`built`, by catalog id) cost nothing up to their number. Ties: fewer frames.
 */
function cheapestLineups(bill: BillBuilder, rows: readonly RowLoad[], pf: number, busKva: number, redundancy: Redundancy, built: ReadonlyMap<string, number> = new Map()): LineupChoice | null {
  const f = bill.index;
  const board = lvBus(f)!.item;
  const feeder = f.ofKind('lv-feeder')[0];
  const battery = f.ofKind('battery')[0];
  const perBoard = bill.priceOf(board.id) + (feeder ? f.factor('lv-feeder-route-m') * bill.priceOf(feeder.id) : 0);
  const perFrameKwh = f.factor('ups-runtime-min') / 60;
  const counts: LineupCounts = { lineups: 0, frames: 0, largest: 0 };
  let best: { item: EquipmentItem; fit: number; cost: number; frames: number; boards: number; standing: number; perFrame: number } | null = null;
  for (const item of f.ofKind('ups')) {
    const fit = Math.floor(busKva / upsKva(item));
    if (fit < 1) continue;
    countLineups(item, rows, pf, fit, counts);
    const frames = builtFrames(counts, redundancy);
    const boards = builtBoards(counts, redundancy);
    const perFrame = bill.priceOf(item.id) + (battery ? upsKw(item) * perFrameKwh * bill.priceOf(battery.id) : 0);
    const standing = Math.min(built.get(item.id) ?? 0, frames);
    const cost = (frames - standing) * perFrame + boards * perBoard;
    if (best === null || cost < best.cost || (cost === best.cost && frames < best.frames)) best = { item, fit, cost, frames, boards, standing, perFrame };
  }
  if (best === null) return null;
  const bought = best.standing > 0 ? `(${best.frames} − ${best.standing} built before)` : `${best.frames}`;
  return {
    item: best.item,
    fit: best.fit,
    lineups: formLineups(best.item, rows, pf, best.fit),
    text: `${bought} × $${fmt(best.perFrame, 0)} + ${best.boards} × $${fmt(perBoard, 0)} = $${fmt(best.cost, 0)}`,
  };
}

/** What the hall's engine-sized lineups carry and can carry, and the GPU load among their rows (for the transient check). */
export interface UpsCarrying {
  loadKva: number;
  usableKva: number;
  gpuKw: number;
}

/**
 * UPS frames of one hall for the rows no placed feed serves, sized on kVA at the IT power factor, in lineups a
 * designer can build: rows grouped while the frames their load needs fit the largest LV bus in the catalog at the
 * continuous-duty rule (⌊bus kVA / frame kVA⌋ frames carrying load per lineup), each lineup sized on its own rows,
 * and the redundancy applied per lineup (N+1 one spare each; 2N two systems; block: one reserve block as large as
 * the largest). The model is the one whose lineups cost least as built, frames a previous phase built here free.
 */
export function sizeHallUps(bill: BillBuilder, hall: HallLoad, rows: readonly RowLoad[], redundancy: Redundancy): UpsCarrying | null {
  const pf = bill.index.factor('power-factor');
  const load = upsLoad(sumRows(rows, 'itKw'), pf);
  if (load.kw <= 0) return null;
  const bus = lvBus(bill.index);
  if (!bus) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No LV switchboard in the catalog to build ${hall.hall.name}'s UPS lineups on`, subject: null });
    return null;
  }
  const built = builtInGroup(bill.installed, hall.hall.id).flatMap(({ line }) => {
    const item = bill.index.findItem(line.catalogId ?? '');
    return item?.kind === 'ups' ? [{ item, quantity: line.quantity }] : [];
  });
  const standing = new Map<string, number>();
  for (const b of built) standing.set(b.item.id, (standing.get(b.item.id) ?? 0) + b.quantity);
  const choice = cheapestLineups(bill, rows, pf, bus.kva, redundancy, standing);
  if (!choice) {
    bill.check({ severity: 'error', code: 'catalog-gap', message: `No ups in the catalog fits a ${fmt(bus.kva, 1)} kVA LV bus for ${hall.hall.name}`, subject: null });
    return null;
  }
  // Frames built before of the model chosen are credited on its line (the same item); those of another model stand apart.
  if (built.some((b) => b.item.id !== choice.item.id)) return sizeBesideBuilt(bill, hall, rows, redundancy, bus, built, choice.item);
  const detail = `${lineupText(bus, choice, pf)}; the cheapest set as built: frames with batteries and one output board with its LV feeder per lineup, ${choice.text}`;
  const set = setOf(choice.item, choice.lineups, redundancy);
  frameLine(bill, hall, set, redundancy, `${hall.hall.name} UPS for IT load ${upsLoadText(load)} (frames rated ${fmt(upsKva(choice.item))} kVA) on lineups limited by the LV bus (${bus.text}): ${detail}; ${set.built.text}`);
  return finishUps(bill, hall, rows, redundancy, bus.item, load.kva, [set]);
}

/** Lineups of one frame model at a redundancy, as built. */
interface LineupSet {
  item: EquipmentItem;
  lineups: Lineups;
  built: { frames: number; boards: number; text: string };
}

function setOf(item: EquipmentItem, lineups: Lineups, redundancy: Redundancy): LineupSet {
  return { item, lineups, built: applyRedundancy(lineups.frames, redundancy) };
}

function lineupText(bus: LvBus, choice: LineupChoice, pf: number): string {
  const l = choice.lineups;
  return (
    `rows grouped into lineups of at most ⌊${fmt(bus.kva, 1)} / ${fmt(upsKva(choice.item))}⌋ = ${choice.fit} frames carrying load, each sized on its own rows: ` +
    `${l.frames.length} lineup${l.frames.length === 1 ? '' : 's'} of ${shapeText(l.frames)} frames; e.g. ${l.firstRows.join(', ')}: ${upsFramesNeeded(choice.item, upsLoad(l.kw[0]!, pf)).detail()}`
  );
}

function frameLine(bill: BillBuilder, hall: HallLoad, set: LineupSet, redundancy: Redundancy, derivation: string): void {
  bill.catalogLine({
    category: 'power', catalogId: set.item.id, group: hall.hall.id, quantity: set.built.frames, capacity: { value: upsKva(set.item), unit: 'kVA' }, redundancy, derivation,
    factors: ['power-factor', 'lv-volts', 'continuous-loading'],
  });
}

/**
 * The hall's lineups beside frames a previous phase built of another model than the rows now call for. Frames of
 * different models are not paralleled in one lineup (a paralleled UPS system is of one model and rating, so the
 * modules share the load equally), so the built frames stay as lineups of their own: they take the hall's first
 * rows (in its order) for as long as those rows' lineups of that model, at the redundancy, need no more frames than
 * are built; the rest of the rows get lineups of the model that costs least for them. Redundancy is applied per set.
 */
function sizeBesideBuilt(bill: BillBuilder, hall: HallLoad, rows: readonly RowLoad[], redundancy: Redundancy, bus: LvBus, built: readonly BuiltUnits[], chosen: EquipmentItem): UpsCarrying | null {
  const pf = bill.index.factor('power-factor');
  let rest = rows.filter((r) => r.itKw > 0);
  const sets: LineupSet[] = [];
  const notes: string[] = [];
  // Frames of the model the hall's rows call for are credited on the other rows' line, as in a plain top-up.
  const sameModel = new Map([[chosen.id, sum(built.filter((x) => x.item.id === chosen.id).map((x) => x.quantity))]]);
  for (const b of built.filter((x) => x.item.id !== chosen.id)) {
    const fit = Math.floor(bus.kva / upsKva(b.item));
    let kept: { set: LineupSet; rows: number } | null = null;
    for (let k = 1; fit >= 1 && k <= rest.length; k += 1) {
      const set = setOf(b.item, formLineups(b.item, rest.slice(0, k), pf, fit), redundancy);
      if (set.built.frames > b.quantity) break;
      kept = { set, rows: k };
    }
    const idle = b.quantity - (kept?.set.built.frames ?? 0);
    const idleText = idle > 0 ? `; ${idle} of them carry no further whole row and are not counted` : '';
    if (!kept) {
      notes.push(`the ${b.quantity} × ${b.item.name} built before cannot carry row ${rest[0]?.row.name ?? ''} alone at ${redundancy}: not counted`);
      continue;
    }
    const names = rest.slice(0, kept.rows).map((r) => r.row.name).join(', ');
    const lineups = kept.set.lineups.frames.length;
    notes.push(
      `the ${b.quantity} × ${b.item.name} built before stay as ${lineups === 1 ? 'a lineup' : `${lineups} lineups`} of their own (${shapeText(kept.set.lineups.frames)} frames carrying load) on row${kept.rows === 1 ? '' : 's'} ${names}: ${kept.set.built.text}${idleText}`,
    );
    sets.push(kept.set);
    frameLine(bill, hall, kept.set, redundancy, `${hall.hall.name} UPS: ${notes[notes.length - 1]}`);
    rest = rest.slice(kept.rows);
  }
  const why = `UPS frames of different models are not paralleled in one lineup, so ${notes.join('; ')}`;
  const restLoad = upsLoad(sumRows(rest, 'itKw'), pf);
  if (restLoad.kw > 0) {
    const choice = cheapestLineups(bill, rest, pf, bus.kva, redundancy, sameModel);
    if (!choice) {
      bill.check({ severity: 'error', code: 'catalog-gap', message: `No ups in the catalog fits a ${fmt(bus.kva, 1)} kVA LV bus for ${hall.hall.name}`, subject: null });
      return null;
    }
    const set = setOf(choice.item, choice.lineups, redundancy);
    sets.push(set);
    frameLine(
      bill, hall, set, redundancy,
      `${hall.hall.name} UPS: ${why}; the other rows' IT load ${upsLoadText(restLoad)} on new lineups limited by the LV bus (${bus.text}): ${lineupText(bus, choice, pf)}; the cheapest set as built for them: ${choice.text}; ${set.built.text}`,
    );
  }
  if (sets.length === 0) return null;
  return finishUps(bill, hall, rows, redundancy, bus.item, upsLoad(sumRows(rows, 'itKw'), pf).kva, sets);
}

/** The hall's UPS group figure, output boards, their feeders and the batteries, for its lineup sets. */
function finishUps(bill: BillBuilder, hall: HallLoad, rows: readonly RowLoad[], redundancy: Redundancy, board: EquipmentItem, loadKva: number, sets: readonly LineupSet[]): UpsCarrying {
  // Under 2N and 2(N+1) one system carries the whole load; the spares, the reserve block and the other system are the redundancy.
  const frames = sum(sets.map((s) => s.built.frames));
  const usableKva = sum(sets.map((s) => sum(s.lineups.frames) * upsKva(s.item)));
  const count = sum(sets.map((s) => s.lineups.frames.length));
  const shapes = sets.map((s) => `${shapeText(s.lineups.frames)} × ${fmt(upsKva(s.item))} kVA`).join(' + ');
  bill.group(groupFigure({
    id: `${hall.hall.id}/ups`, kind: 'upsLineup', name: `${hall.hall.name} UPS (${count} lineup${count === 1 ? '' : 's'}: ${shapes})`,
    hallId: hall.hall.id, subject: { type: 'hall', id: hall.hall.id }, placed: false,
    redundancy, unit: 'kVA', load: loadKva, units: frames, usableUnits: sum(sets.map((s) => sum(s.lineups.frames))),
    installedCapacity: sum(sets.map((s) => s.built.frames * upsKva(s.item))), usableCapacity: usableKva, rows: rows.length,
  }));
  const last = sets[sets.length - 1]!;
  bill.noteGranularity('ups', `${last.item.name} (${hall.hall.name})`, loadKva, 'kVA', Math.min(...bill.index.ofKind('ups').map(upsKva)));
  const boards = sum(sets.map((s) => s.built.boards));
  outputBoards(bill, hall, board, sets.map((s) => s.lineups.frames.length), boards, redundancy);
  sizeLvFeeders(bill, hall.hall.id, hall.hall.name, boards, 'UPS output boards to the busway');
  for (const s of sets) sizeBatteries(bill, hall.hall.id, hall.hall.name, s.built.frames, upsKw(s.item), redundancy);
  return { loadKva, usableKva, gpuKw: gpuKw(rows) };
}

/** One UPS output (paralleling) switchboard per lineup: the bus the lineup's frames sit on (per set of lineups of one model). */
function outputBoards(bill: BillBuilder, hall: HallLoad, board: EquipmentItem, sets: readonly number[], count: number, redundancy: Redundancy): void {
  const basisOf = (lineups: number) => {
    const plural = lineups === 1 ? '' : 's';
    return redundancy === 'block' ? `${lineups} active lineup${plural} + 1 reserve block`
      : redundancy === '2N' || redundancy === '2(N+1)' ? `2 systems × ${lineups} lineup${plural}`
        : `${lineups} lineup${plural}`;
  };
  const basis = sets.length === 1 ? basisOf(sets[0]!) : sets.map((n) => `(${basisOf(n)})`).join(' + ');
  bill.catalogLine({
    category: 'power', catalogId: board.id, group: `${hall.hall.id}/ups`, quantity: count, capacity: { value: board.amps ?? 0, unit: 'A' }, redundancy,
    derivation: `${hall.hall.name}: one UPS output switchboard per lineup (its paralleling bus) at ${redundancy}: ${basis} = ${count}`,
  });
}
