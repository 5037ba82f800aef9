import { Mesh, PlaneGeometry, Scene } from 'three';
import type { Check } from '../../shared/analysis/index.ts';
import { assertNever, type DocRecord, type RackRecord } from '../../shared/model/index.ts';
import type { CatalogIndex } from '../../shared/catalog/catalog-index.ts';
import { hallToSite, rectOf, rowDepth, rowRectInHall } from '../../shared/geometry/plan.ts';
import { loopRoute } from '../../shared/geometry/pipe-route.ts';
import { yardRect } from '../../shared/geometry/yard.ts';
import type { SessionState } from '../editor/session.ts';
import type { DocumentStore, StoreChange } from '../editor/store.ts';
import { CHECK_COLORS } from './colors.ts';
import { HallLayer } from './hall-layer.ts';
import { InstancedBoxLayer } from './instanced-box-layer.ts';
import { LineBatch } from './line-batch.ts';
import { sceneTheme, themedMaterials } from './scene-theme.ts';
import { equipmentBox, rackBox, rackBoxIn, worldBounds } from '../../shared/geometry/floor-box.ts';
import { RackColoring, severityBySubject } from './rack-colors.ts';
import { GhostLayer } from './retrofit-overlay.ts';
import type { RetrofitView } from '../../shared/report-views/retrofit-view.ts';
import { PIPE_HEIGHT } from './pipe-pick.ts';
import { SpatialIndex } from './spatial-index.ts';

type Bounds = [number, number, number, number, number, number];


/**
 * Projects the document onto three.js: each store diff is routed by record type to its layer. Holds no
 * domain state of its own beyond what it needs to find the instance of a record.
 */
export class SceneSync {
  readonly scene = new Scene();
  readonly racks = new InstancedBoxLayer();
  readonly equipment = new InstancedBoxLayer();
  readonly halls = new HallLayer();
  readonly index = new SpatialIndex(4);
  /** Row footprints on the floor, for picking a row (or its empty slots) where no rack stands. */
  readonly rowIndex = new SpatialIndex(8);
  readonly coloring: RackColoring;
  private readonly rowLines = new LineBatch();
  private readonly loopLines = new LineBatch();
  private readonly checkLines = new LineBatch({ depthTest: false, renderOrder: 5 });
  private readonly selectionLines = new LineBatch({ depthTest: false, renderOrder: 6 });
  private readonly ghosts = new GhostLayer();
  /** Which line batches need rebuilding before the next frame. */
  private readonly dirty = { rows: true, loops: true, checks: true, selection: true, ground: true };
  /** The site's ground: halls stand on it and the outdoor yard's equipment sits on it. */
  private readonly ground = new Mesh(new PlaneGeometry(1, 1), themedMaterials.ground);
  /** The outdoor yard: a gravel pad around the equipment standing outside the halls, outlined and named. */
  private readonly yard = new Mesh(new PlaneGeometry(1, 1), themedMaterials.yard);
  private readonly yardLines = new LineBatch();
  /** World footprint of each row, kept until the row, its racks or its hall change. */
  private readonly rowRects = new Map<string, Bounds | null>();
  private session: SessionState;
  private checks: readonly Check[] = [];
  private unsubscribe: () => void;

  constructor(
    private readonly store: DocumentStore,
    private readonly catalog: CatalogIndex,
    kwOf: (rack: RackRecord) => number | null,
    session: SessionState,
    private readonly onChange: () => void,
  ) {
    this.session = session;
    this.coloring = new RackColoring(store, kwOf);
    this.coloring.mode = session.colorMode;
    this.coloring.selection = session.selection;
    this.ground.rotation.x = -Math.PI / 2;
    this.ground.position.y = -0.03;
    this.yard.rotation.x = -Math.PI / 2;
    this.scene.add(this.ground, this.yard, this.yardLines.object, this.halls.root, this.racks.root, this.equipment.root, this.rowLines.object, this.loopLines.object, this.checkLines.object, this.selectionLines.object, this.ghosts.object);
    this.unsubscribe = store.listen((c) => this.apply(c));
    this.rebuild();
  }

