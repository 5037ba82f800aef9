/**
 * A pure table of a report: typed columns, each with its unit, so that every exporter (CSV, XLSX, PDF) writes the
 * same headers and the same numbers, and a spreadsheet gets numbers as numbers.
 */
export type ColumnKind = 'text' | 'integer' | 'number' | 'usd' | 'fraction';

export interface ViewColumn {
  readonly key: string;
  /** The column's name without its unit. */
  readonly title: string;
  /** Unit of every value in the column (kW, m, USD, ...), null for text and plain counts. */
  readonly unit: string | null;
  readonly kind: ColumnKind;
  /** True for columns that carry prices, left out of a tenant copy. */
  readonly price?: boolean;
  /** True for text that may state dollar amounts (a derivation): a tenant copy keeps only its other sentences. */
  readonly mentionsPrices?: boolean;
}

export type Cell = string | number | null;

export interface ReportTable {
  readonly title: string;
  readonly columns: readonly ViewColumn[];
  readonly rows: readonly (readonly Cell[])[];
}

/** The header a file shows: the title with its unit, e.g. `Total (USD)`. */
export function columnHeader(column: ViewColumn): string {
  return column.unit ? `${column.title} (${column.unit})` : column.title;
}

/** Text without its sentences that state a dollar amount ("Cost: 4 ea × $360,000 = $1,440,000"). */
export function withoutDollarSentences(text: string): string {
  return text
    .split(/(?<=\.)\s+|;\s+/)
    .filter((sentence) => !sentence.includes('$'))
    .join(' ')
    .trim();
}

/** The same table without its price columns and dollar amounts (a tenant copy). */
export function withoutPrices(table: ReportTable): ReportTable {
  const keep = table.columns.map((c, i) => (c.price ? -1 : i)).filter((i) => i >= 0);
  return {
    title: table.title,
    columns: keep.map((i) => table.columns[i]!),
    rows: table.rows.map((r) =>
      keep.map((i) => {
        const value = r[i] ?? null;
        return table.columns[i]!.mentionsPrices && typeof value === 'string' ? withoutDollarSentences(value) : value;
      }),
    ),
  };
}

/** The index of a column by key; throws when the table lacks it, which is a programming error. */
export function columnIndex(table: ReportTable, key: string): number {
  const i = table.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`table '${table.title}' has no column '${key}'`);
  return i;
}
