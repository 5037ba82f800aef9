import type { Catalog } from '../../shared/catalog/schema.ts';
import type { ProjectDocument, ScenarioId } from '../../shared/model/index.ts';
import './actions/index.ts';
import type { ActionContext, ViewCommands } from './actions/types.ts';
import { catalogIndexOf } from '../../shared/catalog/catalog-index.ts';
import { History } from './history.ts';
import { LiveReport } from './live-report.ts';
import { Session } from './session.ts';
import { DocumentStore } from './store.ts';
import { ToolRouter } from './tools/index.ts';

export interface Editor extends ActionContext {
  readonly tools: ToolRouter;
  /** The open scenario's report, analysed from the store's change feed. */
  readonly live: LiveReport;
  view: ViewCommands | null;
  /** Ends every subscription the editor holds (the live report's, the tools'). */
  dispose(): void;
}

/**
 * The editor core for one open document: store, history, session, catalog and tools, wired together. With a
 * read-only reason (another window holds the project), every editing action and tool is refused.
 */
export function createEditor(doc: ProjectDocument, catalog: Catalog, options: { readonly readOnlyReason?: string | null } = {}): Editor {
  const store = new DocumentStore(doc);
  const history = new History(store);
  const firstScenario = doc.scenarios[0];
  if (!firstScenario) throw new Error('a project needs at least one scenario');
  const liquid = catalog.rackProfiles.find((p) => p.liquidFraction > 0.5) ?? catalog.rackProfiles[0];
  const cdu = catalog.equipment.find((e) => e.kind === 'cdu' && e.widthM > 0) ?? catalog.equipment.find((e) => e.widthM > 0);
  const session = new Session(
    {
      scenarioId: firstScenario.id as ScenarioId,
      selection: new Set(),
      hoverId: null,
      tool: 'select',
      colorMode: 'kw',
      lengthUnit: 'm',
      rackProfileId: liquid?.id ?? '',
      equipmentCatalogId: cdu?.id ?? '',
      selectionBox: null,
      pipeDraft: null,
      measure: null,
      snap: true,
      prompt: null,
      status: null,
    },
    store,
  );
  const live = new LiveReport(store, session, catalog);
  const ctx = { store, history, session, live, catalog: catalogIndexOf(catalog), view: null, clipboard: [], readOnlyReason: options.readOnlyReason ?? null } as unknown as Editor;
  (ctx as { tools: ToolRouter }).tools = new ToolRouter(ctx);
  ctx.dispose = () => {
    live.dispose();
    ctx.tools.dispose();
    history.dispose();
    session.dispose();
    ctx.view = null;
  };
  return ctx;
}
