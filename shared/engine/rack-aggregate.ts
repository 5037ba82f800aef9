import type { HallRecord, ProjectDocument, RackRecord, RowRecord, ScenarioId } from '../model/index.ts';
import type { Check } from './bill-schema.ts';
import { FALLBACK_RACK } from '../catalog/catalog-index.ts';
import { sameElements, type HallLoad, type ProfilePorts, type RackLoadLookup, type RowLoad } from './loads.ts';
import type { RackLoad } from './rack-load.ts';

/** Rack loads summed per row and compute ports per profile, with the per-rack checks. */
export interface RackTotals {
  readonly halls: HallLoad[];
  readonly rows: RowLoad[];
  readonly computePortsByProfile: Map<string, ProfilePorts>;
  /**
   * Per-rack checks in rack order, ids built once (one check per rack, so they never collide). Made when first
   * read: after a full pass that is when the bill is assembled, so the thousands of them a large hall can raise are
   * not held (and copied by the garbage collector) while the halls are sized.
   */
  readonly rackChecks: () => readonly Check[];
}

/** What a full pass found wrong with a rack, to be made into its check. */
const RackFinding = { Orphan: 0, UnknownProfile: 1, AboveAirCeiling: 2 } as const;
type RackFinding = (typeof RackFinding)[keyof typeof RackFinding];

/** A full pass's findings, by rack index, in rack order (typed arrays: kept outside the collected heap). */
interface Findings {
  at: Int32Array;
  kinds: Uint8Array;
  count: number;
}

interface State {
  scenarioId: ScenarioId;
  halls: readonly HallRecord[];
  rows: readonly RowRecord[];
  racks: readonly RackRecord[];
  /** Each row of the scenario by id: its place in `totals.rows`. */
  rowAt: Map<string, number>;
  hallLoads: Map<string, HallLoad>;
  /** Each rack's row, as its place in `totals.rows` (−1: none in this scenario); a row re-sums its racks in rack order. */
  rowOf: Int32Array;
  /** Every row id of the document, any scenario's: made on the first rack whose row is not in this scenario. */
  allRowIds: Set<string> | null;
  totals: RackTotals;
  /**
   * At most one check per rack (its row missing, its profile unknown, or its air heat above the ceiling): a full
   * pass lists its findings in rack order; the first patch makes them checks in a map by rack index.
   */
  rackChecks: Findings | Map<number, Check>;
  /** Set when a patch added or removed a rack check, so the ordered list must be rebuilt. */
  checksChanged: boolean;
}

// Beyond this many changed racks a full pass is as cheap as patching.
const MAX_PATCHED = 256;

/** The rear-door and in-rack counts of a row that has none (most rows): one shared empty map, replaced on the first count. */
const NO_COUNTS: ReadonlyMap<string, number> = new Map();

function emptyRow(row: RowRecord, hall: HallRecord): RowLoad {
  return {
    row, hall, racks: 0, itKw: 0, liquidKw: 0, airKw: 0, gpus: 0, storagePorts: 0, oobPorts: 0, pdus: 0, weightKg: 0,
    overweightRacks: 0, presetRacks: 0, rdhx: NO_COUNTS, rdhxKw: 0, inRack: NO_COUNTS, gpuKw: 0, maxRackKw: 0, feedRacks: new Map(),
    members: [], depthM: FALLBACK_RACK.depthM, maxRackWidthM: 0, version: 0,
  };
}

function resetRow(r: RowLoad): void {
  r.racks = 0;
  r.itKw = 0;
  r.liquidKw = 0;
  r.airKw = 0;
  r.gpus = 0;
  r.storagePorts = 0;
  r.oobPorts = 0;
  r.pdus = 0;
  r.weightKg = 0;
  r.overweightRacks = 0;
  r.presetRacks = 0;
  r.rdhx = NO_COUNTS;
  r.rdhxKw = 0;
  r.inRack = NO_COUNTS;
  r.gpuKw = 0;
  r.maxRackKw = 0;
  r.feedRacks.clear();
  r.members = [];
  r.depthM = FALLBACK_RACK.depthM;
  r.maxRackWidthM = 0;
  r.version += 1;
}

