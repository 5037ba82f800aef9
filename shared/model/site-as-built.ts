import { z } from 'zod';
import { ApprovalId, FibreRouteId, LabourId, LandParcelId, SiteId, WaterSupplyId } from './ids.ts';
import { IsoDate } from './iso-date.ts';

// The site as built beyond its power (substations and interconnects): water and heat rejection, fibre, land,
// approvals held and the local labour. Each hangs under the site, so every scenario shares it and no scenario copy
// copies it. The readiness scorecard of a retrofit is scored from these records.

const finite = z.number().finite();
const nonNegative = finite.nonnegative();
const positive = finite.positive();
const name = z.string().trim().min(1, 'must not be empty').max(120);

export const WaterSource = z.enum(['municipal', 'groundwater', 'surface', 'recycled', 'none']);
export type WaterSource = z.infer<typeof WaterSource>;

/** How the site rejects its heat today. */
export const HeatRejectionMethod = z.enum(['cooling-towers', 'dry-coolers', 'hybrid', 'immersion-dry-coolers', 'none']);
export type HeatRejectionMethod = z.infer<typeof HeatRejectionMethod>;

export const WaterSupplyRecord = z
  .object({
    type: z.literal('waterSupply'),
    id: WaterSupplyId,
    siteId: SiteId,
    name,
    source: WaterSource,
    /** Water the site holds the right to draw, m³ per day (0 with no rights). */
    rightsM3PerDay: nonNegative.max(1_000_000),
    heatRejection: HeatRejectionMethod,
  })
  .readonly();
export type WaterSupplyRecord = z.infer<typeof WaterSupplyRecord>;

export const FibreRouteRecord = z
  .object({
    type: z.literal('fibreRoute'),
    id: FibreRouteId,
    siteId: SiteId,
    name,
    /** The carrier hotel (or internet exchange) the route reaches. */
    carrierHotel: z.string().trim().min(1, 'must not be empty').max(120),
    /** Unlit fibre pairs available to the project on this route. */
    darkPairs: z.number().int().min(0).max(10_000),
    routeKm: positive.max(10_000),
    /** Measured or quoted round trip to the carrier hotel, ms. */
    roundTripMs: positive.max(1_000),
  })
  .readonly();
export type FibreRouteRecord = z.infer<typeof FibreRouteRecord>;

export const LandTenure = z.enum(['owned', 'leased', 'option']);
export type LandTenure = z.infer<typeof LandTenure>;

export const LandParcelRecord = z
  .object({
    type: z.literal('landParcel'),
    id: LandParcelId,
    siteId: SiteId,
    name,
    areaHa: positive.max(100_000),
    /** Buildable land not yet built on, ha: the room the site has to expand. */
    expandableHa: nonNegative.max(100_000),
    tenure: LandTenure,
  })
  .readonly();
export type LandParcelRecord = z.infer<typeof LandParcelRecord>;

export const ApprovalKind = z.enum(['zoning', 'power', 'environmental', 'building', 'water']);
export type ApprovalKind = z.infer<typeof ApprovalKind>;

export const ApprovalStatus = z.enum(['held', 'applied', 'not-applied']);
export type ApprovalStatus = z.infer<typeof ApprovalStatus>;

export const ApprovalRecord = z
  .object({
    type: z.literal('approval'),
    id: ApprovalId,
    siteId: SiteId,
    name,
    kind: ApprovalKind,
    status: ApprovalStatus,
    /** Granted on (held) or expected (applied), YYYY-MM-DD; null = not known. */
    date: IsoDate.nullable(),
  })
  .readonly();
export type ApprovalRecord = z.infer<typeof ApprovalRecord>;

/** How easily the trades the build needs can be hired locally. */
export const LabourAvailability = z.enum(['ample', 'adequate', 'tight', 'scarce']);
export type LabourAvailability = z.infer<typeof LabourAvailability>;

export const LabourRecord = z
  .object({
    type: z.literal('labour'),
    id: LabourId,
    siteId: SiteId,
    name,
    availability: LabourAvailability,
    /** Licensed electricians and pipefitters within commuting distance, by the survey. */
    skilledTrades: z.number().int().min(0).max(1_000_000),
    /** The site's own operations staff who stay on (mining technicians, electricians). */
    siteStaff: z.number().int().min(0).max(100_000),
  })
  .readonly();
export type LabourRecord = z.infer<typeof LabourRecord>;
