/**
 * One step per interchange version, each turning a file of version `from` into version `from + 1`, applied in
 * order before validation. Version 1 is the first published format, so there is no step yet: the next format
 * change adds `{ from: 1, up }` here and bumps INTERCHANGE_VERSION in shared/model/document.ts.
 */
export interface InterchangeMigration {
  readonly from: number;
  up(value: unknown): unknown;
}

export const INTERCHANGE_MIGRATIONS: readonly InterchangeMigration[] = [];
