import type { Check } from '../../shared/analysis/index.ts';
import type { RackRecord } from '../../shared/model/index.ts';
import type { DrawnDisposition } from '../../shared/report-views/retrofit-view.ts';
import type { ColorMode } from '../editor/session.ts';
import type { DocumentStore } from '../editor/store.ts';
import { GroupPalette } from './group-palette.ts';
import { CHECK_COLORS, DISPOSITION_COLORS, UNASSIGNED, groupColor, kwColor } from './colors.ts';
import { sceneTheme } from './scene-theme.ts';

const UNASSIGNED_GROUP = groupColor(-1);

export type Severity = Check['severity'];
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The worst check severity per subject id. */
export function severityBySubject(checks: readonly Check[]): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const c of checks) {
    if (!c.subject || c.severity === 'info') continue;
    const prev = out.get(c.subject.id);
    if (!prev || RANK[c.severity] > RANK[prev]) out.set(c.subject.id, c.severity);
  }
  return out;
}

/** Decides the colour of each rack from the colour mode, the groups, the checks and the selection. */
export class RackColoring {
  mode: ColorMode = 'kw';
  selection: ReadonlySet<string> = new Set();
  severity = new Map<string, Severity>();
  /** Retrofit dispositions of the drawn records (racks and equipment), from the open scenario's compare. */
  dispositions: ReadonlyMap<string, DrawnDisposition> = new Map();
  private loops: GroupPalette | null = null;
  private feeds: GroupPalette | null = null;
  /** The last kW asked for and its band's colour: neighbouring racks mostly share a profile, so a build asks few. */
  private lastKw = Number.NaN;
  private lastKwColor = 0;

  constructor(
    private readonly store: DocumentStore,
    /** The rack's IT kW as the analysis has it (null for an unknown profile). */
    private readonly kwOf: (rack: RackRecord) => number | null,
  ) {}

  /** Reads the open scenario's loops and feeds again (after a scenario change or a change to a loop or feed). */
  refreshGroups(scenarioId: string): void {
    this.loops = new GroupPalette(this.store, scenarioId, 'coolingLoop');
    this.feeds = new GroupPalette(this.store, scenarioId, 'powerFeed');
  }

  /** A loop's colour, as its racks and the legend show it. */
  loopColor(loopId: string): number {
    return this.loops?.colorOf(loopId) ?? UNASSIGNED_GROUP;
  }

  colorOf(rack: RackRecord): number {
    if (this.selection.has(rack.id)) return sceneTheme().selection;
    if (this.mode === 'kw') {
      const kw = this.kwOf(rack) ?? 0;
      if (kw !== this.lastKw) {
        this.lastKw = kw;
        this.lastKwColor = kwColor(kw);
      }
      return this.lastKwColor;
    }
    const row = this.store.get(rack.rowId, 'row');
    switch (this.mode) {
      case 'loop':
        return this.loops?.colorOf(row?.coolingLoopId) ?? UNASSIGNED_GROUP;
      case 'feed':
        return this.feeds?.colorOf(row?.feedAId) ?? UNASSIGNED_GROUP;
      case 'check': {
        const s = this.worst([rack.id, rack.rowId, row?.coolingLoopId, row?.feedAId, row?.feedBId, row?.hallId]);
        return s ? CHECK_COLORS[s] : CHECK_COLORS.ok;
      }
      case 'disposition':
        return this.dispositionColor(rack.id);
    }
  }

  /** A record's disposition colour; grey when the open scenario has no compare. */
  dispositionColor(id: string): number {
    const d = this.dispositions.get(id);
    return d ? DISPOSITION_COLORS[d] : UNASSIGNED;
  }

  private worst(ids: (string | null | undefined)[]): Severity | undefined {
    let worst: Severity | undefined;
    for (const id of ids) {
      const s = id ? this.severity.get(id) : undefined;
      if (s && (!worst || RANK[s] > RANK[worst])) worst = s;
    }
    return worst;
  }
}
