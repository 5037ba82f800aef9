import type { DocRecord, EquipmentId, Point, RackId, RowId } from '../../../shared/model/index.ts';
import { rotatePoint, inverseRotation } from '../../../shared/geometry/plan.ts';
import { newId } from '../ids.ts';
import { assertLayout, EditRefused } from '../layout-rules.ts';
import { registerAction } from './registry.ts';
import { scenarioResolver } from './scenario-scope.ts';
import { done, refused, type ActionContext, type ActionResult } from './types.ts';

/** The next free name in a numbered series: 'Row 3' → 'Row 4' (or the first unused number after it). */
export function nextName(name: string, taken: ReadonlySet<string>): string {
  const m = /^(.*?)(\d+)$/.exec(name);
  const base = m ? m[1]! : `${name} `;
  let n = m ? Number(m[2]) + 1 : 2;
  while (taken.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

/** Copies the selected rows (with their racks), racks and equipment as plain records. */
function copySelection(ctx: ActionContext): number {
  const out: DocRecord[] = [];
  const sel = ctx.session.state.selection;
  for (const id of sel) {
    const r = ctx.store.get(id);
    if (!r) continue;
    if (r.type === 'row') out.push(r, ...ctx.store.childrenOf(r.id, 'rack'));
    else if (r.type === 'equipment') out.push(r);
    else if (r.type === 'rack' && !sel.has(r.rowId)) out.push(r);
  }
  ctx.clipboard = out;
  return out.length;
}

// Pasted copies step sideways until they fit: the first free place 1.2 m (one aisle) apart or further.
const OFFSETS: Point[] = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((k) => [
  { x: 0, y: 2.4 * k },
  { x: 0, y: -2.4 * k },
  { x: 2 * k, y: 0 },
  { x: -2 * k, y: 0 },
]);

function pasteAt(ctx: ActionContext, offset: Point): string[] {
  const rowIds = new Map<string, RowId>();
  const created: DocRecord[] = [];
  const names = new Set<string>([...ctx.store.all('row').map((r) => r.name), ...ctx.store.all('equipment').map((e) => e.name)]);
  const fresh = (name: string): string => {
    const next = nextName(name, names);
    names.add(next);
    return next;
  };
  ctx.store.transact((tx) => {
    for (const r of ctx.clipboard) {
      if (r.type === 'row') {
        const hall = ctx.store.get(r.hallId, 'hall');
        if (!hall) continue;
        const d = rotatePoint(offset, inverseRotation(hall.rotation));
        const id = newId<RowId>('row');
        rowIds.set(r.id, id);
        created.push({ ...r, id, name: fresh(r.name), origin: { x: r.origin.x + d.x, y: r.origin.y + d.y }, coolingLoopId: null, feedAId: null, feedBId: null });
      } else if (r.type === 'equipment') {
        created.push({ ...r, id: newId<EquipmentId>('equipment'), name: fresh(r.name), position: { x: r.position.x + offset.x, y: r.position.y + offset.y } });
      }
    }
    for (const r of ctx.clipboard) {
      if (r.type !== 'rack') continue;
      const rowId = rowIds.get(r.rowId);
      if (rowId) created.push({ ...r, id: newId<RackId>('rack'), rowId });
      else {
        const row = ctx.store.get(r.rowId, 'row');
        if (!row) continue;
        const used = new Set(ctx.store.childrenOf(row.id, 'rack').map((x) => x.slot));
        created.forEach((c) => c.type === 'rack' && c.rowId === row.id && used.add(c.slot));
        let slot = 0;
        while (used.has(slot)) slot++;
        created.push({ ...r, id: newId<RackId>('rack'), slot });
      }
    }
    for (const r of created) tx.put(r);
    assertLayout(ctx.store, ctx.catalog, created);
  });
  return created.filter((r) => r.type !== 'rack' || !rowIds.size).map((r) => r.id);
}

function paste(ctx: ActionContext): ActionResult {
  if (ctx.clipboard.length === 0) return refused('the clipboard is empty');
  const scenarioOf = scenarioResolver(ctx.store);
  const open = ctx.session.state.scenarioId;
  const elsewhere = ctx.clipboard.map(scenarioOf).find((s) => typeof s === 'string' && s !== open);
  if (elsewhere) return refused(`the copied records belong to scenario ${ctx.store.get(elsewhere, 'scenario')?.name ?? elsewhere}; copy in this scenario to paste here`);
  const onlyRacks = ctx.clipboard.every((r) => r.type === 'rack');
  let last = 'no free place for the copy nearby';
  for (const offset of onlyRacks ? [{ x: 0, y: 0 }] : OFFSETS) {
    try {
      const ids = pasteAt(ctx, offset);
      ctx.session.select(ids);
      return done(ids);
    } catch (error) {
      if (!(error instanceof EditRefused)) throw error;
      last = error.message;
    }
  }
  return refused(last);
}

export const clipboardCopy = registerAction<void>({
  id: 'clipboard.copy',
  label: 'Copy',
  shortcut: 'Mod+C',
  group: 'edit',
  run: (ctx) => (copySelection(ctx) ? done() : refused('select rows, racks or equipment to copy')),
});

export const clipboardPaste = registerAction<void>({
  id: 'clipboard.paste',
  label: 'Paste',
  shortcut: 'Mod+V',
  group: 'edit',
  edits: true,
  run: paste,
});

export const selectionDuplicate = registerAction<void>({
  id: 'selection.duplicate',
  label: 'Duplicate',
  shortcut: 'Mod+D',
  group: 'edit',
  edits: true,
  run: (ctx) => (copySelection(ctx) ? paste(ctx) : refused('select rows, racks or equipment to duplicate')),
});
