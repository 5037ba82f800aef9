import { z } from 'zod';

// Ids are opaque strings; the brand keeps a hall id from being passed where a rack id is expected.
export const SiteId = z.string().min(1).max(64).brand<'SiteId'>();
export const ScenarioId = z.string().min(1).max(64).brand<'ScenarioId'>();
export const HallId = z.string().min(1).max(64).brand<'HallId'>();
export const RowId = z.string().min(1).max(64).brand<'RowId'>();
export const RackId = z.string().min(1).max(64).brand<'RackId'>();
export const EquipmentId = z.string().min(1).max(64).brand<'EquipmentId'>();
export const CoolingLoopId = z.string().min(1).max(64).brand<'CoolingLoopId'>();
export const PowerFeedId = z.string().min(1).max(64).brand<'PowerFeedId'>();
export const SubstationId = z.string().min(1).max(64).brand<'SubstationId'>();
export const InterconnectId = z.string().min(1).max(64).brand<'InterconnectId'>();
export const WaterSupplyId = z.string().min(1).max(64).brand<'WaterSupplyId'>();
export const FibreRouteId = z.string().min(1).max(64).brand<'FibreRouteId'>();
export const LandParcelId = z.string().min(1).max(64).brand<'LandParcelId'>();
export const ApprovalId = z.string().min(1).max(64).brand<'ApprovalId'>();
export const LabourId = z.string().min(1).max(64).brand<'LabourId'>();
export const HallConstructionId = z.string().min(1).max(64).brand<'HallConstructionId'>();
export const SavedViewId = z.string().min(1).max(64).brand<'SavedViewId'>();
export const UnderlayId = z.string().min(1).max(64).brand<'UnderlayId'>();
export const EconomicsId = z.string().min(1).max(64).brand<'EconomicsId'>();

export type SiteId = z.infer<typeof SiteId>;
export type ScenarioId = z.infer<typeof ScenarioId>;
export type HallId = z.infer<typeof HallId>;
export type RowId = z.infer<typeof RowId>;
export type RackId = z.infer<typeof RackId>;
export type EquipmentId = z.infer<typeof EquipmentId>;
export type CoolingLoopId = z.infer<typeof CoolingLoopId>;
export type PowerFeedId = z.infer<typeof PowerFeedId>;
export type SubstationId = z.infer<typeof SubstationId>;
export type InterconnectId = z.infer<typeof InterconnectId>;
export type WaterSupplyId = z.infer<typeof WaterSupplyId>;
export type FibreRouteId = z.infer<typeof FibreRouteId>;
export type LandParcelId = z.infer<typeof LandParcelId>;
export type ApprovalId = z.infer<typeof ApprovalId>;
export type LabourId = z.infer<typeof LabourId>;
export type HallConstructionId = z.infer<typeof HallConstructionId>;
export type SavedViewId = z.infer<typeof SavedViewId>;
export type UnderlayId = z.infer<typeof UnderlayId>;
export type EconomicsId = z.infer<typeof EconomicsId>;

export type RecordId = SiteId | ScenarioId | HallId | RowId | RackId | EquipmentId | CoolingLoopId | PowerFeedId | SubstationId | InterconnectId | WaterSupplyId | FibreRouteId | LandParcelId | ApprovalId | LabourId | HallConstructionId | SavedViewId | UnderlayId | EconomicsId;

/**
 * The one shape of a fresh record id, in the renderer and in main alike: the record type, then a random UUID.
 * The caller brings the UUID (Web Crypto in the renderer, node:crypto in main): shared code has no platform.
 */
export function recordId<T extends RecordId>(type: string, uuid: string): T {
  return `${type}-${uuid}` as T;
}