/**
 * The rows edited in place between two row lists (same ids in the same order, each in the same hall), or null
 * when rows were added, removed, reordered, moved between halls, or too many changed to patch.
 */
function editedRows(before: readonly RowRecord[], after: readonly RowRecord[]): RowRecord[] | null {
  if (before.length !== after.length) return null;
  const edited: RowRecord[] = [];
  for (let i = 0; i < after.length; i += 1) {
    const a = before[i]!;
    const b = after[i]!;
    if (a === b) continue;
    if (a.id !== b.id || a.hallId !== b.hallId || edited.length >= MAX_PATCHED) return null;
    edited.push(b);
  }
  return edited;
}

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function noFindings(): Findings {
  return { at: new Int32Array(64), kinds: new Uint8Array(64), count: 0 };
}

function addFinding(f: Findings, i: number, kind: RackFinding): void {
  if (f.count === f.at.length) {
    const at = new Int32Array(f.at.length * 2);
    at.set(f.at);
    const kinds = new Uint8Array(f.at.length * 2);
    kinds.set(f.kinds);
    f.at = at;
    f.kinds = kinds;
  }
  f.at[f.count] = i;
  f.kinds[f.count] = kind;
  f.count += 1;
}

/** A row's rear-door or in-rack count map, made its own on the first count. */
function countsOf(row: RowLoad, field: 'rdhx' | 'inRack'): Map<string, number> {
  if (row[field] === NO_COUNTS) row[field] = new Map();
  return row[field] as Map<string, number>;
}

/**
 * Sums rack loads into rows. Between calls it keeps the sums and, when only a few rack records changed
 * (records are immutable, so a changed rack is a new object at the same index), re-sums only their rows.
 */
export class RackAggregator {
  private state: State | null = null;

  /**
   * The run of racks being added with the same row and figures (racks of a row usually stand together and share
   * figures): its counts by figures, in-rack and rear-door hardware go into the row's maps once per run.
   */
  private readonly run: { row: RowLoad | null; load: RackLoad | null; racks: number } = { row: null, load: null, racks: 0 };

  /** The row last looked up by id (a row's racks mostly stand together in the list), reset with every pass. */
  private lastRowId: string | null = null;
  private lastRowAt: number | undefined = undefined;
  /** The compute-port count last added to, and its profile (reset with every pass, as the counts are made anew). */
  private lastPortsProfile: RackLoad['profile'] | null = null;
  private lastPorts: ProfilePorts | undefined = undefined;

  constructor(private readonly loadOf: RackLoadLookup) {}

  totals(document: ProjectDocument, scenarioId: ScenarioId): RackTotals {
    this.lastRowId = null;
    this.lastPortsProfile = null;
    const s = this.state;
    const changedRows = s && s.scenarioId === scenarioId && sameElements(s.halls, document.halls) ? editedRows(s.rows, document.rows) : null;
    if (s && changedRows && s.racks.length === document.racks.length) {
      const changed: number[] = [];
      const racks = document.racks;
      for (let i = 0; i < racks.length; i += 1) {
        if (racks[i] !== s.racks[i]) {
          changed.push(i);
          if (changed.length > MAX_PATCHED) break;
        }
      }
      if (changed.length <= MAX_PATCHED) {
        if (changed.length > 0 || changedRows.length > 0) this.patch(s, document.racks, changed, changedRows);
        s.rows = document.rows;
        return s.totals;
      }
    }
    this.state = this.fullPass(document, scenarioId);
    return this.state.totals;
  }