  /** Builds every layer from the whole document (first load, scenario or unit change). */
  rebuild(): void {
    this.racks.clear();
    this.equipment.clear();
    this.index.clear();
    this.halls.dispose();
    this.coloring.refreshGroups(this.session.scenarioId);
    for (const hall of this.store.all('hall')) if (this.visibleHall(hall.id)) this.halls.set(hall);
    this.rowRects.clear();
    // Racks are placed hall by hall and row by row, so each row's frame is worked out once; the row's footprint
    // is kept on the way, its depth being the deepest of the boxes just placed (as rowDepth reads it).
    // Indexed loops: a build runs before the engine has optimised it, and for-of costs an iterator step per rack there.
    for (const hall of this.store.all('hall')) {
      if (hall.scenarioId !== this.session.scenarioId) continue;
      for (const row of this.store.childrenOf(hall.id, 'row')) {
        let depth = 0;
        const racks = this.store.childrenOf(row.id, 'rack');
        for (let i = 0; i < racks.length; i++) {
          const rack = racks[i]!;
          const box = rackBoxIn(hall, row, rack, this.catalog);
          if (box.d > depth) depth = box.d;
          this.racks.set(rack.id, rack.profileId, box, this.coloring.colorOf(rack));
          this.index.set(rack.id, worldBounds(box));
        }
        if (depth > 0) this.rowRects.set(row.id, this.hallRectToWorld(hall, rowRectInHall(row, depth), 2.4));
      }
    }
    for (const eq of this.store.all('equipment')) this.placeEquipment(eq.id);
    this.markAllLines();
    this.onChange();
  }

  setSession(next: SessionState): void {
    const prev = this.session;
    this.session = next;
    if (prev.scenarioId !== next.scenarioId || prev.lengthUnit !== next.lengthUnit) {
      this.rebuild();
      return;
    }
    if (prev.colorMode !== next.colorMode) {
      this.coloring.mode = next.colorMode;
      this.recolorAll();
    }
    if (prev.selection !== next.selection) {
      this.coloring.selection = next.selection;
      for (const id of symmetricDifference(prev.selection, next.selection)) this.recolorRack(id);
      this.dirty.selection = true;
    }
    if (prev.selectionBox !== next.selectionBox || prev.hoverId !== next.hoverId || prev.pipeDraft !== next.pipeDraft) this.dirty.selection = true;
    this.onChange();
  }

  setChecks(checks: readonly Check[]): void {
    this.checks = checks;
    this.coloring.severity = severityBySubject(checks);
    if (this.coloring.mode === 'check') this.recolorAll();
    this.dirty.checks = true;
    this.dirty.loops = true;
    this.onChange();
  }

  /** The open scenario's retrofit (null: none), for the disposition colours and the removed units' ghosts. */
  setRetrofit(view: RetrofitView | null): void {
    this.coloring.dispositions = view?.drawn ?? new Map();
    this.ghosts.set(this.store, this.catalog, view?.ghostIds ?? []);
    this.recolorAll();
    for (const id of [...this.equipment.ids()]) this.placeEquipment(id);
    this.onChange();
  }

  /** Uploads changed instance ranges and rebuilds line batches; call once before each render. */
  flush(): void {
    this.buildLines();
    this.racks.flush();
    this.equipment.flush();
  }

  /** World bounds of the given records (or of everything visible), for framing. */
  boundsOf(ids: Iterable<string> | null): Bounds | null {
    const acc: Bounds = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
    const add = (b: Bounds | null) => {
      if (!b) return;
      for (let i = 0; i < 3; i++) acc[i] = Math.min(acc[i]!, b[i]!);
      for (let i = 3; i < 6; i++) acc[i] = Math.max(acc[i]!, b[i]!);
    };
    const sc = this.session.scenarioId;
    const list = ids
      ? [...ids]
      : [...this.store.all('hall').filter((h) => h.scenarioId === sc).map((h) => h.id), ...this.store.all('equipment').filter((e) => !e.hallId && e.scenarioId === sc).map((e) => e.id)];
    for (const id of list) add(this.recordBounds(id));
    return Number.isFinite(acc[0]) ? acc : null;
  }

