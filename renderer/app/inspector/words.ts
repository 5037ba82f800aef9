import type { DocRecord } from '../../../shared/model/index.ts';

export const ROTATIONS = [['0', '0°'], ['90', '90°'], ['180', '180°'], ['270', '270°']] as const;

/** How each record type is called in the inspector. */
export const TYPE_WORDS: Partial<Record<DocRecord['type'], string>> = {
  site: 'site',
  scenario: 'scenario',
  hall: 'hall',
  row: 'row',
  rack: 'rack',
  equipment: 'equipment item',
  coolingLoop: 'cooling loop',
  powerFeed: 'power feed',
  substation: 'substation',
  interconnect: 'interconnect',
};
