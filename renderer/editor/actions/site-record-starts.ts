import type {
  ApprovalId,
  ApprovalKind,
  DocRecord,
  FibreRouteId,
  HallConstructionId,
  HallRecord,
  InterconnectId,
  LabourId,
  LandParcelId,
  RecordOfType,
  RecordSource,
  SiteRecord,
  SubstationId,
  WaterSupplyId,
} from '../../../shared/model/index.ts';
import { RECORD_LABELS } from '../../../shared/model/index.ts';
import { newId } from '../ids.ts';

// What a site-as-built record starts as when the engineer adds one. A record starts from the project's own figures
// where the site has them (its utility voltage, interconnect MW and substation MVA); everything else starts at the
// value that earns no credit (no dark pairs, no water rights, no room to expand, nothing applied for, labour scarce,
// a construction that carries nothing: the same bill and scorecard as no record), so nothing counts as ready until
// the survey's figures are entered.

/** The record types of the site as built, in the order the Site panel shows them. */
export const SITE_RECORD_TYPES = ['substation', 'interconnect', 'hallConstruction', 'waterSupply', 'fibreRoute', 'landParcel', 'approval', 'labour'] as const;
export type SiteRecordType = (typeof SITE_RECORD_TYPES)[number];

export function isSiteRecord(record: DocRecord): record is RecordOfType<SiteRecordType> {
  return (SITE_RECORD_TYPES as readonly string[]).includes(record.type);
}

/**
 * A record as messages name it: by its name when that already says what it is (`Fibre route 3`, `Zoning approval`),
 * else with its kind in front (`approval Heavy industrial zoning`), so that no message reads `fibre route Fibre route 3`.
 */
export function siteRecordPhrase(record: RecordOfType<SiteRecordType>): string {
  const kind = RECORD_LABELS[record.type];
  // The kind's first word is enough: `Labour market 2` is not a `labour record Labour market 2`.
  return record.name.toLowerCase().includes(kind.split(' ')[0]!) ? record.name : `${kind} ${record.name}`;
}

/** The same at the start of a sentence. */
export const siteRecordSentence = (record: RecordOfType<SiteRecordType>): string => {
  const phrase = siteRecordPhrase(record);
  return phrase[0]!.toUpperCase() + phrase.slice(1);
};

/** A new record and, for the status line, what its figures were taken from. */
export interface SiteRecordStart {
  readonly record: RecordOfType<SiteRecordType>;
  readonly basis: string;
}

/**
 * The next name of a series: `Fibre route 3` beside two routes however they are named, or beside `Fibre route 2`
 * (one past both the count and the highest number the series already uses).
 */
export function nextSiteName(prefix: string, names: readonly string[]): string {
  let highest = names.length;
  for (const name of names) {
    const match = name.startsWith(`${prefix} `) ? /^\d+$/.exec(name.slice(prefix.length + 1)) : null;
    if (match) highest = Math.max(highest, Number(match[0]));
  }
  return highest === 0 ? prefix : `${prefix} ${highest + 1}`;
}

/** A name not yet used among `names`: `name`, else `name 2`, `name 3`, … */
function unusedName(name: string, names: readonly string[]): string {
  if (!names.includes(name)) return name;
  for (let n = 2; ; n++) if (!names.includes(`${name} ${n}`)) return `${name} ${n}`;
}

const NEEDED_APPROVALS: readonly ApprovalKind[] = ['zoning', 'power', 'environmental'];
const ALL_APPROVALS: readonly ApprovalKind[] = [...NEEDED_APPROVALS, 'building', 'water'];

/** The approval a conversion needs that has no record yet, then any other kind without one, else a building permit. */
function approvalKind(held: readonly ApprovalKind[]): ApprovalKind {
  return ALL_APPROVALS.find((k) => !held.includes(k)) ?? 'building';
}

/** The largest main transformer a substation record takes, MVA (its schema's limit). */
const MAX_TRANSFORMER_MVA = 2_000;

/**
 * The site's substation MVA as a bank of equal transformers no larger than a record takes; a site without a
 * substation figure (0: none yet) starts from its interconnect's MW at unity power factor.
 */
