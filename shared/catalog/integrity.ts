import type { Catalog, EquipmentItem, EquipmentKind, RackProfile } from './schema.ts';

/** The factors the sizing rules read; a catalog without one of them cannot size anything. */
export const REQUIRED_FACTORS = [
  'power-factor',
  'air-ceiling-kw',
  'containment-threshold-kw',
  'water-cp',
  'water-density',
  'pg25-cp-ratio',
  'cdu-approach-k',
  'dry-cooler-approach-k',
  'tower-approach-k',
  'pue-liquid-dry-cooler',
  'pue-liquid-tower',
  'pue-air-economiser',
  'pue-chiller',
  'wue-l-per-kwh',
  'lv-volts',
  'continuous-loading',
  'pipe-velocity-m-s',
  'node-leaf-m',
  'leaf-spine-m',
  'spine-core-m',
  'cable-slack-m',
  'wan-route-km',
  'wan-routes',
  'wan-pairs-per-route',
  'block-racks-per-row',
  'block-aisle-m',
  'block-design-dry-bulb-c',
  'block-design-wet-bulb-c',
  'block-liquid-supply-c',
  'block-liquid-delta-t-k',
  'block-utility-kv',
  'installation-factor',
  'share-critical',
  'share-shell',
  'share-site',
  'share-white-space',
  'share-back-of-house',
  'share-office',
  'soft-cost-factor',
  'contingency-factor',
  'front-clearance-m',
  'rear-clearance-m',
  'storage-gbps-per-gpu',
  'enterprise-storage-port-gbps',
  'build-usd-per-mw',
  'gross-area-m2-per-mw',
  'shell-usd-per-m2',
  'overhead-services-kg-per-m2',
  'overhead-attachment-usd-per-m2',
  'overhead-grid-usd-per-m2',
  'slab-strengthening-usd-per-m2',
  'envelope-upgrade-usd-per-m2',
  'occupancy-change-usd-per-m2',
  'data-hall-fire-rating-hours',
  'fire-rating-upgrade-usd-per-m2',
  'fire-usd-per-m2',
  'security-usd-per-m2',
  'controls-usd-per-mw',
  'leak-detection-usd-per-m',
  'commissioning-factor',
  'chw-supply-c',
  'chw-delta-t-k',
  'air-coil-approach-k',
  'air-inlet-max-c',
  'chiller-cop-full',
  'chiller-cop-iplv',
  'ups-runtime-min',
  'fuel-autonomy-h',
  'diesel-l-per-kwh',
  'mv-route-m',
  'gpu-transient-factor',
  'generator-step-fraction',
  'granularity-utilisation',
  'ups-overload-ratio',
  'fw-main-route-m',
  'water-latent-kj-per-kg',
  'tower-cycles',
  'climate-dry-bulb-sd-k',
  'design-dry-bulb-exceedance',
  'dc-rack-threshold-kw',
  'cdu-pump-kw-per-kwt',
  'lv-feeder-route-m',
  'ups-efficiency',
  'crah-fan-kw-per-kwt',
] as const;
export type FactorId = (typeof REQUIRED_FACTORS)[number];

/** Which part of the catalog a problem is in: the data file of that name under resources/catalog. */
export type CatalogPart = 'sources' | 'rack-profiles' | 'equipment' | 'factors';

export interface CatalogProblem {
  part: CatalogPart;
  path: string;
  message: string;
}

/** Capacity fields each kind of equipment must state, so the rules never meet a missing rating. */
const REQUIRED_BY_KIND: Partial<Record<EquipmentKind, readonly (keyof EquipmentItem)[]>> = {
  cdu: ['capacityKw', 'flowLpm'],
  pump: ['flowLpm'],
  paralleling: ['ports'],
  pipe: ['dnMm'],
  rectifier: ['capacityKw', 'volts'],
  'dc-busway': ['amps', 'volts'],
  'dc-sidecar': ['capacityKw', 'volts'],
  rdhx: ['capacityKw'],
  crah: ['capacityKw'],
  'heat-rejection': ['capacityKw', 'heatRejection'],
  ups: ['capacityKw', 'capacityKva'],
  generator: ['capacityKw'],
  transformer: ['capacityKva'],
  'hv-transformer': ['capacityKva', 'volts'],
  'hv-bay': ['volts'],
  busway: ['amps', 'volts'],
  pdu: ['amps', 'volts'],
  switch: ['ports', 'portGbps', 'fabric'],
  cable: ['reachM'],
  transceiver: ['reachM'],
};

/** Field names covered by a `sources` map, whose keys may list several fields separated by commas. */
function coveredFields(sources: Record<string, string>): Map<string, string> {
  const covered = new Map<string, string>();
  for (const [key, sourceId] of Object.entries(sources)) {
    for (const field of key.split(',')) covered.set(field.trim(), sourceId);
  }
  return covered;
}

/** The source id of each numeric figure of a record, keyed by field name. */
export function figureSources(record: { sources: Record<string, string> }): Map<string, string> {
  return coveredFields(record.sources);
}

