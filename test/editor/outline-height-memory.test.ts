import { describe, expect, it } from 'vitest';
import { SessionMemory, sessionMemoryOf, type KeyValueStorage } from '../../renderer/editor/session-memory.ts';

class MapStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe("the outline's height is session state of the project, like the panel's width", () => {
  it('comes back once the split was dragged', () => {
    const storage = new MapStorage();
    sessionMemoryOf(storage, '/p/a.powerhall').remember({ panel: { sideWidth: 560, sideCollapsed: false, outlineOpen: true, outlineHeight: 176 } });
    expect(new SessionMemory(storage, '/p/a.powerhall').remembered.panel?.outlineHeight).toBe(176);
  });

  it('a layout remembered before the split existed still reads, sharing the height by default', () => {
    const storage = new MapStorage();
    storage.setItem('powerhall.view:/p/a.powerhall', JSON.stringify({ cameras: {}, panel: { sideWidth: 420, sideCollapsed: false, outlineOpen: true } }));
    expect(new SessionMemory(storage, '/p/a.powerhall').remembered.panel).toEqual({ sideWidth: 420, sideCollapsed: false, outlineOpen: true });
  });

  it('a height that is not a height reads as no layout', () => {
    const storage = new MapStorage();
    storage.setItem('powerhall.view:/p/a.powerhall', JSON.stringify({ cameras: {}, panel: { sideWidth: 420, sideCollapsed: false, outlineOpen: true, outlineHeight: -40 } }));
    expect(new SessionMemory(storage, '/p/a.powerhall').remembered.panel).toBeUndefined();
  });
});
