import { useCallback, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { ProjectInfo } from '../../shared/contract/services.ts';
import type { Editor } from '../editor/editor.ts';
import type { Persistence } from '../editor/persistence.ts';
import type { ViewportController } from '../viewport/viewport-controller.ts';
import { BackupsDialog } from './BackupsDialog.tsx';
import { BillTable } from './BillTable.tsx';
import { CadOverlays } from './cad/CadOverlays.tsx';
import { downloadBillCsv } from './download-bill.ts';
import { DrawingsPane } from './drawings/DrawingsPane.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { PresentationMode } from './presentation/PresentationMode.tsx';
import { PresentMenu } from './presentation/PresentMenu.tsx';
import { formatUsd } from './format.ts';
import { ChecksList } from './ChecksList.tsx';
import { EconomicsPanel } from './economics/EconomicsPanel.tsx';
import { RetrofitPanel } from './retrofit/RetrofitPanel.tsx';
import { SitePanel } from './site/SitePanel.tsx';
import { CommandPalette } from './CommandPalette.tsx';
import { HelpOverlay } from './HelpOverlay.tsx';
import { Inspector } from './Inspector.tsx';
import { Legend } from './Legend.tsx';
import { EmptyScenario } from './EmptyScenario.tsx';
import { Outliner } from './Outliner.tsx';
import { OutlineSplit } from './OutlineSplit.tsx';
import type { AppCommand } from './project/app-commands.ts';
import { SIDE_MIN, sideMax, usePanelLayout } from './use-panel-layout.ts';
import { ScenarioControls } from './ScenarioControls.tsx';
import { ScenarioPicker } from './ScenarioPicker.tsx';
import { SiteTotals } from './SiteTotals.tsx';
import { StatusBar } from './StatusBar.tsx';
import { Toolbar } from './Toolbar.tsx';
import { ViewportPane } from './ViewportPane.tsx';
import { useReport } from './use-report.ts';
import { useSession } from './hooks.ts';
import { useKeyboard } from './use-keyboard.ts';
import { useAppCommands } from './project/use-app-commands.ts';
import { useMenuBridge } from './project/use-menu-bridge.ts';
import { useSessionMemory } from './project/use-session-memory.ts';
import { useProjectFiles } from './project/use-project-files.tsx';
import { ProjectMenu } from './project/ProjectMenu.tsx';

type Tab = 'inspector' | 'checks' | 'bill' | 'economics' | 'compare' | 'site';

/** "<site> - <scenario> - bill", the name of an exported bill. */
function billTitle(editor: Editor): string {
  const site = editor.store.all('site')[0]?.name ?? 'Project';
  const scenario = editor.store.get(editor.session.state.scenarioId, 'scenario')?.name ?? 'scenario';
  return `${site} - ${scenario} - bill`;
}


export function App(props: { editor: Editor; persistence: Persistence; info: ProjectInfo }) {
  const { editor } = props;
  const [controller, setController] = useState<ViewportController | null>(null);
  const [help, setHelp] = useState(false);
  const [tab, setTab] = useState<Tab>('bill');
  const bill = useReport(editor);
  const checks = bill.checks;
  const [palette, setPalette] = useState(false);
  const [backups, setBackups] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const stopPresenting = useCallback(() => setPresenting(false), []);
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  const openPalette = useCallback(() => setPalette(true), []);
  const closePalette = useCallback(() => setPalette(false), []);
  useKeyboard(editor, toggleHelp, openPalette);
  const [layout, setLayout] = usePanelLayout(props.info.path);
  const outlineSection = useRef<HTMLElement>(null);
  const tabBody = useRef<HTMLDivElement>(null);
  const openScenarioId = useSession(editor).scenarioId;
  // The store keeps one array per record type until a record of that type changes: a new list means a scenario changed.
  const scenarios = editor.store.all('scenario');
  const inspect = useCallback(
    (id: string | undefined) => {
      if (!id) return;
      editor.session.select([id]);
      setTab('inspector');
    },
    [editor],
  );
  /** Selects a record and frames it in the viewport (the outliner, find by name). */
  const selectAndFrame = useCallback((id: string) => (controller ? controller.focus(id) : editor.session.select([id])), [controller, editor]);
  const appCommands = useAppCommands(editor, { toggleHelp, openPalette });
  const projectFiles = useProjectFiles(editor);
  const commands = useMemo(
    (): readonly AppCommand[] => [
      ...appCommands,
      ...projectFiles.commands,
      { id: 'app.site', label: 'Site: interconnect, substation, climate, power price', menu: 'File', group: 'project', enabled: true, run: () => inspect(editor.store.all('site')[0]?.id) },
      { id: 'app.backups', label: 'Backups and restore…', menu: 'File', group: 'project', enabled: true, run: () => setBackups(true) },
      { id: 'app.scenarioSettings', label: 'Scenario settings: redundancy, generators, liquid loop', menu: 'Scenario', group: 'settings', enabled: true, run: () => inspect(editor.session.state.scenarioId) },
      { id: 'app.toggleSide', label: 'Show or hide the side panel', menu: 'View', group: 'app', enabled: true, run: () => setLayout({ sideCollapsed: !layout.sideCollapsed }) },
      ...[...scenarios]
        .sort((a, b) => a.order - b.order)
        .map((sc): AppCommand => ({ id: `app.showScenario.${sc.id}`, label: sc.name, menu: 'Scenario', submenu: 'Show scenario', group: 'show', enabled: sc.id !== openScenarioId, run: () => editor.session.set({ scenarioId: sc.id, selection: new Set() }) })),
    ],
    [appCommands, projectFiles.commands, editor, inspect, layout.sideCollapsed, setLayout, openScenarioId, scenarios],
  );
  useMenuBridge(editor, commands);
  useSessionMemory(editor, controller, props.info.path);
  const startResize = (e: ReactPointerEvent<HTMLDivElement>) => {
    const handle = e.currentTarget;
    handle.setPointerCapture(e.pointerId);
    const right = handle.parentElement!.getBoundingClientRect().right;
    const move = (m: PointerEvent) => setLayout({ sideWidth: Math.min(sideMax(), Math.max(SIDE_MIN, Math.round(right - m.clientX))) });
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  const sideWidth = Math.min(sideMax(), Math.max(SIDE_MIN, layout.sideWidth));
  const errors = checks.filter((c) => c.severity === 'error').length;
  const warnings = checks.filter((c) => c.severity === 'warning').length;
  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      <Toolbar editor={editor} onHelp={toggleHelp} onPalette={openPalette} />
      {props.info.readOnlyReason !== null && (
        <div className="readonly-banner" role="alert" data-testid="readonly-banner">
          <b>Read-only</b> {props.info.readOnlyReason.replace(/\.$/, '')}. You can look, select and read the bill; editing is off and nothing is saved
          from this window.
        </div>
      )}
      <div className="main" style={{ gridTemplateColumns: layout.sideCollapsed ? '1fr' : `1fr ${sideWidth}px` }}>
        <div className="work-area">
          <div className="viewport-wrap">
            <ViewportPane editor={editor} onController={setController} />
            <Legend editor={editor} />
            <EmptyScenario editor={editor} />
            <CadOverlays editor={editor} controller={controller} />
            {layout.sideCollapsed && (
              <button type="button" className="tb-button side-reopen" title="Show the side panel" data-testid="side-show" data-over-viewport onClick={() => setLayout({ sideCollapsed: false })}>
                ◂ Panel
              </button>
            )}
          </div>
          <DrawingsPane editor={editor} />
        </div>
        <aside className="side" hidden={layout.sideCollapsed} data-testid="side-panel">
          <div className="side-resizer" role="separator" aria-orientation="vertical" aria-label="Drag to resize the side panel" title="Drag to resize the side panel" onPointerDown={startResize} data-testid="side-resizer" />
          <div className="project">
            <button type="button" className="tb-button" title="Hide the side panel (the viewport takes its place)" aria-label="Hide the side panel" data-testid="side-hide" onClick={() => setLayout({ sideCollapsed: true })}>
              ▸
            </button>
            <ProjectMenu editor={editor} commands={commands} />
            <span className="project-name" title={props.info.path}>
              {props.info.name}
            </span>
            <button type="button" className="tb-button" title="Site: interconnect, substation, climate, power price" onClick={() => inspect(editor.store.all('site')[0]?.id)}>
              Site
            </button>
            <button type="button" className="tb-button" title="Backups of this project, and restore" data-testid="backups-open" onClick={() => setBackups(true)}>
              Backups…
            </button>
            <ExportMenu editor={editor} viewport={controller} />
            <PresentMenu editor={editor} viewport={controller} onPresent={() => setPresenting(true)} />
          </div>
          <div className="project">
            <ScenarioPicker editor={editor} />
            <ScenarioControls editor={editor} />
            <button type="button" className="tb-button" title="Scenario: redundancy, generators, liquid loop" onClick={() => inspect(editor.session.state.scenarioId)}>
              Settings
            </button>
          </div>
          <SiteTotals bill={bill} />
          <section
            ref={outlineSection}
            className={!layout.outlineOpen ? 'outline-section' : layout.outlineHeight === undefined ? 'outline-section open' : 'outline-section open sized'}
            style={layout.outlineOpen && layout.outlineHeight !== undefined ? { height: layout.outlineHeight } : undefined}
            data-testid="outline-section"
          >
            <button type="button" className="section-title" aria-expanded={layout.outlineOpen} onClick={() => setLayout({ outlineOpen: !layout.outlineOpen })} data-testid="outline-toggle">
              {layout.outlineOpen ? '▾' : '▸'} Outline
            </button>
            {layout.outlineOpen && <Outliner editor={editor} onSelect={selectAndFrame} />}
          </section>
          {layout.outlineOpen && <OutlineSplit outline={outlineSection} tabBody={tabBody} height={layout.outlineHeight} onHeight={(outlineHeight) => setLayout({ outlineHeight })} />}
          <nav className="tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'inspector'} onClick={() => setTab('inspector')}>
              Inspector
            </button>
            <button type="button" role="tab" aria-selected={tab === 'checks'} onClick={() => setTab('checks')} data-testid="checks-tab">
              Checks <span className={errors ? 'badge error' : warnings ? 'badge warning' : 'badge'} data-testid="checks-count">{checks.length}</span>
            </button>
            <button type="button" role="tab" aria-selected={tab === 'bill'} onClick={() => setTab('bill')}>
              Bill <span className="badge">{bill.lines.length}</span>
            </button>
            <button type="button" role="tab" aria-selected={tab === 'economics'} onClick={() => setTab('economics')} data-testid="economics-tab">
              Economics
            </button>
            <button type="button" role="tab" aria-selected={tab === 'compare'} onClick={() => setTab('compare')} data-testid="compare-tab" title="Retrofit: baseline against target, the schedule and the readiness scorecard">
              Compare
            </button>
            <button type="button" role="tab" aria-selected={tab === 'site'} onClick={() => setTab('site')} data-testid="site-tab" title="The site as built: substation, interconnect and the other site records">
              Site
            </button>
          </nav>
          <div className="tab-body" ref={tabBody} data-testid="tab-body">
            {tab === 'inspector' && <Inspector editor={editor} />}
            {tab === 'checks' && <ChecksList checks={checks} onFocus={(id) => (controller ? controller.focus(id) : editor.session.select([id]))} />}
            {tab === 'economics' && <EconomicsPanel editor={editor} />}
            {tab === 'compare' && <RetrofitPanel editor={editor} />}
            {tab === 'site' && <SitePanel editor={editor} />}
            {tab === 'bill' && (
              <>
                <div className="bill-actions">
                  <span>{bill.lines.length} lines · {formatUsd(bill.summary.capexUsd)}</span>
                  <button type="button" className="tb-button" data-testid="bill-export-csv" title="Save this scenario's bill as CSV (the columns of powerhall bill --format csv)" onClick={() => downloadBillCsv(bill, billTitle(editor))}>
                    Export CSV
                  </button>
                </div>
                <BillTable bill={bill} />
              </>
            )}
          </div>
        </aside>
      </div>
      <StatusBar editor={editor} persistence={props.persistence} readOnlyReason={props.info.readOnlyReason} />
      {projectFiles.element}
      {help && <HelpOverlay onClose={toggleHelp} />}
      {palette && <CommandPalette editor={editor} commands={commands} onFind={selectAndFrame} onClose={closePalette} />}
      {backups && <BackupsDialog readOnlyReason={props.info.readOnlyReason} onClose={() => setBackups(false)} />}
      {presenting && <PresentationMode editor={editor} viewport={controller} onExit={stopPresenting} />}
    </div>
  );
}