function checkFigures(
  part: CatalogPart,
  index: number,
  record: Record<string, unknown> & { sources: Record<string, string> },
  sourceIds: ReadonlySet<string>,
  problems: CatalogProblem[],
  /** Where a nested record sits in its parent (`3.powerCapPresets.0.`); empty for a top-level record. */
  within = `${index}.`,
): void {
  const covered = coveredFields(record.sources);
  for (const [field, value] of Object.entries(record)) {
    if (typeof value !== 'number') continue;
    if (!covered.has(field)) {
      problems.push({ part, path: `${within}${field}`, message: `figure of '${String(record['id'])}' has no source` });
    }
  }
  for (const [field, sourceId] of covered) {
    if (!sourceIds.has(sourceId)) {
      problems.push({ part, path: `${within}sources.${field}`, message: `unknown source id '${sourceId}'` });
    }
  }
}

function checkUnique(part: CatalogPart, ids: readonly string[], problems: CatalogProblem[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) problems.push({ part, path: `${i}.id`, message: `duplicate id '${id}'` });
    seen.add(id);
  });
}

/**
 * A profile's power-capping presets: ids unique within it, each figure sourced, and each limit below the GPUs' maximum
 * (so a capped rack draws less than the profile's figure, and never nothing).
 */
function checkPresets(p: RackProfile, i: number, sourceIds: ReadonlySet<string>, problems: CatalogProblem[]): void {
  const presets = p.powerCapPresets ?? [];
  if (presets.length === 0) return;
  if (p.gpus === 0 || p.gpuMaxW === undefined) {
    problems.push({ part: 'rack-profiles', path: `${i}.gpuMaxW`, message: `'${p.id}' has power-capping presets, so it must have GPUs and state gpuMaxW` });
    return;
  }
  const seen = new Set<string>();
  presets.forEach((preset, j) => {
    const path = `${i}.powerCapPresets.${j}`;
    if (seen.has(preset.id)) problems.push({ part: 'rack-profiles', path: `${path}.id`, message: `duplicate preset id '${preset.id}' in '${p.id}'` });
    seen.add(preset.id);
    checkFigures('rack-profiles', i, preset, sourceIds, problems, `${path}.`);
    if (preset.gpuLimitW >= p.gpuMaxW!) {
      problems.push({ part: 'rack-profiles', path: `${path}.gpuLimitW`, message: `preset '${preset.id}' of '${p.id}' limits GPUs to ${preset.gpuLimitW} W, not below their ${p.gpuMaxW} W maximum` });
    }
    if (p.itKw - (p.gpus * (p.gpuMaxW! - preset.gpuLimitW)) / 1000 <= 0) {
      problems.push({ part: 'rack-profiles', path: `${path}.gpuLimitW`, message: `preset '${preset.id}' of '${p.id}' would leave the rack no IT load` });
    }
  });
}

/** Cross-record rules a schema cannot express: sources exist, references resolve, required figures are there. */
export function catalogProblems(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const sourceIds = new Set(catalog.sources.map((s) => s.id));
  checkUnique('sources', catalog.sources.map((s) => s.id), problems);
  checkUnique('rack-profiles', catalog.rackProfiles.map((p) => p.id), problems);
  checkUnique('equipment', catalog.equipment.map((e) => e.id), problems);
  checkUnique('factors', catalog.factors.map((f) => f.id), problems);

  const equipment = new Map(catalog.equipment.map((e) => [e.id, e]));
  catalog.rackProfiles.forEach((p, i) => {
    checkFigures('rack-profiles', i, p, sourceIds, problems);
    const fabric = p.referenceFabricSwitchId;
    if (fabric !== null && equipment.get(fabric)?.kind !== 'switch') {
      problems.push({ part: 'rack-profiles', path: `${i}.referenceFabricSwitchId`, message: `'${fabric}' is not a switch in the equipment catalog` });
    }
    checkPresets(p, i, sourceIds, problems);
    const inRack = p.inRackCoolingId;
    if (inRack !== null && equipment.get(inRack)?.kind !== 'in-rack-cooling') {
      problems.push({ part: 'rack-profiles', path: `${i}.inRackCoolingId`, message: `'${inRack}' is not in-rack cooling hardware in the equipment catalog` });
    }
  });
  catalog.equipment.forEach((e, i) => {
    checkFigures('equipment', i, e, sourceIds, problems);
    for (const field of REQUIRED_BY_KIND[e.kind] ?? []) {
      if (e[field] === undefined) {
        problems.push({ part: 'equipment', path: `${i}.${field}`, message: `${e.kind} '${e.id}' must state ${field}` });
      }
    }
    if ((e.uplinkPorts === undefined) !== (e.uplinkGbps === undefined)) {
      problems.push({ part: 'equipment', path: `${i}.uplinkGbps`, message: `switch '${e.id}' must state both uplinkPorts and uplinkGbps, or neither` });
    }
  });
  catalog.factors.forEach((f, i) => {
    if (!sourceIds.has(f.source)) problems.push({ part: 'factors', path: `${i}.source`, message: `unknown source id '${f.source}'` });
  });
  const factorIds = new Set(catalog.factors.map((f) => f.id));
  for (const id of REQUIRED_FACTORS) {
    if (!factorIds.has(id)) problems.push({ part: 'factors', path: '(root)', message: `required factor '${id}' is missing` });
  }
  return problems;
}