  dispose(): void {
    this.unsubscribe();
    this.racks.dispose();
    this.equipment.dispose();
    this.halls.dispose();
    for (const l of [this.rowLines, this.loopLines, this.checkLines, this.selectionLines, this.yardLines]) l.dispose();
    this.yard.geometry.dispose();
    this.ghosts.dispose();
    this.ground.geometry.dispose();
  }

  private apply({ diff }: StoreChange): void {
    const relayoutHalls = new Set<string>();
    const relayoutRows = new Set<string>();
    let groupsChanged = false;
    const removed = (r: DocRecord) => {
      if (r.type === 'rack') this.dropBox(r.id, this.racks);
      else if (r.type === 'equipment') this.dropBox(r.id, this.equipment);
      else if (r.type === 'hall') this.halls.remove(r.id);
      else if (r.type === 'coolingLoop' || r.type === 'powerFeed') groupsChanged = true;
    };
    const upsert = (r: DocRecord, before?: DocRecord) => {
      switch (r.type) {
        case 'hall':
          if (this.visibleHall(r.id)) this.halls.set(r);
          else this.halls.remove(r.id);
          if (before) relayoutHalls.add(r.id);
          break;
        case 'row':
          if (before) relayoutRows.add(r.id);
          break;
        case 'rack':
          this.placeRack(r);
          break;
        case 'equipment':
          this.placeEquipment(r.id);
          break;
        case 'coolingLoop':
        case 'powerFeed':
          groupsChanged = true;
          break;
        case 'site':
        case 'scenario':
        case 'substation':
        case 'interconnect':
        case 'waterSupply':
        case 'fibreRoute':
        case 'landParcel':
        case 'approval':
        case 'labour':
        case 'savedView':
        case 'underlay':
        case 'hallConstruction':
        case 'economics':
          break;
        default:
          assertNever(r, 'record type');
      }
    };
    for (const r of diff.removed) removed(r);
    for (const r of diff.added) upsert(r);
    for (const [before, after] of diff.updated) upsert(after, before);
    if (groupsChanged) {
      this.coloring.refreshGroups(this.session.scenarioId);
      if (this.coloring.mode === 'loop' || this.coloring.mode === 'feed') this.recolorAll();
    }
    for (const hallId of relayoutHalls) {
      for (const row of this.store.childrenOf(hallId, 'row')) relayoutRows.add(row.id);
      for (const eq of this.store.childrenOf(hallId, 'equipment')) this.placeEquipment(eq.id);
    }
    for (const rowId of relayoutRows) for (const rack of this.store.childrenOf(rowId, 'rack')) this.placeRack(rack);
    this.noteLineChanges(diff);
    this.onChange();
  }

  private markAllLines(): void {
    this.dirty.rows = this.dirty.loops = this.dirty.checks = this.dirty.selection = this.dirty.ground = true;
  }

  /** Ground under everything on the site with a 25 m margin around it, and the yard pad on it. */
  private fitGround(): void {
    this.fitYard();
    const b = this.boundsOf(null);
    this.ground.visible = b !== null;
    if (!b) return;
    const margin = 25;
    this.ground.scale.set(b[3] - b[0] + 2 * margin, b[5] - b[2] + 2 * margin, 1);
    this.ground.position.set((b[0] + b[3]) / 2, -0.03, (b[2] + b[5]) / 2);
  }

  private fitYard(): void {
    const r = yardRect(this.store, this.catalog, this.session.scenarioId);
    this.yard.visible = r !== null;
    this.yardLines.begin();
    if (r) {
      this.yard.scale.set(r.maxX - r.minX, r.maxY - r.minY, 1);
      this.yard.position.set((r.minX + r.maxX) / 2, -0.02, (r.minY + r.maxY) / 2);
      this.yardLines.rect(r.minX, r.minY, r.maxX, r.maxY, 0.01, 0xb8a56a);
    }
    this.yardLines.end();
  }

