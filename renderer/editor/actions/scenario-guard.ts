import { RECORD_LABELS, type DocRecord, type DocumentDiff } from '../../../shared/model/index.ts';
import { EditRefused } from '../layout-rules.ts';
import type { DocumentStore, Transaction } from '../store.ts';
import { referencedIds, scenarioResolver } from './scenario-scope.ts';
import type { ActionContext } from './types.ts';

function describe(r: DocRecord): string {
  switch (r.type) {
    case 'rack':
      return r.label ? `rack ${r.label}` : 'a rack';
    case 'economics':
      return 'the economics inputs';
    default:
      return `${RECORD_LABELS[r.type]} ${r.name}`;
  }
}

/**
 * The document as an action held to one scenario sees it: reads are untouched, and every write (in a transaction
 * or as a diff) to a record of another scenario throws EditRefused, which rolls the whole transaction back.
 */
function guardedStore(store: DocumentStore, scenarioId: string): DocumentStore {
  const scenarioOf = scenarioResolver(store);
  const refuse = (r: DocRecord, scenario: string | undefined): never => {
    const name = scenario === undefined ? 'no scenario' : `scenario ${store.get(scenario, 'scenario')?.name ?? scenario}`;
    throw new EditRefused(`${describe(r)} belongs to ${name}, not the open one; nothing was changed`);
  };
  const check = (r: DocRecord | undefined): void => {
    if (!r) return;
    const scenario = scenarioOf(r);
    if (scenario !== null && scenario !== scenarioId) refuse(r, scenario);
  };
  /** A record written must also point only at records of the open scenario. */
  const checkWritten = (r: DocRecord): void => {
    check(r);
    for (const id of referencedIds(r)) {
      const target = store.get(id);
      if (target) check(target);
    }
  };
  const guard = (tx: Transaction): Transaction => ({
    get: (id) => tx.get(id),
    put(record) {
      check(tx.get(record.id));
      checkWritten(record);
      tx.put(record);
    },
    remove(id) {
      check(tx.get(id));
      tx.remove(id);
    },
    update(id, patch) {
      check(tx.get(id));
      const after = tx.update(id, patch);
      checkWritten(after);
      return after;
    },
  });
  const transact: DocumentStore['transact'] = (fn, options) => store.transact((tx) => fn(guard(tx)), options);
  const applyDiff: DocumentStore['applyDiff'] = (diff: DocumentDiff, origin) => {
    for (const r of [...diff.removed, ...diff.added, ...diff.updated.flat()]) check(store.get(r.id) ?? r);
    for (const r of [...diff.added, ...diff.updated.map(([, after]) => after)]) checkWritten(r);
    store.applyDiff(diff, origin);
  };
  return new Proxy(store, {
    get(target, key) {
      if (key === 'transact') return transact;
      if (key === 'applyDiff') return applyDiff;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The context an action held to the open scenario runs with: the same editor, but its store refuses writes
 * outside that scenario. Assignments (the clipboard) reach the real context.
 */
export function scenarioScopedContext(ctx: ActionContext): ActionContext {
  const store = guardedStore(ctx.store, ctx.session.state.scenarioId);
  return new Proxy(ctx, {
    get: (target, key) => (key === 'store' ? store : Reflect.get(target, key, target)),
  });
}
