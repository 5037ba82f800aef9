import type { CatalogIndex } from '../../shared/catalog/catalog-index.ts';
import { equipmentBox, worldBounds } from '../../shared/geometry/floor-box.ts';
import { baselineOf, type ScenarioId } from '../../shared/model/index.ts';
import { retrofitView, type RetrofitView } from '../../shared/report-views/retrofit-view.ts';
import type { Editor } from '../editor/editor.ts';
import type { DocumentStore } from '../editor/store.ts';
import { todayIso } from '../editor/today.ts';
import { DISPOSITION_COLORS } from './colors.ts';
import { LineBatch } from './line-batch.ts';

/**
 * The open scenario's retrofit against the baseline it names (the same memoised view the Compare panel reads), or
 * null when it names none or the compare cannot be made.
 */
export function openScenarioRetrofit(editor: Editor): RetrofitView | null {
  const doc = editor.store.toDocument();
  const target = doc.scenarios.find((s) => s.id === editor.session.state.scenarioId);
  const baseline = target && baselineOf(doc, target);
  if (!target || !baseline) return null;
  try {
    return retrofitView(doc, editor.catalog.catalog, baseline.id as ScenarioId, target.id as ScenarioId, todayIso());
  } catch {
    return null;
  }
}

/** Baseline equipment the target removes, drawn where it stood as outlines in the removed colour (one draw call). */
export class GhostLayer {
  private readonly lines = new LineBatch();
  readonly object = this.lines.object;

  set(store: DocumentStore, catalog: CatalogIndex, ids: readonly string[]): void {
    this.lines.begin();
    for (const id of ids) {
      const eq = store.get(id, 'equipment');
      const box = eq && equipmentBox(store, catalog, eq);
      if (box) this.lines.box(worldBounds(box), DISPOSITION_COLORS.retire);
    }
    this.lines.end();
  }

  dispose(): void {
    this.lines.dispose();
  }
}