  private fullPass(document: ProjectDocument, scenarioId: ScenarioId): State {
    const hallLoads = new Map<string, HallLoad>();
    for (const hall of document.halls) if (hall.scenarioId === scenarioId) hallLoads.set(hall.id, { hall, rows: [], version: 0 });
    const rowAt = new Map<string, number>();
    const rows: RowLoad[] = [];
    for (const row of document.rows) {
      const hall = hallLoads.get(row.hallId);
      if (!hall) continue;
      const load = emptyRow(row, hall.hall);
      hall.rows.push(load);
      rowAt.set(row.id, rows.length);
      rows.push(load);
    }
    const racks = document.racks;
    const state: State = {
      scenarioId, halls: document.halls, rows: document.rows, racks, rowAt, hallLoads, rowOf: new Int32Array(racks.length), allRowIds: null,
      rackChecks: noFindings(),
      checksChanged: true,
      totals: { halls: [...hallLoads.values()], rows, computePortsByProfile: new Map(), rackChecks: () => [] },
    };
    this.run.row = null;
    const counts = new Int32Array(rows.length);
    for (let i = 0; i < racks.length; i += 1) {
      const rack = racks[i]!;
      const load = this.loadOf(rack);
      const at = this.enter(state, rack, load, i, 1);
      state.rowOf[i] = at;
      if (at === -1) continue;
      this.addToRow(rows[at]!, rack, load, counts[at] === 0);
      counts[at] = counts[at]! + 1;
    }
    // Each row's racks, in rack order, in an array of its final size (pushing rack by rack grew it many times).
    const filled = new Int32Array(rows.length);
    for (let at = 0; at < rows.length; at += 1) if (counts[at]! > 0) rows[at]!.members = new Array<RackRecord>(counts[at]!);
    for (let i = 0; i < racks.length; i += 1) {
      const at = state.rowOf[i]!;
      if (at === -1) continue;
      const k = filled[at]!;
      rows[at]!.members[k] = racks[i]!;
      filled[at] = k + 1;
    }
    this.endRun();
    this.collectChecks(state);
    return state;
  }

  private patch(s: State, racks: readonly RackRecord[], changed: readonly number[], changedRows: readonly RowRecord[]): void {
    const rows = s.totals.rows;
    const dirty = new Uint8Array(rows.length);
    this.run.row = null;
    // An edited row (moved, turned, its containment, loop or feeds changed) keeps its racks: re-sum just it.
    for (const row of changedRows) {
      const at = s.rowAt.get(row.id);
      if (at === undefined) continue;
      (rows[at] as { row: RowRecord }).row = row;
      dirty[at] = 1;
    }
    for (const i of changed) {
      const before = s.racks[i]!;
      const was = this.enter(s, before, this.loadOf(before), i, -1);
      if (was !== -1) dirty[was] = 1;
      const now = this.enter(s, racks[i]!, this.loadOf(racks[i]!), i, 1);
      s.rowOf[i] = now;
      if (now !== -1) dirty[now] = 1;
    }
    s.racks = racks;
    for (let at = 0; at < rows.length; at += 1) {
      if (dirty[at] === 0) continue;
      s.hallLoads.get(rows[at]!.hall.id)!.version += 1;
      resetRow(rows[at]!);
    }
    // One walk over the racks re-sums every dirty row, each in rack order as a full pass does.
    const rowOf = s.rowOf;
    for (let i = 0; i < racks.length; i += 1) {
      const at = rowOf[i]!;
      if (at === -1 || dirty[at] === 0) continue;
      const row = rows[at]!;
      this.addToRow(row, racks[i]!, this.loadOf(racks[i]!), row.members.length === 0);
      row.members.push(racks[i]!);
    }
    this.endRun();
    this.collectChecks(s);
  }