  /** Invalidates only the cached footprints and line batches a diff can affect. */
  private noteLineChanges(diff: StoreChange['diff']): void {
    const touch = (r: DocRecord): void => {
      switch (r.type) {
        case 'hall':
          for (const row of this.store.childrenOf(r.id, 'row')) this.rowRects.delete(row.id);
          this.markAllLines();
          break;
        case 'row':
          this.rowRects.delete(r.id);
          this.dirty.rows = this.dirty.loops = true;
          break;
        case 'rack':
          // A rack changes its row's depth only when it is deeper or shallower than the standard one.
          this.rowRects.delete(r.rowId);
          this.dirty.rows = true;
          break;
        case 'equipment':
          this.dirty.loops = this.dirty.ground = true;
          break;
        case 'coolingLoop':
        case 'powerFeed':
          this.dirty.loops = true;
          break;
        case 'site':
        case 'scenario':
        case 'substation':
        case 'interconnect':
        case 'waterSupply':
        case 'fibreRoute':
        case 'landParcel':
        case 'approval':
        case 'labour':
        case 'savedView':
        case 'underlay':
        case 'hallConstruction':
        case 'economics':
          break;
        default:
          assertNever(r, 'record type');
      }
    };
    diff.added.forEach(touch);
    diff.removed.forEach(touch);
    diff.updated.forEach(([before, after]) => {
      touch(before);
      touch(after);
    });
    // Frames of checks and selection follow the records they surround.
    this.dirty.checks = this.dirty.checks || this.coloring.severity.size > 0;
    this.dirty.selection = true;
  }

  private visibleHall(hallId: string): boolean {
    return this.store.get(hallId, 'hall')?.scenarioId === this.session.scenarioId;
  }

  private placeRack(rack: RackRecord): void {
    const row = this.store.get(rack.rowId, 'row');
    const box = row && this.visibleHall(row.hallId) ? rackBox(this.store, this.catalog, rack) : null;
    if (!box) {
      this.dropBox(rack.id, this.racks);
      return;
    }
    this.racks.set(rack.id, rack.profileId, box, this.coloring.colorOf(rack));
    this.index.set(rack.id, worldBounds(box));
  }

  private placeEquipment(id: string): void {
    const eq = this.store.get(id, 'equipment');
    const visible = eq && eq.scenarioId === this.session.scenarioId && (!eq.hallId || this.visibleHall(eq.hallId));
    const box = visible ? equipmentBox(this.store, this.catalog, eq) : null;
    if (!eq || !box) {
      this.dropBox(id, this.equipment);
      return;
    }
    const kind = this.catalog.findItem(eq.catalogId)?.kind;
    const color = this.session.selection.has(id) ? sceneTheme().selection : this.coloring.mode === 'disposition' ? this.coloring.dispositionColor(id) : (EQUIPMENT_COLORS[kind ?? ''] ?? 0x8a94a6);
    this.equipment.set(id, eq.catalogId, box, color);
    this.index.set(id, worldBounds(box));
  }

  private dropBox(id: string, layer: InstancedBoxLayer): void {
    layer.remove(id);
    this.index.remove(id);
  }

  private recolorRack(id: string): void {
    const rack = this.store.get(id, 'rack');
    if (rack) this.racks.setColor(id, this.coloring.colorOf(rack));
    else if (this.store.get(id, 'equipment')) this.placeEquipment(id);
  }

  private recolorAll(): void {
    for (const id of this.racks.ids()) {
      const rack = this.store.get(id, 'rack');
      if (rack) this.racks.setColor(id, this.coloring.colorOf(rack));
    }
  }

  private rowWorldRect(rowId: string): Bounds | null {
    let cached = this.rowRects.get(rowId);
    if (cached === undefined) {
      cached = this.computeRowRect(rowId);
      this.rowRects.set(rowId, cached);
    }
    return cached;
  }

  private computeRowRect(rowId: string): Bounds | null {
    const row = this.store.get(rowId, 'row');
    const hall = row && this.store.get(row.hallId, 'hall');
    if (!row || !hall) return null;
    const r = rowRectInHall(row, rowDepth(this.store, this.catalog, row));
    return this.hallRectToWorld(hall, r, 2.4);
  }

