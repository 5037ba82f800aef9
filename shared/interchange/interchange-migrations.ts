/**
 * One step per interchange version, each turning a file of version `from` into version `from + 1`, applied in
 * order before validation. Steps are frozen once shipped: a later format change adds its own step here and bumps
 * INTERCHANGE_VERSION in shared/model/document.ts.
 */
export interface InterchangeMigration {
  readonly from: number;
  up(value: unknown): unknown;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 2 (retrofit): every equipment record states its disposition (a version-1 unit was always built new), and
 * the site as built gets its lists of substations and interconnects, empty until the engineer enters them. Lineage
 * (originId) and a scenario's baseline stay absent: a version-1 file knows neither.
 */
const toVersion2: InterchangeMigration = {
  from: 1,
  up(value) {
    if (!isObject(value)) return value;
    const equipment = Array.isArray(value.equipment)
      ? value.equipment.map((e: unknown) => (isObject(e) && e.disposition === undefined ? { ...e, disposition: 'new' } : e))
      : value.equipment;
    return {
      ...value,
      version: 2,
      equipment,
      substations: value.substations ?? [],
      interconnects: value.interconnects ?? [],
    };
  },
};

export const INTERCHANGE_MIGRATIONS: readonly InterchangeMigration[] = [toVersion2];