  /**
   * Adds (sign 1) or removes (sign −1) a rack's compute ports and its check; returns its row's place in
   * `totals.rows`, or −1 when it belongs to no row of this scenario.
   */
  private enter(s: State, rack: RackRecord, load: RackLoad | null, i: number, sign: 1 | -1): number {
    let row: number | undefined;
    if (rack.rowId === this.lastRowId) {
      row = this.lastRowAt;
    } else {
      row = s.rowAt.get(rack.rowId);
      this.lastRowId = rack.rowId;
      this.lastRowAt = row;
    }
    if (sign === -1 && this.checksByRack(s).delete(i)) s.checksChanged = true;
    if (row === undefined) {
      if (sign === 1 && !(s.allRowIds ??= new Set(s.rows.map((r) => r.id))).has(rack.rowId)) this.found(s, i, RackFinding.Orphan, rack, load);
      return -1;
    }
    if (!load) {
      if (sign === 1) this.found(s, i, RackFinding.UnknownProfile, rack, load);
      // Still a member of its row: it is drawn, and takes its slot, at a standard size.
      return row;
    }
    if (load.computePorts > 0) {
      const ports = s.totals.computePortsByProfile;
      let p = load.profile === this.lastPortsProfile ? this.lastPorts : ports.get(load.profile.id);
      if (!p) ports.set(load.profile.id, (p = { racks: 0, ports: 0 }));
      p.racks += sign;
      p.ports += sign * load.computePorts;
      this.lastPortsProfile = load.profile;
      this.lastPorts = p;
      if (p.racks === 0) {
        ports.delete(load.profile.id);
        this.lastPortsProfile = null;
      }
    }
    if (sign === 1 && load.aboveAirCeiling) this.found(s, i, RackFinding.AboveAirCeiling, rack, load);
    return row;
  }

  /** A rack's finding: in a full pass racks come in order, so it is listed; in a patch its check goes into the map. */
  private found(s: State, i: number, kind: RackFinding, rack: RackRecord, load: RackLoad | null): void {
    s.checksChanged = true;
    const list = s.rackChecks;
    if (list instanceof Map) list.set(i, this.rackCheck(kind, rack, load));
    else addFinding(list, i, kind);
  }

  /** The rack checks by rack index, made a map on the first patch. */
  private checksByRack(s: State): Map<number, Check> {
    const list = s.rackChecks;
    if (list instanceof Map) return list;
    const map = new Map<number, Check>();
    const checks = this.checksOf(list, s.racks);
    for (let k = 0; k < list.count; k += 1) map.set(list.at[k]!, checks[k]!);
    s.rackChecks = map;
    return map;
  }

  /** The checks of a full pass's findings, over the racks of that pass (made once per list of findings). */
  private checksOf(list: Findings, racks: readonly RackRecord[]): readonly Check[] {
    let made = this.made.get(list);
    if (!made) {
      const checks: Check[] = new Array<Check>(list.count);
      for (let k = 0; k < list.count; k += 1) {
        const rack = racks[list.at[k]!]!;
        checks[k] = this.rackCheck(list.kinds[k]! as RackFinding, rack, this.loadOf(rack));
      }
      made = checks;
      this.made.set(list, made);
    }
    return made;
  }

  private readonly made = new WeakMap<Findings, readonly Check[]>();

  private rackCheck(kind: RackFinding, rack: RackRecord, load: RackLoad | null): Check {
    const subject = { type: 'rack', id: rack.id };
    switch (kind) {
      case RackFinding.Orphan:
        return { id: `orphan-rack/rack:${rack.id}`, severity: 'error', code: 'orphan-rack', message: `Rack ${rack.label || rack.id} refers to a row that does not exist (${rack.rowId})`, subject };
      case RackFinding.UnknownProfile:
        return { id: `unknown-profile/rack:${rack.id}`, severity: 'error', code: 'unknown-profile', message: `Rack ${rack.label || rack.id} uses rack profile '${rack.profileId}', which is not in the catalog; it is left out of the bill`, subject };
      case RackFinding.AboveAirCeiling:
        return { id: `air-rack-above-ceiling/rack:${rack.id}`, severity: 'warning', code: 'air-rack-above-ceiling', message: `Rack ${rack.label || rack.id}${this.aboveCeilingText(load!)}`, subject };
    }
  }