  private hallRectToWorld(hall: Parameters<typeof hallToSite>[0], r: { minX: number; minY: number; maxX: number; maxY: number }, h: number): Bounds {
    const a = hallToSite(hall, { x: r.minX, y: r.minY });
    const b = hallToSite(hall, { x: r.maxX, y: r.maxY });
    return [Math.min(a.x, b.x), 0, Math.min(a.y, b.y), Math.max(a.x, b.x), h, Math.max(a.y, b.y)];
  }

  private recordBounds(id: string): Bounds | null {
    const r = this.store.get(id);
    if (!r) return null;
    switch (r.type) {
      case 'rack': {
        const b = rackBox(this.store, this.catalog, r);
        return b && worldBounds(b);
      }
      case 'equipment': {
        const b = equipmentBox(this.store, this.catalog, r);
        return b && worldBounds(b);
      }
      case 'row':
        return this.rowWorldRect(r.id);
      case 'hall':
        return this.hallRectToWorld(r, rectOf({ x: 0, y: 0 }, 0, r.widthM, r.depthM), r.ceilingHeightM);
      case 'coolingLoop': {
        const hall = this.store.get(r.hallId, 'hall');
        const route = loopRoute(this.store, this.catalog, r).points;
        if (!hall || route.length === 0) return null;
        const xs = route.map((p) => p.x);
        const ys = route.map((p) => p.y);
        const box = this.hallRectToWorld(hall, { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) }, PIPE_HEIGHT);
        const served = this.store.childrenOf(hall.id, 'row').filter((row) => row.coolingLoopId === r.id);
        const parts = this.boundsOf([...served.map((row) => row.id), ...r.cduIds]);
        return parts ? union(box, parts) : box;
      }
      case 'powerFeed': {
        const rows = this.store.all('row').filter((row) => row.feedAId === r.id || row.feedBId === r.id);
        return this.boundsOf(rows.map((row) => row.id));
      }
      case 'site':
      case 'scenario':
      case 'substation':
      case 'interconnect':
      case 'waterSupply':
      case 'fibreRoute':
      case 'landParcel':
      case 'approval':
      case 'labour':
      case 'savedView':
      case 'underlay':
      case 'hallConstruction':
      case 'economics':
        return null;
      default:
        return assertNever(r, 'record type');
    }
  }

  private buildLines(): void {
    if (this.dirty.rows) this.buildRowLines();
    if (this.dirty.loops) this.buildLoopLines();
    if (this.dirty.checks) this.buildCheckLines();
    if (this.dirty.selection) this.buildSelectionLines();
    if (this.dirty.ground) this.fitGround();
    this.dirty.rows = this.dirty.loops = this.dirty.checks = this.dirty.selection = this.dirty.ground = false;
  }

  private buildRowLines(): void {
    const rowsVisible = this.store.all('row').filter((r) => this.visibleHall(r.hallId));
    this.rowLines.begin();
    this.rowIndex.clear();
    for (const row of rowsVisible) {
      const b = this.rowWorldRect(row.id);
      if (!b) continue;
      this.rowIndex.set(row.id, [b[0] - 0.25, 0, b[2] - 0.25, b[3] + 0.25, 0.01, b[5] + 0.25]);
      const color = row.containment === 'none' ? 0x6b7585 : 0x8fb3d9;
      this.rowLines.rect(b[0], b[2], b[3], b[5], 0.02, color);
      if (row.containment !== 'none') this.rowLines.rect(b[0], b[2], b[3], b[5], 2.4, color);
    }
    this.rowLines.end();
  }

  private buildLoopLines(): void {
    this.loopLines.begin();
    const loops = this.store.all('coolingLoop');
    loops.forEach((loop) => {
      const hall = this.store.get(loop.hallId, 'hall');
      if (!hall || !this.visibleHall(hall.id)) return;
      const color = this.coloring.severity.get(loop.id) === 'error' ? CHECK_COLORS.error : this.coloring.loopColor(loop.id);
      // A loop without a drawn pipe run shows the automatic one from its CDU to its rows' manifolds.
      const pts = loopRoute(this.store, this.catalog, loop).points.map((p) => hallToSite(hall, p));
      for (let k = 1; k < pts.length; k++) this.loopLines.segment(pts[k - 1]!.x, PIPE_HEIGHT, pts[k - 1]!.y, pts[k]!.x, PIPE_HEIGHT, pts[k]!.y, color);
      const first = pts[0];
      const last = pts.at(-1);
      if (first) this.loopLines.segment(first.x, 0, first.y, first.x, PIPE_HEIGHT, first.y, color);
      if (last) this.loopLines.segment(last.x, 0.5, last.y, last.x, PIPE_HEIGHT, last.y, color);
    });
    this.loopLines.end();

  }

  private buildCheckLines(): void {
    this.checkLines.begin();
    for (const [id, severity] of this.coloring.severity) {
      const b = this.recordBounds(id);
      if (b) this.checkLines.box(grow(b, 0.15), severity === 'error' ? CHECK_COLORS.error : CHECK_COLORS.warning);
    }
    this.checkLines.end();

  }

  private buildSelectionLines(): void {
    this.selectionLines.begin();
    for (const id of this.session.selection) {
      const r = this.store.get(id);
      if (!r || r.type === 'rack') continue;
      // A selected loop shows its pipe run itself, traced in white, rather than a frame that would hide it.
      if (r.type === 'coolingLoop') {
        const hall = this.store.get(r.hallId, 'hall');
        const pts = hall ? loopRoute(this.store, this.catalog, r).points.map((p) => hallToSite(hall, p)) : [];
        for (let k = 1; k < pts.length; k++) this.selectionLines.segment(pts[k - 1]!.x, PIPE_HEIGHT, pts[k - 1]!.y, pts[k]!.x, PIPE_HEIGHT, pts[k]!.y, sceneTheme().selection);
        for (const p of pts) this.selectionLines.rect(p.x - 0.25, p.y - 0.25, p.x + 0.25, p.y + 0.25, PIPE_HEIGHT, sceneTheme().selection);
        continue;
      }
      const b = this.recordBounds(id);
      if (b) this.selectionLines.box(grow(b, 0.08), sceneTheme().selection);
    }
    const hover = this.session.hoverId;
    if (hover && !this.session.selection.has(hover) && this.store.get(hover)?.type !== 'hall') {
      const b = this.recordBounds(hover);
      if (b) this.selectionLines.box(grow(b, 0.05), 0x7dd3fc);
    }
    const draft = this.session.pipeDraft;
    if (draft) {
      const pts = draft.next ? [...draft.points, draft.next] : draft.points;
      for (let k = 1; k < pts.length; k++) this.selectionLines.segment(pts[k - 1]!.x, PIPE_HEIGHT, pts[k - 1]!.y, pts[k]!.x, PIPE_HEIGHT, pts[k]!.y, k < draft.points.length ? 0x7dd3fc : sceneTheme().selection);
      for (const p of draft.points) this.selectionLines.rect(p.x - 0.2, p.y - 0.2, p.x + 0.2, p.y + 0.2, PIPE_HEIGHT, 0x7dd3fc);
    }
    const box = this.session.selectionBox;
    if (box) this.selectionLines.rect(Math.min(box.x0, box.x1), Math.min(box.y0, box.y1), Math.max(box.x0, box.x1), Math.max(box.y0, box.y1), 0.05, 0x7dd3fc);
    this.selectionLines.end();
  }
}

const EQUIPMENT_COLORS: Record<string, number> = {
  cdu: 0x2f9fd8,
  rdhx: 0x4bb6c9,
  crah: 0x5fa8a0,
  'heat-rejection': 0x3d7fa6,
  ups: 0xb58b3a,
  transformer: 0x9c6b2f,
  generator: 0x8a5a44,
  switchgear: 0xa27b4b,
  switch: 0x7a68b5,
};

function union(a: Bounds, b: Bounds): Bounds {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.min(a[2], b[2]), Math.max(a[3], b[3]), Math.max(a[4], b[4]), Math.max(a[5], b[5])];
}

function grow(b: Bounds, by: number): Bounds {
  return [b[0] - by, b[1], b[2] - by, b[3] + by, b[4] + by, b[5] + by];
}

function* symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>): Generator<string> {
  for (const id of a) if (!b.has(id)) yield id;
  for (const id of b) if (!a.has(id)) yield id;
}
