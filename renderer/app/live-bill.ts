import { useMemo, useRef, useSyncExternalStore } from 'react';
import type { Bill, Check } from '../../shared/engine/bill-schema.ts';
import { clearanceChecks } from '../editor/clearance-checks.ts';
import { createBillEngine, type BillEngine } from '../../shared/engine/index.ts';
import type { ScenarioId } from '../../shared/model/index.ts';
import type { Editor } from '../editor/editor.ts';
import { useDocumentVersion, useSession } from './hooks.ts';

const engines = new WeakMap<Editor, BillEngine>();

/** The engine bound to the editor's catalog; it caches per-rack work by record identity. */
export function billEngineOf(editor: Editor): BillEngine {
  let engine = engines.get(editor);
  if (!engine) {
    engine = createBillEngine(editor.catalog.catalog);
    engines.set(editor, engine);
  }
  return engine;
}

// Above this many racks a full recompute costs more than a frame, so a drag updates the bill when it ends.
const LARGE_LAYOUT_RACKS = 5000;

/** The document version, held still while a gesture runs on a large layout. */
function useSettledVersion(editor: Editor): number {
  const version = useDocumentVersion(editor);
  const inGesture = useSyncExternalStore(
    (fn) => editor.history.listen(fn),
    () => editor.history.inGesture,
  );
  const settled = useRef(version);
  if (!inGesture || editor.store.all('rack').length <= LARGE_LAYOUT_RACKS) settled.current = version;
  return settled.current;
}

/**
 * The bill of the current scenario, recomputed in the render that follows a document change, so the
 * totals and lines are up to date in the same frame as the viewport.
 */
export function useLiveBill(editor: Editor): Bill {
  const version = useSettledVersion(editor);
  const { scenarioId } = useSession(editor);
  return useMemo(() => {
    void version;
    return billEngineOf(editor).compute(editor.store.toDocument(), scenarioId as ScenarioId);
  }, [editor, version, scenarioId]);
}

/** The engine's findings plus the editor's own layout findings (aisle clearances), for the list and the viewport. */
export function useChecks(editor: Editor, bill: Bill): readonly Check[] {
  const version = useSettledVersion(editor);
  const { scenarioId } = useSession(editor);
  return useMemo(() => {
    void version;
    return [...bill.checks, ...clearanceChecks(editor.store, editor.catalog, scenarioId)];
  }, [editor, bill, version, scenarioId]);
}
