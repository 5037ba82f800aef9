import type { CatalogIndex } from '../catalog/catalog-index.ts';
import type { EquipmentItem } from '../catalog/schema.ts';
import { fmt } from './format.ts';

/**
 * What an LV switchboard can carry continuously: S = √3 · V · I · loading (NEC continuous rule: loaded to 80%).
 * The apparent power is the limit (kVA): a bus carries current, whatever the power factor.
 */
export function boardContinuousKva(index: CatalogIndex, board: EquipmentItem): number {
  return (Math.sqrt(3) * (board.volts ?? index.factor('lv-volts')) * (board.amps ?? 0) * index.factor('continuous-loading')) / 1000;
}

export interface LvBus {
  item: EquipmentItem;
  kva: number;
  text: string;
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

function busOf(index: CatalogIndex, item: EquipmentItem): LvBus {
  const kva = boardContinuousKva(index, item);
  return {
    item,
    kva,
    text: `${item.name}: √3 × ${fmt(item.volts ?? 0)} V × ${fmt(item.amps ?? 0)} A × ${fmt(index.factor('continuous-loading'))} continuous = ${fmt(kva, 1)} kVA`,
  };
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
