import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { reportContext } from '../../main/export/report-context.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';
import type { ReportContext } from '../../shared/report-views/report-context.ts';

/** A hall name a spreadsheet would run as a formula if it were written as it is. */
export const FORMULA_NAME = '=HYPERLINK("http://example.invalid","x")';

/** The sample project with its AI hall renamed to a formula-looking name (names are user input). */
export function hostileSample(): ProjectDocument {
  const doc = loadSampleDocument();
  return { ...doc, halls: doc.halls.map((h) => (h.id === 'hall-b3-ai' ? { ...h, name: FORMULA_NAME } : h)) };
}

/** The report context of the sample's Phase 1 scenario, made on a fixed day. */
export function phase1Context(options: { hidePrices?: boolean; document?: ProjectDocument } = {}): ReportContext {
  return reportContext(options.document ?? loadSampleDocument(), loadCatalog(), {
    scenario: 'sc-phase1',
    hidePrices: options.hidePrices ?? false,
    now: new Date('2026-03-02T12:00:00Z'),
  });
}
