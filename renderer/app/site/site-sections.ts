import { AssetCondition, InterconnectStatus } from '../../../shared/model/index.ts';
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
];
