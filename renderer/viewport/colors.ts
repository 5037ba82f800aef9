import type { DrawnDisposition } from '../../shared/report-views/retrofit-view.ts';
import type { ColorMode } from '../editor/session.ts';

/** Colours are 0xRRGGBB numbers so that the React legend can use the same scale as the viewport. */
export interface LegendEntry {
  readonly color: number;
  readonly label: string;
}

// Rack kW bands chosen around the industry landmarks of REFERENCE.md §2: legacy, the 40 kW air ceiling,
// GB200/GB300-class liquid racks, and the next generation beyond 150 kW.
const KW_BANDS: readonly { max: number; color: number; label: string }[] = [
  { max: 10, color: 0x4a78c2, label: '≤ 10 kW' },
  { max: 30, color: 0x3fa7a0, label: '10–30 kW' },
  { max: 45, color: 0x7cbf4a, label: '30–45 kW (air ceiling)' },
  { max: 80, color: 0xe0c040, label: '45–80 kW' },
  { max: 150, color: 0xe8782e, label: '80–150 kW (GB200/GB300)' },
  { max: Infinity, color: 0xd43c5a, label: '> 150 kW' },
];

export function kwColor(kw: number): number {
  return (KW_BANDS.find((b) => kw <= b.max) ?? KW_BANDS[KW_BANDS.length - 1]!).color;
}

const PALETTE = [0x4cc9f0, 0xf72585, 0x7bd389, 0xffb703, 0x9d4edd, 0xff6b35, 0x43aa8b, 0xe9c46a, 0x577590, 0xef476f];
export const UNASSIGNED = 0x5a6270;

/** A stable colour for a group (loop, feed) by its position among the groups of the document. */
export function groupColor(index: number): number {
  return index < 0 ? UNASSIGNED : PALETTE[index % PALETTE.length]!;
}

export const CHECK_COLORS = { error: 0xe5484d, warning: 0xf5a524, info: 0x4c8eda, ok: 0x46a758 } as const;

/** Retrofit dispositions: what the site has (kept), kept with works, bought new, new in place of a removed unit, removed. */
export const DISPOSITION_COLORS: Record<DrawnDisposition, number> = { existing: 0x5b8fd6, upgrade: 0xe0b341, new: 0x4cbf7a, replace: 0xb07ce8, retire: 0xe5484d };
/** The same colours for the upgrade bill's line dispositions. */
export const LINE_DISPOSITION_COLORS = { reused: DISPOSITION_COLORS.existing, upgraded: DISPOSITION_COLORS.upgrade, new: DISPOSITION_COLORS.new, removed: DISPOSITION_COLORS.retire } as const;
export const DISPOSITION_LABELS: Record<DrawnDisposition, string> = { existing: 'existing, kept', upgrade: 'upgraded', new: 'new', replace: 'replaced (new unit in place)', retire: 'removed (ghost outline)' };

export function kwLegend(): LegendEntry[] {
  return KW_BANDS.map((b) => ({ color: b.color, label: b.label }));
}

export function legendFor(mode: ColorMode, groups: readonly { name: string }[]): LegendEntry[] {
  switch (mode) {
    case 'kw':
      return kwLegend();
    case 'loop':
    case 'feed':
      return [...groups.map((g, i) => ({ color: groupColor(i), label: g.name })), { color: UNASSIGNED, label: mode === 'loop' ? 'no loop' : 'no feed' }];
    case 'check':
      return [
        { color: CHECK_COLORS.error, label: 'error' },
        { color: CHECK_COLORS.warning, label: 'warning' },
        { color: CHECK_COLORS.ok, label: 'no finding' },
      ];
    case 'disposition':
      return [...(Object.keys(DISPOSITION_COLORS) as DrawnDisposition[]).map((d) => ({ color: DISPOSITION_COLORS[d], label: DISPOSITION_LABELS[d] })), { color: UNASSIGNED, label: 'no baseline to compare' }];
  }
}

export const toCss = (color: number): string => `#${color.toString(16).padStart(6, '0')}`;
