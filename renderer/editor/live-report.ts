import { createAnalyzer, type Analyzer, type ScenarioReport } from '../../shared/analysis/index.ts';
import type { Catalog } from '../../shared/catalog/schema.ts';
import type { ScenarioId } from '../../shared/model/index.ts';
import type { Session } from './session.ts';
import type { DocumentStore } from './store.ts';

/**
 * The one live report of the open scenario, kept outside React: it goes stale on every change of the store's
 * feed or of the open scenario, and is analysed again, once, when somebody next reads it. The viewport and
 * the panels read their numbers from it and compute none of their own.
 */
export class LiveReport {
  readonly analyzer: Analyzer;
  private report: ScenarioReport | null = null;
  private scenarioId: string;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: (() => void)[];

  constructor(
    private readonly store: DocumentStore,
    session: Session,
    catalog: Catalog,
  ) {
    this.analyzer = createAnalyzer(catalog);
    this.scenarioId = session.state.scenarioId;
    this.unsubscribe = [
      store.listen(() => this.invalidate()),
      session.subscribe(() => {
        if (session.state.scenarioId === this.scenarioId) return;
        this.scenarioId = session.state.scenarioId;
        this.invalidate();
      }),
    ];
  }

  /** The report of the open scenario as the document stands now. */
  get current(): ScenarioReport {
    if (!this.report) this.report = this.analyzer.analyze(this.store.toDocument(), this.scenarioId as ScenarioId);
    return this.report;
  }

  readonly getCurrent = (): ScenarioReport => this.current;

  /** Called after each change that makes the report stale; read `current` for the new one. */
  readonly subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  dispose(): void {
    for (const off of this.unsubscribe) off();
    this.listeners.clear();
  }

  private invalidate(): void {
    this.report = null;
    for (const fn of [...this.listeners]) fn();
  }
}