function transformerBank(site: SiteRecord): { count: number; eachMva: number; text: string } {
  const fromSite = site.substationMva > 0;
  const mva = fromSite ? site.substationMva : site.interconnectMw;
  const count = Math.ceil(mva / MAX_TRANSFORMER_MVA);
  const eachMva = Math.round((mva / count) * 10) / 10;
  const source = fromSite ? `${mva} MVA from the site's figures` : `${mva} MVA from the site's ${mva} MW interconnect at unity power factor (the site gives no substation MVA)`;
  return { count, eachMva, text: count === 1 ? source : `${source} as ${count} transformers of ${eachMva} MVA` };
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** The starting record of a site-level type (everything but a hall's construction, which `hallConstructionStart` makes). */
export function siteRecordStart(type: Exclude<SiteRecordType, 'hallConstruction'>, source: RecordSource, site: SiteRecord): SiteRecordStart {
  const names = (t: SiteRecordType) => source.all(t).map((r) => r.name);
  const siteId = site.id;
  switch (type) {
    case 'substation': {
      const bank = transformerBank(site);
      return {
        record: {
          type, id: newId<SubstationId>('substation'), siteId, name: nextSiteName('Substation', names(type)),
          hvKv: site.utilityVoltageKv, mvKv: 34.5, transformerCount: bank.count, transformerMva: bank.eachMva, redundancy: 'N',
          // IEEE C57.91's normal insulation life (180,000 h ≈ 20 years): an unsurveyed substation is not taken as young.
          ageYears: 20, condition: 'fair',
        },
        basis: `HV ${site.utilityVoltageKv} kV and ${bank.text}; 34.5 kV MV, N redundancy, 20 years and fair condition assumed`,
      };
    }
    case 'interconnect':
      return {
        record: { type, id: newId<InterconnectId>('interconnect'), siteId, name: nextSiteName('Interconnect', names(type)), firmMw: site.interconnectMw, voltageKv: site.utilityVoltageKv, status: 'queued', date: null },
        basis: `${site.interconnectMw} MW at ${site.utilityVoltageKv} kV from the site's figures, queued with no date until it is confirmed energised`,
      };
    case 'waterSupply':
      return {
        record: { type, id: newId<WaterSupplyId>('waterSupply'), siteId, name: nextSiteName('Water supply', names(type)), source: 'none', rightsM3PerDay: 0, heatRejection: 'none' },
        basis: 'no source, water rights or heat rejection counted until surveyed',
      };
    case 'fibreRoute':
      return {
        record: {
          type, id: newId<FibreRouteId>('fibreRoute'), siteId, name: nextSiteName('Fibre route', names(type)), carrierHotel: 'unsurveyed carrier hotel', darkPairs: 0,
          // 10 km assumed; light in fibre covers about 1 km per 5 µs (n ≈ 1.47), so 10 km there and back is 0.1 ms.
          routeKm: 10, roundTripMs: 0.1,
        },
        basis: 'no dark pairs counted until surveyed; a 10 km route and its 0.1 ms round trip assumed',
      };
    case 'landParcel':
      return {
        record: { type, id: newId<LandParcelId>('landParcel'), siteId, name: nextSiteName('Land parcel', names(type)), areaHa: 1, expandableHa: 0, tenure: 'option' },
        basis: '1 ha under option with no room to expand, assumed until surveyed',
      };
    case 'approval': {
      const kind = approvalKind(source.all('approval').map((a) => a.kind));
      return {
        record: { type, id: newId<ApprovalId>('approval'), siteId, name: unusedName(`${capital(kind)} approval`, names(type)), kind, status: 'not-applied', date: null },
        basis: `kind ${kind}, not applied for until its status is entered`,
      };
    }
    case 'labour':
      return {
        record: { type, id: newId<LabourId>('labour'), siteId, name: nextSiteName('Labour market', names(type)), availability: 'scarce', skilledTrades: 0, siteStaff: 0 },
        basis: 'scarce, no trades or site staff counted until surveyed',
      };
  }
}

/** A hall's construction record, named after its hall, that carries nothing and is permitted for nothing yet. */
export function hallConstructionStart(hall: HallRecord): SiteRecordStart {
  const record: RecordOfType<'hallConstruction'> = {
    type: 'hallConstruction', id: newId<HallConstructionId>('hallConstruction'), hallId: hall.id, name: hall.name,
    roofLoadKgPerM2: 0, envelope: 'uninsulated-metal', fireRatingHours: 0, occupancy: 'U', yearBuilt: null,
  };
  return { record, basis: `no roof load, no fire rating, an uninsulated envelope and group U occupancy until surveyed: ${hall.name} is billed as if it had no record` };
}
