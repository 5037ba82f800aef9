import { useMemo } from 'react';
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

/**
 * The bill of the current scenario, recomputed in the render that follows a document change, so the
 * totals and lines are up to date in the same frame as the viewport.
 */
export function useLiveBill(editor: Editor): Bill {
  const version = useDocumentVersion(editor);
  const { scenarioId } = useSession(editor);
  return useMemo(() => {
    void version;
    return billEngineOf(editor).compute(editor.store.toDocument(), scenarioId as ScenarioId);
  }, [editor, version, scenarioId]);
}

/** The engine's findings plus the editor's own layout findings (aisle clearances), for the list and the viewport. */
export function useChecks(editor: Editor, bill: Bill): readonly Check[] {
  const version = useDocumentVersion(editor);
  const { scenarioId } = useSession(editor);
  return useMemo(() => {
    void version;
    return [...bill.checks, ...clearanceChecks(editor.store, editor.catalog, scenarioId)];
  }, [editor, bill, version, scenarioId]);
}
