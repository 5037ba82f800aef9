import { describe, expect, it } from 'vitest';
import { SessionMemory, sessionMemoryOf, type CameraView, type KeyValueStorage } from '../../renderer/editor/session-memory.ts';

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

describe("the side panel's layout is session state of the project", () => {
  it('comes back for the same project file and not for another', () => {
    const storage = new MapStorage();
    sessionMemoryOf(storage, '/p/a.powerhall').remember({ panel: { sideWidth: 420, sideCollapsed: true, outlineOpen: false } });
    expect(new SessionMemory(storage, '/p/a.powerhall').remembered.panel).toEqual({ sideWidth: 420, sideCollapsed: true, outlineOpen: false });
    expect(new SessionMemory(storage, '/p/b.powerhall').remembered.panel).toBeUndefined();
  });

  it('one memory per project is shared, so the camera and the panel never overwrite each other', () => {
    const storage = new MapStorage();
    const cameras = sessionMemoryOf(storage, '/p/a.powerhall');
    const panel = sessionMemoryOf(storage, '/p/a.powerhall');
    expect(panel).toBe(cameras);
    cameras.rememberCamera('sc-1', PLAN);
    panel.remember({ panel: { sideWidth: 500, sideCollapsed: false, outlineOpen: true } });
    const read = new SessionMemory(storage, '/p/a.powerhall');
    expect(read.camera('sc-1')).toEqual(PLAN);
    expect(read.remembered.panel?.sideWidth).toBe(500);
  });

  it('a stored layout that is not a layout reads as none', () => {
    const storage = new MapStorage();
    storage.setItem('powerhall.view:/p/a.powerhall', JSON.stringify({ cameras: {}, panel: { sideWidth: -3, sideCollapsed: 'yes', outlineOpen: true } }));
    expect(new SessionMemory(storage, '/p/a.powerhall').remembered.panel).toBeUndefined();
  });
});
