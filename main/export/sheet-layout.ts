import type { Drawing } from '../../shared/report-views/drawings/drawing.ts';

/** An engineering sheet: A4 landscape in mm, its frame's margin and the title block strip at its foot. */
export const PAGE_W = 297;
export const PAGE_H = 210;
export const MARGIN = 10;
export const TITLE_BLOCK_H = 22;
/** The drawing area inside the frame, above the title block, mm. */
export const DRAWING_W = PAGE_W - 2 * MARGIN;
export const DRAWING_H = PAGE_H - 2 * MARGIN - TITLE_BLOCK_H;

/** What a sheet's title block names besides the drawing itself. */
export interface SheetInfo {
  readonly project: string;
  readonly scenario: string;
  readonly date: string;
}

/** Width of the title block's first cell, which holds the north arrow and scale bar (or says a diagram is not to scale), mm. */
export const SYMBOLS_CELL_W = 60;

export interface TitleCell {
  /** Left edge from the frame's left, mm. */
  readonly x: number;
  readonly label: string;
  readonly lines: readonly string[];
  readonly width: number;
  /** The drawing's own title: its first line set large and bold. */
  readonly big: boolean;
}

/** The title block's text cells after the symbols cell: project and scenario, drawing, notes, date and number. */
export function titleCells(drawing: Drawing, info: SheetInfo): TitleCell[] {
  const cells = [
    { label: 'PROJECT / SCENARIO', lines: [info.project, info.scenario], width: 70, big: false },
    { label: 'DRAWING', lines: [drawing.title], width: 62, big: true },
    { label: 'NOTES', lines: drawing.notes.slice(0, 3), width: 55, big: false },
    { label: 'DATE / NUMBER', lines: [info.date, drawing.number, 'Powerhall'], width: DRAWING_W - SYMBOLS_CELL_W - 187, big: false },
  ];
  let x = SYMBOLS_CELL_W;
  return cells.map((cell) => {
    const placed = { ...cell, x };
    x += cell.width;
    return placed;
  });
}

/** The longest round length in metres whose scale bar stays within about 40 mm of the symbols cell. */
export function scaleBarMetres(mmPerMetre: number): number {
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
  return [...steps].reverse().find((m) => m * mmPerMetre <= 40) ?? steps[0]!;
}
