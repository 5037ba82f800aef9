import { describe, expect, it } from 'vitest';
import { checkDocumentIntegrity } from '../../shared/model/integrity.ts';
import type { EquipmentId, HallId, PowerFeedId, ProjectDocument, RackId, ScenarioId } from '../../shared/model/index.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';

const doc = sampleDocument();

function broken(change: (d: ProjectDocument) => Partial<ProjectDocument>): Array<[string, string]> {
  return checkDocumentIntegrity({ ...doc, ...change(doc) }).map((i) => [i.path, i.message]);
}

describe('checkDocumentIntegrity', () => {
  it('accepts a sound document', () => {
    expect(checkDocumentIntegrity(doc)).toEqual([]);
  });

  it('names each broken reference with its path', () => {
    const [hall] = doc.halls;
    const [row0, row1] = doc.rows;
    const [rack0, rack1] = doc.racks;
    const [loop] = doc.coolingLoops;
    const [cdu] = doc.equipment;
    expect(broken(() => ({ halls: [{ ...hall!, scenarioId: 'scn-9' as ScenarioId }] }))).toEqual([
      ['halls.0.scenarioId', 'scenario scn-9 does not exist'],
    ]);
    expect(broken(() => ({ rows: [{ ...row0!, coolingLoopId: null, feedAId: 'f-x' as PowerFeedId, feedBId: null, hallId: 'h-x' as HallId }, row1!] }))).toEqual([
      ['rows.0.hallId', 'hall h-x does not exist'],
      ['rows.0.feedAId', 'power feed f-x does not exist'],
    ]);
    expect(broken(() => ({ racks: [{ ...rack0!, slot: 10 }, { ...rack1!, slot: rack0!.slot }, { ...rack0!, id: 'r-dup' as RackId, slot: 0 }] }))).toEqual([
      ['racks.0.slot', "slot 10 is beyond row row-0's 10 slots"],
      ['racks.2.slot', 'slot 0 of row row-0 is already taken by rack rack-0-1'],
    ]);
    expect(broken(() => ({ racks: [rack0!, rack0!] }))).toEqual([
      ['racks.1.id', 'id rack-0-0 is used twice'],
      ['racks.1.slot', 'slot 0 of row row-0 is already taken by rack rack-0-0'],
    ]);
    expect(broken(() => ({ coolingLoops: [{ ...loop!, cduIds: [cdu!.id, 'eq-x' as EquipmentId] }] }))).toEqual([
      ['coolingLoops.0.cduIds.1', 'equipment eq-x does not exist'],
    ]);
    expect(broken(() => ({ equipment: [{ ...cdu!, hallId: 'h-y' as HallId }, doc.equipment[1]!] }))).toEqual([
      ['equipment.0.hallId', 'hall h-y does not exist'],
    ]);
  });
});
