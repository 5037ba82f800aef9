import type { EquipmentKind } from '../../../shared/catalog/schema.ts';
import type { EquipmentRecord, RowRecord } from '../../../shared/model/index.ts';
import type { ActionContext } from './types.ts';

/** Selected equipment of one catalog kind (CDUs, UPS modules, ...). */
export function selectedOfKind(ctx: ActionContext, kind: EquipmentKind): EquipmentRecord[] {
  const out: EquipmentRecord[] = [];
  for (const id of ctx.session.state.selection) {
    const r = ctx.store.get(id, 'equipment');
    if (r && ctx.catalog.findItem(r.catalogId)?.kind === kind) out.push(r);
  }
  return out;
}

/** Selected rows, plus the rows of selected racks. */
export function selectedRows(ctx: ActionContext): RowRecord[] {
  const out = new Map<string, RowRecord>();
  for (const id of ctx.session.state.selection) {
    const r = ctx.store.get(id);
    if (r?.type === 'row') out.set(r.id, r);
    if (r?.type === 'rack') {
      const row = ctx.store.get(r.rowId, 'row');
      if (row) out.set(row.id, row);
    }
  }
  return [...out.values()];
}
