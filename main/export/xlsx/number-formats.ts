import type { ColumnKind } from '../../../shared/report-views/table.ts';

/** The Excel number format of each kind of figure, the same on every sheet; text has none. */
export const NUMBER_FORMATS = {
  integer: '#,##0',
  number: '#,##0.###',
  usd: '"$"#,##0',
  fraction: '0.0%',
} as const satisfies Record<Exclude<ColumnKind, 'text'>, string>;

/** The format of a column or cell of this kind, or undefined for text. */
export const numberFormatOf = (kind: ColumnKind): string | undefined => (kind === 'text' ? undefined : NUMBER_FORMATS[kind]);
