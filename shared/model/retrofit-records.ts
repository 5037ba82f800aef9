import { z } from 'zod';
import { IsoDate } from './iso-date.ts';
import { InterconnectId, SiteId, SubstationId } from './ids.ts';
import { Redundancy } from './redundancy.ts';

// What a retrofit needs to know about an asset and the site as built. Ratings carry their unit, since kW, kVA,
// kW thermal and L/min are the classic sources of silently wrong numbers (REFERENCE §4).

const finite = z.number().finite();
const positive = finite.positive();
const nonNegative = finite.nonnegative();
const name = z.string().trim().min(1, 'must not be empty').max(120);
const year = z.number().int().min(1900, 'must be a year from 1900 on').max(2200, 'must be a year before 2200');

/**
 * What becomes of an equipment record in its scenario: built new, kept as it is, kept with a retrofit (new rating,
 * retrofit cost), removed for a new unit in its place, or removed for good. Absent means `new`.
 */
export const EquipmentDisposition = z.enum(['new', 'existing', 'upgrade', 'replace', 'retire']);
export type EquipmentDisposition = z.infer<typeof EquipmentDisposition>;

export const AssetCondition = z.enum(['good', 'fair', 'poor', 'failed']);
export type AssetCondition = z.infer<typeof AssetCondition>;

/** The kinds of plant an existing asset can be entered as by its nameplate (a subset of the catalog's kinds). */
export const NameplateKind = z.enum(['transformer', 'ups', 'generator', 'switchgear', 'cdu', 'crah', 'heat-rejection', 'busway', 'pdu']);
export type NameplateKind = z.infer<typeof NameplateKind>;

export const RatingUnit = z.enum(['kW', 'kVA', 'kWt', 'L/min']);
export type RatingUnit = z.infer<typeof RatingUnit>;

export const Rating = z
  .object({
    value: positive.max(10_000_000),
    unit: RatingUnit,
    /** The conditions the rating holds at, in words (e.g. "ONAN, 40 °C ambient", "35 °C supply, 10 K ΔT"). */
    conditions: z.string().max(200),
  })
  .readonly();
export type Rating = z.infer<typeof Rating>;

/** An existing asset that is not a catalog item, entered as its nameplate reads. */
export const Nameplate = z
  .object({
    kind: NameplateKind,
    rating: Rating,
    /** Second rating where the plant has one (a CDU's flow beside its heat duty). */
    flowLpm: positive.max(1_000_000).nullable(),
    /** Primary voltage, kV (transformers) or supply voltage (the rest). */
    voltageKv: positive.max(1_000).nullable(),
    /** Facility-water supply temperature the plant was designed for, °C (cooling plant only). */
    supplyC: finite.min(0).max(80).nullable(),
    /** Cords or paths: 1 = single-corded (an N path only), 2 = dual-corded. */
    paths: z.number().int().min(1).max(2),
    year: year.nullable(),
    condition: AssetCondition,
  })
  .readonly();
export type Nameplate = z.infer<typeof Nameplate>;

/** The retrofit that keeps an asset: what it costs and what it is rated at afterwards. */
export const Upgrade = z
  .object({
    retrofitCostUsd: nonNegative.max(1e10),
    rating: Rating,
    /** Weeks from order to the retrofit being done; null = unknown. */
    leadTimeWeeks: nonNegative.max(520).nullable(),
    description: z.string().max(200),
  })
  .readonly();
export type Upgrade = z.infer<typeof Upgrade>;

/** The site's substation as built: shared by every scenario (the phases and the mining that keeps running). */
export const SubstationRecord = z
  .object({
    type: z.literal('substation'),
    id: SubstationId,
    siteId: SiteId,
    name,
    hvKv: positive.max(1_000),
    mvKv: positive.max(100),
    transformerCount: z.number().int().min(1).max(50),
    /** Rating of each main transformer, MVA. */
    transformerMva: positive.max(2_000),
    /** N: every transformer carries load; N+1: one spare; 2N: two full sides on separate paths. */
    redundancy: Redundancy,
    ageYears: nonNegative.max(150),
    condition: AssetCondition,
  })
  .readonly();
export type SubstationRecord = z.infer<typeof SubstationRecord>;

export const InterconnectStatus = z.enum(['energised', 'queued']);
export type InterconnectStatus = z.infer<typeof InterconnectStatus>;

/** A firm grid interconnect: energised, or in the utility's queue with an expected date. */
export const InterconnectRecord = z
  .object({
    type: z.literal('interconnect'),
    id: InterconnectId,
    siteId: SiteId,
    name,
    firmMw: positive.max(10_000),
    voltageKv: positive.max(1_000),
    status: InterconnectStatus,
    /** Energised on, or expected to be (queued), as an ISO date YYYY-MM-DD; null = not known. */
    date: IsoDate.nullable(),
  })
  .readonly();
export type InterconnectRecord = z.infer<typeof InterconnectRecord>;
