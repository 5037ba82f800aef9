import { describe, expect, it } from 'vitest';
import { SessionMemory, type CameraView, type KeyValueStorage } from '../../renderer/editor/session-memory.ts';
import type { ScenarioId } from '../../shared/model/index.ts';

class MapStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const PLAN: CameraView = { projection: 'plan', position: [10, 500, 20.01], target: [10, 0, 20], zoom: 2.5, planHalfHeight: 80 };
const ORBIT: CameraView = { projection: 'perspective', position: [60, 60, 90], target: [0, 0, 0], zoom: 1, planHalfHeight: 50 };

describe('session memory (the view a reload brings back)', () => {
  it('keeps the open scenario, colour mode, unit and each scenario camera per project file, across instances', () => {
    const storage = new MapStorage();
    const first = new SessionMemory(storage, '/projects/a.powerhall');
    first.remember({ scenarioId: 'sc-2' as ScenarioId, colorMode: 'loop', lengthUnit: 'ft' });
    first.rememberCamera('sc-1', ORBIT);
    first.rememberCamera('sc-2', PLAN);
    const again = new SessionMemory(storage, '/projects/a.powerhall');
    expect(again.remembered).toMatchObject({ scenarioId: 'sc-2', colorMode: 'loop', lengthUnit: 'ft' });
    expect(again.camera('sc-2')).toEqual(PLAN);
    expect(again.camera('sc-1')).toEqual(ORBIT);
    expect(again.camera('sc-3')).toBeNull();
    // Another project has a memory of its own.
    expect(new SessionMemory(storage, '/projects/b.powerhall').remembered).toEqual({ cameras: {} });
  });

  it('reads damaged or foreign data as nothing remembered, and forgets the cameras of removed scenarios', () => {
    const storage = new MapStorage();
    storage.setItem('powerhall.view:/p.powerhall', '{not json');
    expect(new SessionMemory(storage, '/p.powerhall').remembered).toEqual({ cameras: {} });
    storage.setItem('powerhall.view:/p.powerhall', JSON.stringify({ cameras: { 'sc-1': { ...PLAN, zoom: -1 } } }));
    expect(new SessionMemory(storage, '/p.powerhall').camera('sc-1')).toBeNull();
    const memory = new SessionMemory(new MapStorage(), '/p.powerhall');
    memory.rememberCamera('sc-1', PLAN);
    memory.rememberCamera('sc-gone', ORBIT);
    memory.keepOnly(['sc-1']);
    expect(memory.camera('sc-gone')).toBeNull();
    expect(memory.camera('sc-1')).toEqual(PLAN);
  });

  it('goes on without remembering when the storage refuses to write (full, or off in a private window)', () => {
    const refusing: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const memory = new SessionMemory(refusing, '/p.powerhall');
    expect(() => memory.rememberCamera('sc-1', PLAN)).not.toThrow();
    expect(memory.camera('sc-1')).toEqual(PLAN);
  });
});
