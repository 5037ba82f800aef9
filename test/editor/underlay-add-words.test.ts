import { describe, expect, it } from 'vitest';
import { runAction } from '../../renderer/editor/actions/index.ts';
import { UNDERLAY_MAX_BYTES, underlayTooLarge } from '../../shared/model/underlay-records.ts';
import { createdIds, newEditor } from './fixtures.ts';

// A drawing whose bytes, in base64, are one group of 4 characters longer than 2 MB of file: (2 MB / 3, rounded up) · 4 + 4.
describe('an underlay the store cannot hold is refused in words about the drawing, and nothing is put', () => {
  it('says the drawing is too large (not "Underlay The drawing ...") and adds no record', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    const before = ed.store.all('underlay').length;
    const data = 'A'.repeat(Math.ceil(UNDERLAY_MAX_BYTES / 3) * 4 + 4);
    const result = runAction(ed, 'underlay.add', { hallId: hallId!, name: 'plan, page 2', source: 'png', data, widthUnits: 4000, heightUnits: 2000 });
    expect(result).toEqual({ ok: false, message: underlayTooLarge() });
    expect(result.ok ? '' : result.message).toMatch(/^The drawing is larger than the 2 MB an underlay holds\./);
    expect(ed.store.all('underlay').length).toBe(before);
  });

  it('gives a fragment about the bytes the drawing as its subject', () => {
    const ed = newEditor();
    const [hallId] = createdIds(runAction(ed, 'hall.add', { origin: { x: 0, y: 0 }, widthM: 40, depthM: 30 }));
    expect(runAction(ed, 'underlay.add', { hallId: hallId!, name: 'plan', source: 'png', data: '!!!!', widthUnits: 10, heightUnits: 10 })).toEqual({ ok: false, message: 'The drawing must be the file in base64' });
  });
});
