import { usableUnits } from '../../shared/engine/index.ts';
import type { CoolingLoopRecord, PowerFeedRecord, RowRecord } from '../../shared/model/index.ts';
import type { Editor } from '../editor/editor.ts';
import { billEngineOf } from './live-bill.ts';
import type { GroupLabel } from '../viewport/group-label-layer.ts';

export interface GroupLoad {
  readonly loadKw: number;
  readonly capacityKw: number;
  readonly flowLpm: number | null;
  readonly capacityLpm: number | null;
  readonly rows: number;
}

function rowsOf(editor: Editor, pred: (r: RowRecord) => boolean): RowRecord[] {
  return editor.store.all('row').filter(pred);
}

/** IT kW and liquid heat of a set of rows, by the engine's own per-rack figures. */
function rowLoads(editor: Editor, rows: readonly RowRecord[]): { itKw: number; liquidKw: number } {
  const engine = billEngineOf(editor);
  let itKw = 0;
  let liquidKw = 0;
  for (const row of rows) {
    for (const rack of editor.store.childrenOf(row.id, 'rack')) {
      const load = engine.rackLoad(rack);
      if (!load) continue;
      itKw += load.itKw;
      liquidKw += load.liquidKw;
    }
  }
  return { itKw, liquidKw };
}

// Water: V̇ = P / (ρ · cp · ΔT) = 60 / (0.997 kg/L × 4.18 kJ/(kg·K) × ΔT) L/min per kW (REFERENCE.md §3, [D]).
const lpmPerKw = (deltaTK: number) => 60 / (0.997 * 4.18 * deltaTK);

/** A loop's liquid heat and flow beside what its CDUs can carry at the loop's redundancy. */
export function loopLoad(editor: Editor, loop: CoolingLoopRecord): GroupLoad {
  const rows = rowsOf(editor, (r) => r.coolingLoopId === loop.id);
  const { liquidKw } = rowLoads(editor, rows);
  const cdus = loop.cduIds.map((id) => editor.store.get(id, 'equipment')).flatMap((e) => (e ? [editor.catalog.findItem(e.catalogId)] : []));
  const usable = usableUnits(cdus.length, loop.redundancy);
  const per = cdus[0];
  const scenario = editor.store.get(editor.session.state.scenarioId, 'scenario');
  return {
    loadKw: liquidKw,
    capacityKw: usable * (per?.capacityKw ?? 0),
    flowLpm: liquidKw * lpmPerKw(scenario?.liquidDeltaTK ?? 10),
    capacityLpm: per?.flowLpm ? usable * per.flowLpm : null,
    rows: rows.length,
  };
}

/** A feed's IT load beside the usable capacity of its UPS lineup. */
export function feedLoad(editor: Editor, feed: PowerFeedRecord): GroupLoad {
  const rows = rowsOf(editor, (r) => r.feedAId === feed.id || r.feedBId === feed.id);
  const { itKw } = rowLoads(editor, rows);
  const ups = feed.upsIds.map((id) => editor.store.get(id, 'equipment')).flatMap((e) => (e ? [editor.catalog.findItem(e.catalogId)] : []));
  const scenario = editor.store.get(editor.session.state.scenarioId, 'scenario');
  // As the engine counts it: each side of a 2N pair is an N lineup; below 2N a lineup carries its own spare.
  const redundancy = scenario?.powerRedundancy ?? 'N';
  const lineup = redundancy === '2N' || redundancy === '2N+1' ? 'N' : redundancy;
  const sizes = ups.map((u) => u?.capacityKw ?? 0).sort((x, y) => x - y);
  const capacity = sizes.slice(0, usableUnits(sizes.length, lineup)).reduce((a, k) => a + k, 0);
  return { loadKw: itKw, capacityKw: capacity, flowLpm: null, capacityLpm: null, rows: rows.length };
}

/** In-place labels for the current scenario's halls: feeds in the feed colour mode, loops otherwise. */
export function groupLabels(editor: Editor): GroupLabel[] {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const scenarioId = editor.session.state.scenarioId;
  const inScenario = (hallId: string) => editor.store.get(hallId, 'hall')?.scenarioId === scenarioId;
  const loops = editor.store.all('coolingLoop').filter((l) => inScenario(l.hallId)).map((loop) => {
    const load = loopLoad(editor, loop);
    const flowOver = load.flowLpm !== null && load.capacityLpm !== null && load.flowLpm > load.capacityLpm;
    const flow = load.flowLpm !== null && load.capacityLpm !== null ? ` · ${fmt(load.flowLpm)} / ${fmt(load.capacityLpm)} L/min` : '';
    return { id: loop.id, text: `${loop.name} ${fmt(load.loadKw)} / ${fmt(load.capacityKw)} kWt${flow}`, over: load.loadKw > load.capacityKw || flowOver };
  });
  const feeds = editor.store.all('powerFeed').filter((f) => inScenario(f.hallId)).map((feed) => {
    const load = feedLoad(editor, feed);
    return { id: feed.id, text: `${feed.name} ${fmt(load.loadKw)} / ${fmt(load.capacityKw)} kW`, over: load.loadKw > load.capacityKw };
  });
  return editor.session.state.colorMode === 'feed' ? feeds : loops;
}
