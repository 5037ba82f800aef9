// The one engineering core: every number an engineer reads comes from here.
export * from './report-schema.ts';
export { analyze, createAnalyzer, type Analyzer } from './analyze.ts';
export { sizeBlock, blockDocument, BlockInputError, MAX_BLOCK_RACKS, type BlockParams } from './size-block.ts';
export { selectionTotals, type SelectionTotals } from './selection-totals.ts';
export { feedDistributionFor, feedSidesFor, type FeedDistribution } from './feed-plan.ts';
export {
  BillCategory,
  BillLine,
  BillSummary,
  Check,
  CheckSeverity,
  GroupFigure,
  GroupKind,
  type CapacityUnit,
} from '../engine/bill-schema.ts';
export { CHECK_CODES, type CheckCode } from '../engine/check-codes.ts';
export type { RackLoad } from '../engine/rack-load.ts';
