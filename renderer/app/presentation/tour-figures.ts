import type { ScenarioReport } from '../../../shared/analysis/index.ts';
import type { Catalog } from '../../../shared/catalog/schema.ts';
import type { ProjectDocument } from '../../../shared/model/index.ts';
import { keyFigures, type KeyFigure } from '../../../shared/report-views/key-figures.ts';
import { formatNumber, formatUsd } from '../format.ts';

/** The figures a tour step shows under its caption, of those the report's key figures give (the brief's first page). */
const SHOWN = ['IT load', 'Facility load', 'Annual PUE', 'Design-day PUE', 'Racks', 'GPUs', 'Power redundancy', 'Cooling redundancy', 'Longest lead time', 'Capex'];

export interface ShownFigure {
  readonly label: string;
  readonly text: string;
}

function figureText(f: KeyFigure): string {
  if (typeof f.value === 'string') return f.value;
  if (f.kind === 'usd') return formatUsd(f.value);
  // Two decimals for PUE, as the side panel's totals write it.
  const digits = f.unit === 'MW' || f.label.includes('PUE') ? 2 : 0;
  return `${formatNumber(f.value, digits)}${f.unit ? ` ${f.unit}` : ''}`;
}

/** The step's key figures, read from the open scenario's live report; a prices-hidden tour leaves capex out. */
export function tourFigures(report: ScenarioReport, document: ProjectDocument, catalog: Catalog, hidePrices: boolean): ShownFigure[] {
  const figures = keyFigures({ report, document, catalog, date: '', hidePrices });
  return SHOWN.flatMap((label) => {
    const f = figures.find((x) => x.label === label);
    return f ? [{ label, text: figureText(f) }] : [];
  });
}
