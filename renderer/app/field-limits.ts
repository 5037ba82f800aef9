import type { z } from 'zod';
import {
  CoolingLoopRecord,
  EquipmentRecord,
  HallRecord,
  PowerFeedRecord,
  RackRecord,
  RowRecord,
  ScenarioRecord,
  SiteRecord,
  SubstationRecord,
  InterconnectRecord,
  WaterSupplyRecord,
  FibreRouteRecord,
  LandParcelRecord,
  ApprovalRecord,
  LabourRecord,
  HallConstructionRecord,
  SavedViewRecord,
  EconomicsRecord,
  type DocRecordType,
} from '../../shared/model/index.ts';
import { UnderlayRecord } from '../../shared/model/underlay-records.ts';

// The limits a number field shows and checks are read from the record schemas in shared/model, so that the
// message the engineer reads and the validation at every edge of the app can never disagree.

const RECORD_SCHEMAS: Record<DocRecordType, z.ZodType> = {
  site: SiteRecord,
  scenario: ScenarioRecord,
  hall: HallRecord,
  row: RowRecord,
  rack: RackRecord,
  equipment: EquipmentRecord,
  coolingLoop: CoolingLoopRecord,
  powerFeed: PowerFeedRecord,
  substation: SubstationRecord,
  interconnect: InterconnectRecord,
  waterSupply: WaterSupplyRecord,
  fibreRoute: FibreRouteRecord,
  landParcel: LandParcelRecord,
  approval: ApprovalRecord,
  labour: LabourRecord,
  hallConstruction: HallConstructionRecord,
  savedView: SavedViewRecord,
  underlay: UnderlayRecord,
  economics: EconomicsRecord,
};

/** The range a schema number allows. A bound is null when the schema sets none. */
export interface NumberLimits {
  readonly min: number | null;
  /** false: the value must be greater than `min` (a positive number), not equal to it. */
  readonly minInclusive: boolean;
  readonly max: number | null;
  readonly maxInclusive: boolean;
  readonly integer: boolean;
  readonly nullable: boolean;
}

interface SchemaDef {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly options?: readonly z.ZodType[];
  readonly element?: z.ZodType;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
}

interface CheckDef {
  readonly check: string;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** Peels readonly, nullable and optional wrappers; says whether null was allowed on the way. */
function unwrap(schema: z.ZodType): { schema: z.ZodType; nullable: boolean } {
  let nullable = false;
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if ((def.type === 'readonly' || def.type === 'nullable' || def.type === 'optional') && def.innerType) {
      if (def.type !== 'readonly') nullable = true;
      current = def.innerType;
    } else return { schema: current, nullable };
  }
}

/**
 * The schema of one field of a record type; `path` walks into nested objects ('origin', 'x') and into list items by
 * their index ('inputs', 'demandResponse', '0', 'hours').
 */
export function recordFieldSchema(type: DocRecordType, path: readonly string[]): z.ZodType | null {
  let current: z.ZodType | undefined = RECORD_SCHEMAS[type];
  for (const key of path) {
    if (!current) return null;
    const def = defOf(unwrap(current).schema);
    if (def.type === 'array') {
      current = /^\d+$/.test(key) ? def.element : undefined;
      continue;
    }
    // A union of objects (the economics revenue: a lease or GPU hours) gives the field of the option that has it.
    const shapes = def.type === 'object' ? [def.shape] : def.type === 'union' ? (def.options ?? []).map((o) => defOf(unwrap(o).schema).shape) : [];
    current = shapes.find((shape) => shape?.[key] !== undefined)?.[key];
  }
  return current ?? null;
}

/** The limits of a number schema (through readonly/nullable wrappers), or null when it is not a number. */
export function numberLimits(schema: z.ZodType): NumberLimits | null {
  const { schema: inner, nullable } = unwrap(schema);
  const def = defOf(inner);
  if (def.type !== 'number') return null;
  let min: number | null = null;
  let minInclusive = true;
  let max: number | null = null;
  let maxInclusive = true;
  let integer = false;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32' || c.format === 'uint32')) integer = true;
    if (c.check === 'greater_than' && c.value !== undefined && (min === null || c.value >= min)) {
      min = c.value;
      minInclusive = c.inclusive ?? true;
    }
    if (c.check === 'less_than' && c.value !== undefined && (max === null || c.value <= max)) {
      max = c.value;
      maxInclusive = c.inclusive ?? true;
    }
  }
  return { min, minInclusive, max, maxInclusive, integer, nullable };
}

/** Whether a value lies within limits. */
export function withinLimits(value: number, limits: NumberLimits): boolean {
  if (limits.integer && !Number.isInteger(value)) return false;
  if (limits.min !== null && (limits.minInclusive ? value < limits.min : value <= limits.min)) return false;
  if (limits.max !== null && (limits.maxInclusive ? value > limits.max : value >= limits.max)) return false;
  return true;
}
