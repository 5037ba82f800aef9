import type { CatalogIndex } from '../catalog/catalog-index.ts';
import type { EquipmentItem } from '../catalog/schema.ts';
import type { Redundancy } from '../model/index.ts';
import { kva, threePhaseAmps } from '../units.ts';
import type { BillBuilder } from './bill-builder.ts';
import { fmt } from './format.ts';
import { builtInGroup } from './installed-lines.ts';

/**
 * What an LV switchboard can carry continuously: S = √3 · V · I · loading (NEC continuous rule: loaded to 80%).
 * The apparent power is the limit (kVA): a bus carries current, whatever the power factor.
 */
export function boardContinuousKva(index: CatalogIndex, board: EquipmentItem): number {
  return (Math.sqrt(3) * (board.volts ?? index.factor('lv-volts')) * (board.amps ?? 0) * index.factor('continuous-loading')) / 1000;
}

export interface LvBus {
  readonly item: EquipmentItem;
  readonly kva: number;
  readonly text: string;
}

// Catalog figures only, asked for by every hall's power stage: worked out once per catalog.
const boardsByCatalog = new WeakMap<CatalogIndex, readonly EquipmentItem[]>();
const busByCatalog = new WeakMap<CatalogIndex, LvBus | null>();

/** LV switchboards of the catalog (switchgear with a current and voltage rating), smallest first. */
export function lvBoards(index: CatalogIndex): readonly EquipmentItem[] {
  let boards = boardsByCatalog.get(index);
  if (!boards) {
    boards = index
      .ofKind('switchgear')
      .filter((s) => s.amps !== undefined && s.volts !== undefined)
      .sort((a, b) => (a.amps ?? 0) - (b.amps ?? 0));
    boardsByCatalog.set(index, boards);
  }
  return boards;
}

const busesByCatalog = new WeakMap<CatalogIndex, Map<string, LvBus>>();

/** A board's continuous rating and its words, once per catalog and board (every transformer of every hall asks). */
function busOf(index: CatalogIndex, item: EquipmentItem): LvBus {
  let buses = busesByCatalog.get(index);
  if (!buses) busesByCatalog.set(index, (buses = new Map()));
  let bus = buses.get(item.id);
  if (!bus) {
    const kva = boardContinuousKva(index, item);
    const text = `${item.name}: √3 × ${fmt(item.volts ?? 0)} V × ${fmt(item.amps ?? 0)} A × ${fmt(index.factor('continuous-loading'))} continuous = ${fmt(kva, 1)} kVA`;
    bus = { item, kva, text };
    buses.set(item.id, bus);
  }
  return bus;
}

/** The largest LV bus the catalog can build (a UPS lineup's output must fit it), or null without LV boards. */
export function lvBus(index: CatalogIndex): LvBus | null {
  let bus = busByCatalog.get(index);
  if (bus === undefined) {
    const boards = lvBoards(index);
    const largest = boards[boards.length - 1];
    bus = largest ? busOf(index, largest) : null;
    busByCatalog.set(index, bus);
  }
  return bus;
}

/** The smallest LV board that carries an apparent power continuously, or null if none does. */
export function boardFor(index: CatalogIndex, kva: number): LvBus | null {
  const item = lvBoards(index).find((b) => boardContinuousKva(index, b) >= kva);
  return item ? busOf(index, item) : null;
}

/**
 * One LV switchboard per transformer secondary, each carrying its transformer's full secondary current
 * continuously. Boards a previous phase built in the hall stand first whatever their model: the largest secondaries
 * first, each on the smallest built board that carries it; the other secondaries get the smallest catalog board
 * that does. One line per board model, so what stands is credited on its own model's line. False (with the check)
 * when no board carries a secondary.
 */
export function sizeTransformerBoards(bill: BillBuilder, group: string, name: string, ratings: readonly number[], redundancy: Redundancy): boolean {
  const index = bill.index;
  const boards = lvBoards(index);
  const continuous = index.factor('continuous-loading');
  const volts = index.factor('lv-volts');
  const built = builtInGroup(bill.installed, group);
  const stock = built.length === 0 ? [] : built
    .flatMap(({ line }) => boards.filter((b) => b.id === line.catalogId).flatMap((b) => Array<EquipmentItem>(Math.round(line.quantity)).fill(b)))
    .sort((a, b) => (a.amps ?? 0) - (b.amps ?? 0));
  // Secondaries of one rating (most of a hall's) are placed together: built boards first while one carries them,
  // the rest on the one catalog board chosen for that rating.
  const byBoard = new Map<string, { secondaries: number[]; count: number; built: number }>();
  const add = (item: EquipmentItem, secondary: number, count: number, built: number) => {
    const entry = byBoard.get(item.id);
    if (!entry) {
      byBoard.set(item.id, { secondaries: [secondary], count, built });
      return;
    }
    if (!entry.secondaries.includes(secondary)) entry.secondaries.push(secondary);
    entry.count += count;
    entry.built += built;
  };
  const sorted = ratings.slice().sort((a, b) => b - a);
  for (let k = 0; k < sorted.length; ) {
    const secondary = sorted[k]!;
    let run = 1;
    while (k + run < sorted.length && sorted[k + run] === secondary) run += 1;
    k += run;
    while (run > 0 && stock.length > 0) {
      const at = stock.findIndex((b) => boardContinuousKva(index, b) >= secondary);
      if (at < 0) break;
      add(stock.splice(at, 1)[0]!, secondary, 1, 1);
      run -= 1;
    }
    if (run === 0) continue;
    const item = boardFor(index, secondary)?.item;
    if (!item) {
      bill.check({ severity: 'error', code: 'catalog-gap', message: `No LV switchboard in the catalog carries a ${fmt(secondary)} kVA secondary (${fmt(threePhaseAmps(kva(secondary), volts), 0)} A) at the continuous rule`, subject: null });
      return false;
    }
    add(item, secondary, run, 0);
  }
  for (const board of boards) {
    const entry = byBoard.get(board.id);
    if (!entry) continue;
    const n = entry.count;
    const amps = board.amps ?? 0;
    const secondaries = entry.secondaries.map((s) => `secondary ${fmt(s)} kVA / (√3 × ${fmt(volts)} V) = ${fmt(threePhaseAmps(kva(s), volts), 0)} A`).join(', ');
    const built = entry.built > 0 ? `; ${entry.built} of them built before, counted at ${fmt(amps)} A whatever the secondary a new board would be chosen for` : '';
    bill.catalogLine({
      category: 'power', catalogId: board.id, group, quantity: n, capacity: { value: amps, unit: 'A' }, redundancy,
      derivation: `${name}: one LV switchboard per transformer secondary${n === ratings.length ? ` = ${n}` : `, ${n} of the ${ratings.length} on this board`}; ${secondaries} ≤ ${fmt(amps)} A × ${fmt(continuous)} = ${fmt(amps * continuous, 0)} A continuous (${busOf(index, board).text})${built}`,
      factors: ['lv-volts', 'continuous-loading'],
    });
  }
  return true;
}
