import { describe, expect, it } from 'vitest';
import type { HallId, SubstationRecord } from '../../shared/model/index.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import { SITE_RECORD_TYPES, type SiteRecordType } from '../../renderer/editor/actions/site-record-starts.ts';
import { DocumentStore } from '../../renderer/editor/store.ts';
import type { Editor } from '../../renderer/editor/editor.ts';
import { createdIds, document, newEditor } from './fixtures.ts';

// Undo of a removal puts the record back where it was in its list (the Site panel shows the lists in store order),
// and redo takes it out again: the list reads the same before the removal and after its undo.

/** Three records of `type` in the open scenario, in the order they were added. */
function threeOf(ed: Editor, type: SiteRecordType): string[] {
  if (type !== 'hallConstruction') return [1, 2, 3].flatMap(() => createdIds(runAction(ed, `site.add.${type}`)));
  return [0, 1, 2].flatMap((i) => {
    const [hall] = createdIds(runAction(ed, 'hall.add', { origin: { x: i * 50, y: 0 }, widthM: 40, depthM: 30 }));
    return createdIds(runAction(ed, 'site.add.hallConstruction', { hallId: hall as HallId }));
  });
}

const idsOf = (ed: Editor, type: SiteRecordType) => ed.store.all(type).map((r) => r.id);

describe('undo of a site record removal', () => {
  for (const type of SITE_RECORD_TYPES) {
    it(`puts one ${type} removed from the middle of its list back in the middle, and redo removes it again`, () => {
      const ed = newEditor();
      const [first, middle, last] = threeOf(ed, type);
      expect(runAction(ed, 'site.remove', { id: middle! }).ok).toBe(true);
      expect(idsOf(ed, type)).toEqual([first, last]);
      runAction(ed, 'history.undo');
      expect(idsOf(ed, type)).toEqual([first, middle, last]);
      runAction(ed, 'history.redo');
      expect(idsOf(ed, type)).toEqual([first, last]);
      runAction(ed, 'history.undo');
      expect(idsOf(ed, type)).toEqual([first, middle, last]);
    });
  }

  it('puts back two removals undone one after the other, in the document and among the site\'s children', () => {
    const ed = newEditor();
    const ids = [1, 2, 3, 4, 5].flatMap(() => createdIds(runAction(ed, 'site.add.approval')));
    runAction(ed, 'site.remove', { id: ids[1]! });
    runAction(ed, 'site.remove', { id: ids[3]! });
    runAction(ed, 'history.undo');
    expect(idsOf(ed, 'approval')).toEqual([ids[0], ids[2], ids[3], ids[4]]);
    runAction(ed, 'history.undo');
    expect(idsOf(ed, 'approval')).toEqual(ids);
    expect(ed.store.toDocument().approvals?.map((r) => r.id)).toEqual(ids);
    expect(ed.store.childrenOf(document.site.id, 'approval').map((r) => r.id)).toEqual(ids);
  });
});

describe('a transaction that fails after a removal', () => {
  it('rolls the record back into its place', () => {
    const substation = (id: string): SubstationRecord => ({
      type: 'substation', id: id as SubstationRecord['id'], siteId: document.site.id, name: id, hvKv: 138, mvKv: 13.8,
      transformerCount: 1, transformerMva: 60, redundancy: 'N', ageYears: 0, condition: 'good',
    });
    const store = new DocumentStore({ ...document, substations: ['sub-a', 'sub-b', 'sub-c'].map(substation) });
    expect(() =>
      store.transact((tx) => {
        tx.remove('sub-b');
        throw new Error('refused half way');
      }),
    ).toThrow('refused half way');
    expect(store.all('substation').map((r) => r.id)).toEqual(['sub-a', 'sub-b', 'sub-c']);
  });
});
