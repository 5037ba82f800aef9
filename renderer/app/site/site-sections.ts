import {
  ApprovalKind,
  ApprovalStatus,
  AssetCondition,
  FireOccupancy,
  HallEnvelope,
  HeatRejectionMethod,
  InterconnectStatus,
  LabourAvailability,
  LandTenure,
  WaterSource,
} from '../../../shared/model/index.ts';
import { OPTIONS } from '../schema-options.ts';
import { choice, num, text, type SiteSection } from './record-fields.ts';

/** The site as built, record type by record type, with the fields an engineer surveys. */
export const SITE_SECTIONS: readonly SiteSection[] = [
  {
    type: 'substation',
    title: 'Substation',
    fields: [
      text('name', 'Name'),
      num('hvKv', 'HV voltage', 'kV'),
      num('mvKv', 'MV voltage', 'kV'),
      num('transformerCount', 'Transformers', 'count'),
      num('transformerMva', 'Each rated', 'MVA'),
      { kind: 'select', field: 'redundancy', label: 'Redundancy', options: OPTIONS.powerRedundancy },
      num('ageYears', 'Age', 'years'),
      choice('condition', 'Condition', AssetCondition.options),
    ],
  },
  {
    type: 'interconnect',
    title: 'Interconnect',
    fields: [text('name', 'Name'), num('firmMw', 'Firm capacity', 'MW'), num('voltageKv', 'Voltage', 'kV'), choice('status', 'Status', InterconnectStatus.options), text('date', 'Date')],
  },
  {
    type: 'hallConstruction',
    title: 'Hall construction (open scenario)',
    inOpenScenario: true,
    fields: [
      text('name', 'Name'),
      num('roofLoadKgPerM2', 'Roof load', 'kg/m²'),
      choice('envelope', 'Envelope', HallEnvelope.options),
      num('fireRatingHours', 'Fire rating', 'h'),
      choice('occupancy', 'Occupancy', FireOccupancy.options),
      num('yearBuilt', 'Built', 'count', true),
    ],
  },
  {
    type: 'waterSupply',
    title: 'Water and heat rejection',
    fields: [text('name', 'Name'), choice('source', 'Source', WaterSource.options), num('rightsM3PerDay', 'Water rights', 'm³/day'), choice('heatRejection', 'Heat rejection', HeatRejectionMethod.options)],
  },
  {
    type: 'fibreRoute',
    title: 'Fibre',
    fields: [text('name', 'Name'), text('carrierHotel', 'Carrier hotel'), num('darkPairs', 'Dark pairs', 'count'), num('routeKm', 'Route', 'km'), num('roundTripMs', 'Round trip', 'ms')],
  },
  {
    type: 'landParcel',
    title: 'Land',
    fields: [text('name', 'Name'), num('areaHa', 'Area', 'ha'), num('expandableHa', 'Room to expand', 'ha'), choice('tenure', 'Tenure', LandTenure.options)],
  },
  {
    type: 'approval',
    title: 'Approvals',
    fields: [text('name', 'Name'), choice('kind', 'Kind', ApprovalKind.options), choice('status', 'Status', ApprovalStatus.options), text('date', 'Date')],
  },
  {
    type: 'labour',
    title: 'Labour',
    fields: [text('name', 'Name'), choice('availability', 'Availability', LabourAvailability.options), num('skilledTrades', 'Skilled trades', 'count'), num('siteStaff', 'Site staff', 'count')],
  },
];
