import { describe, expect, it } from 'vitest';
import type { HallId } from '../../shared/model/index.ts';
import { runAction } from '../../renderer/editor/actions/index.ts';
import { createdIds, newEditor } from './fixtures.ts';

describe('a refused inspector edit says why in words, with the field label', () => {
  it('names the field and its limit, never a schema path or the schema library wording', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const hall = ed.store.get(hallId!, 'hall')!;
    expect(runAction(ed, 'record.update', { id: hallId, patch: { name: '  ' }, label: 'Name' })).toEqual({ ok: false, message: 'Name must not be empty' });
    expect(runAction(ed, 'record.update', { id: hallId, patch: { name: 'x'.repeat(121) }, label: 'Name' })).toEqual({ ok: false, message: 'Name has at most 120 characters' });
    expect(ed.session.state.status?.text).toBe('Edit: Name has at most 120 characters');
    // Without a label (an edit from elsewhere), the field's own name in words.
    expect(runAction(ed, 'record.update', { id: hallId, patch: { floorLoadKgPerM2: 0 } })).toEqual({ ok: false, message: 'Floor load kg per m2 must be more than 0' });
    expect(runAction(ed, 'record.update', { id: hallId, patch: { ceilingHeightM: 80 }, label: 'Ceiling' })).toEqual({ ok: false, message: 'Ceiling must be at most 50' });
    expect(ed.store.get(hallId as HallId, 'hall')).toBe(hall);
  });
});