  /** The words of the air-ceiling check after the rack's name (space first): one text per figures object, not one per rack. */
  private readonly aboveCeilingTexts = new WeakMap<RackLoad, string>();
  private lastTextLoad: RackLoad | null = null;
  private lastText = '';

  private aboveCeilingText(load: RackLoad): string {
    if (load === this.lastTextLoad) return this.lastText;
    let text = this.aboveCeilingTexts.get(load);
    if (text === undefined) {
      text = ` puts ${Math.round(load.airKw * 10) / 10} kW of heat into air, above the air-cooled ceiling`;
      this.aboveCeilingTexts.set(load, text);
    }
    this.lastTextLoad = load;
    this.lastText = text;
    return text;
  }

  /** Adds a rack's figures to its row (`first`: the row's first rack, whose depth the row takes whatever it is). */
  private addToRow(row: RowLoad, rack: RackRecord, load: RackLoad | null, first: boolean): void {
    const run = this.run;
    // A rack that continues the run has the size its row already took. Skipping the profile's size also saves an
    // allocation per rack: profiles of many shapes make the reads generic, and a generic read boxes the number.
    if (first || run.row !== row || run.load !== load) {
      const size = load?.profile ?? FALLBACK_RACK;
      if (first || size.depthM > row.depthM) row.depthM = size.depthM;
      if (size.widthM > row.maxRackWidthM) row.maxRackWidthM = size.widthM;
    }
    if (!load) return;
    row.racks += 1;
    row.itKw += load.itKw;
    row.liquidKw += load.liquidKw;
    row.airKw += load.airKw;
    row.gpus += load.gpus;
    row.storagePorts += load.storagePorts;
    row.oobPorts += load.oobPorts;
    row.pdus += load.pdus;
    row.weightKg += load.weightKg;
    if (load.footprintLoadKgPerM2 > row.hall.floorLoadKgPerM2) row.overweightRacks += 1;
    if (rack.powerCapPresetId !== undefined) row.presetRacks += 1;
    if (load.gpus > 0) row.gpuKw += load.itKw;
    if (load.itKw > row.maxRackKw) row.maxRackKw = load.itKw;
    if (load.needsContainment && row.row.containment === 'none' && load.rdhxId !== null) row.rdhxKw += load.airKw;
    if (run.row === row && run.load === load) {
      run.racks += 1;
      return;
    }
    this.endRun();
    run.row = row;
    run.load = load;
    run.racks = 1;
  }

  /** Counts the open run of racks into its row's maps (in order of first appearance, as rack by rack). */
  private endRun(): void {
    const { row, load, racks } = this.run;
    if (row && load) {
      row.feedRacks.set(load, (row.feedRacks.get(load) ?? 0) + racks);
      if (load.profile.inRackCoolingId !== null) bump(countsOf(row, 'inRack'), load.profile.inRackCoolingId, racks);
      if (load.needsContainment && row.row.containment === 'none' && load.rdhxId !== null) bump(countsOf(row, 'rdhx'), load.rdhxId, racks);
    }
    this.run.row = null;
    this.run.load = null;
    this.run.racks = 0;
  }

  private collectChecks(s: State): void {
    if (!s.checksChanged) return;
    s.checksChanged = false;
    const byRack = s.rackChecks;
    if (!(byRack instanceof Map)) {
      // The full pass's findings, never changed after it (a patch works on the map).
      const racks = s.racks;
      s.totals = { ...s.totals, rackChecks: () => this.checksOf(byRack, racks) };
      return;
    }
    // The map keeps the full pass's order, with a patch's checks appended: sorted again only when out of order.
    let ordered = true;
    let last = -1;
    for (const k of byRack.keys()) {
      if (k < last) {
        ordered = false;
        break;
      }
      last = k;
    }
    const checks = ordered ? [...byRack.values()] : [...byRack].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
    s.totals = { ...s.totals, rackChecks: () => checks };
  }
}
