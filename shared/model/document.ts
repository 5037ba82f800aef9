import { z } from 'zod';
import {
  CoolingLoopRecord,
  EquipmentRecord,
  HallRecord,
  PowerFeedRecord,
  RackRecord,
  RowRecord,
  ScenarioRecord,
  SiteRecord,
  type DocRecord,
} from './records.ts';
import { EconomicsRecord } from './economics-records.ts';
import { InterconnectRecord, SubstationRecord } from './retrofit-records.ts';
import { ApprovalRecord, FibreRouteRecord, LabourRecord, LandParcelRecord, WaterSupplyRecord } from './site-as-built.ts';
import { HallConstructionRecord } from './site-hall-construction.ts';
import { SavedViewRecord } from './saved-view-records.ts';
import { UnderlayRecord } from './underlay-records.ts';
import { assertNever } from './exhaustive.ts';

/**
 * A whole project as plain data: the shape of the JSON interchange format (version 2) and of what the
 * store loads. Records are grouped by type; references between them are by id.
 */
export const INTERCHANGE_FORMAT = 'powerhall-project';
export const INTERCHANGE_VERSION = 2;

export const ProjectDocument = z
  .object({
    format: z.literal(INTERCHANGE_FORMAT),
    version: z.literal(INTERCHANGE_VERSION),
    site: SiteRecord,
    scenarios: z.array(ScenarioRecord).min(1, 'a project needs at least one scenario').readonly(),
    halls: z.array(HallRecord).readonly(),
    rows: z.array(RowRecord).readonly(),
    racks: z.array(RackRecord).readonly(),
    equipment: z.array(EquipmentRecord).readonly(),
    coolingLoops: z.array(CoolingLoopRecord).readonly(),
    powerFeeds: z.array(PowerFeedRecord).readonly(),
    /** The site as built (version 2): absent in a document built before them, read as none. */
    substations: z.array(SubstationRecord).readonly().optional(),
    interconnects: z.array(InterconnectRecord).readonly().optional(),
    /** The rest of the site as built and each hall's construction: absent in a document built before them, read as none. */
    waterSupplies: z.array(WaterSupplyRecord).readonly().optional(),
    fibreRoutes: z.array(FibreRouteRecord).readonly().optional(),
    landParcels: z.array(LandParcelRecord).readonly().optional(),
    approvals: z.array(ApprovalRecord).readonly().optional(),
    labour: z.array(LabourRecord).readonly().optional(),
    hallConstructions: z.array(HallConstructionRecord).readonly().optional(),
    /** Camera views saved for presenting, in tour order: absent in a document built before them, read as none. */
    savedViews: z.array(SavedViewRecord).readonly().optional(),
    /** Drawings of existing buildings under halls: absent in a document built before them, read as none. */
    underlays: z.array(UnderlayRecord).readonly().optional(),
    /** Each scenario's economics inputs: absent in a document built before them, read as none (the sourced defaults). */
    economics: z.array(EconomicsRecord).readonly().optional(),
  })
  .readonly();
export type ProjectDocument = z.infer<typeof ProjectDocument>;

/** All records of a document, in a stable order (by type, then as listed). */
export function documentRecords(doc: ProjectDocument): DocRecord[] {
  return [
    doc.site,
    ...doc.scenarios,
    ...doc.halls,
    ...doc.rows,
    ...doc.racks,
    ...doc.equipment,
    ...doc.coolingLoops,
    ...doc.powerFeeds,
    ...(doc.substations ?? []),
    ...(doc.interconnects ?? []),
    ...(doc.waterSupplies ?? []),
    ...(doc.fibreRoutes ?? []),
    ...(doc.landParcels ?? []),
    ...(doc.approvals ?? []),
    ...(doc.labour ?? []),
    ...(doc.hallConstructions ?? []),
    ...(doc.savedViews ?? []),
    ...(doc.underlays ?? []),
    ...(doc.economics ?? []),
  ];
}

/** Builds a document from records of every type; the caller guarantees exactly one site. */
export function documentFromRecords(records: Iterable<DocRecord>): ProjectDocument {
  let site: SiteRecord | undefined;
  const scenarios: ScenarioRecord[] = [];
  const halls: HallRecord[] = [];
  const rows: RowRecord[] = [];
  const racks: RackRecord[] = [];
  const equipment: EquipmentRecord[] = [];
  const coolingLoops: CoolingLoopRecord[] = [];
  const powerFeeds: PowerFeedRecord[] = [];
  const substations: SubstationRecord[] = [];
  const interconnects: InterconnectRecord[] = [];
  const siteAsBuilt = { waterSupplies: [] as WaterSupplyRecord[], fibreRoutes: [] as FibreRouteRecord[], landParcels: [] as LandParcelRecord[], approvals: [] as ApprovalRecord[], labour: [] as LabourRecord[], hallConstructions: [] as HallConstructionRecord[], savedViews: [] as SavedViewRecord[], underlays: [] as UnderlayRecord[] };
  const economics: EconomicsRecord[] = [];
  for (const r of records) {
    switch (r.type) {
      case 'site':
        if (site) throw new Error('a project has exactly one site record');
        site = r;
        break;
      case 'scenario':
        scenarios.push(r);
        break;
      case 'hall':
        halls.push(r);
        break;
      case 'row':
        rows.push(r);
        break;
      case 'rack':
        racks.push(r);
        break;
      case 'equipment':
        equipment.push(r);
        break;
      case 'coolingLoop':
        coolingLoops.push(r);
        break;
      case 'powerFeed':
        powerFeeds.push(r);
        break;
      case 'substation':
        substations.push(r);
        break;
      case 'interconnect':
        interconnects.push(r);
        break;
      case 'waterSupply':
        siteAsBuilt.waterSupplies.push(r);
        break;
      case 'fibreRoute':
        siteAsBuilt.fibreRoutes.push(r);
        break;
      case 'landParcel':
        siteAsBuilt.landParcels.push(r);
        break;
      case 'approval':
        siteAsBuilt.approvals.push(r);
        break;
      case 'labour':
        siteAsBuilt.labour.push(r);
        break;
      case 'hallConstruction':
        siteAsBuilt.hallConstructions.push(r);
        break;
      case 'savedView':
        siteAsBuilt.savedViews.push(r);
        break;
      case 'underlay':
        siteAsBuilt.underlays.push(r);
        break;
      case 'economics':
        economics.push(r);
        break;
      default:
        assertNever(r, 'record type');
    }
  }
  if (!site) throw new Error('a project has exactly one site record; none found');
  scenarios.sort((a, b) => a.order - b.order);
  return {
    format: INTERCHANGE_FORMAT,
    version: INTERCHANGE_VERSION,
    site,
    scenarios,
    halls,
    rows,
    racks,
    equipment,
    coolingLoops,
    powerFeeds,
    substations,
    interconnects,
    // The lists added after version 2's first files are listed only when they hold records, so a file without them reads back as written.
    ...Object.fromEntries(Object.entries(siteAsBuilt).filter(([, list]) => list.length > 0)),
    // Listed only when there are some, so a project without economics inputs reads back as it was written.
    ...(economics.length > 0 ? { economics } : {}),
  };
}
