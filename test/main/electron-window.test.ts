import { describe, expect, it, vi } from 'vitest';
import { PendingWrites } from '../../main/electron/pending-writes.ts';
import { ProjectWindows, cascade } from '../../main/electron/project-windows.ts';
import { parseWindowState, restoreWindowState, type Display } from '../../main/electron/window-state.ts';
import { windowTitle } from '../../main/electron/window-title.ts';

const laptop: Display = { workArea: { x: 0, y: 0, width: 1440, height: 870 } };
const external: Display = { workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };
const DEFAULT = { width: 1600, height: 1000 };

describe('window state', () => {
  it('first run: the default size, fitted and centred on the primary display', () => {
    expect(restoreWindowState(undefined, [laptop], laptop, DEFAULT)).toEqual({ bounds: { x: 0, y: 0, width: 1440, height: 870 }, maximized: false });
    expect(restoreWindowState(undefined, [external], external, DEFAULT).bounds).toEqual({ x: 1440 + 480, y: 200, width: 1600, height: 1000 });
  });

  it('puts a window back where it was when that is visible, maximised or not', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1600, height: 1000 }, maximized: true };
    expect(restoreWindowState(saved, [laptop, external], laptop, DEFAULT)).toEqual(saved);
  });

  it('a window on a display that is gone comes back centred on the primary display, at a size that fits', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1600, height: 1000 }, maximized: false };
    const restored = restoreWindowState(saved, [laptop], laptop, DEFAULT);
    expect(restored).toEqual({ bounds: { x: 0, y: 0, width: 1440, height: 870 }, maximized: false });
  });

  it('a window partly off its display is moved and shrunk inside it, keeping its title bar reachable', () => {
    const saved = { bounds: { x: -300, y: 10, width: 1200, height: 2000 }, maximized: false };
    expect(restoreWindowState(saved, [laptop, external], laptop, DEFAULT).bounds).toEqual({ x: 0, y: 0, width: 1200, height: 870 });
    // With its title bar above every display it could not be moved back by hand: it is centred instead.
    const unreachable = { bounds: { x: -300, y: -50, width: 1200, height: 2000 }, maximized: false };
    expect(restoreWindowState(unreachable, [laptop, external], laptop, DEFAULT).bounds).toEqual({ x: 120, y: 0, width: 1200, height: 870 });
    const overlapping = { bounds: { x: 1000, y: 500, width: 1600, height: 1000 }, maximized: false };
    const moved = restoreWindowState(overlapping, [laptop, external], laptop, DEFAULT).bounds;
    expect(moved).toEqual({ x: 1440, y: 400, width: 1600, height: 1000 });
  });

  it('every restored window lies within a display, for any saved bounds', () => {
    const displays = [laptop, external];
    for (let i = 0; i < 500; i += 1) {
      const saved = {
        bounds: { x: ((i * 7919) % 6000) - 2000, y: ((i * 104729) % 3000) - 1000, width: 200 + ((i * 31) % 3000), height: 200 + ((i * 17) % 2000) },
        maximized: false,
      };
      const { bounds } = restoreWindowState(saved, displays, laptop, DEFAULT);
      const inside = displays.some(({ workArea: a }) => bounds.x >= a.x && bounds.y >= a.y && bounds.x + bounds.width <= a.x + a.width && bounds.y + bounds.height <= a.y + a.height);
      expect(inside, JSON.stringify(saved)).toBe(true);
    }
  });

  it('reads its file, and no state from a damaged one', () => {
    const state = { bounds: { x: 10, y: 20, width: 800, height: 600 }, maximized: true };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
    expect(parseWindowState(undefined)).toBeUndefined();
    expect(parseWindowState('garbage')).toBeUndefined();
    expect(parseWindowState(JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 600 }, maximized: false }))).toBeUndefined();
    expect(parseWindowState(JSON.stringify({ bounds: { x: 'a', y: 0, width: 5, height: 6 }, maximized: false }))).toBeUndefined();
  });
});

describe('window title', () => {
  it('names the file, with "•" while an edit is on its way to disk; macOS marks the edit in the title bar instead', () => {
    expect(windowTitle({ path: '/p/North Shore.powerhall', edited: false, platform: 'linux' })).toBe('North Shore.powerhall — Powerhall');
    expect(windowTitle({ path: '/p/North Shore.powerhall', edited: true, platform: 'win32' })).toBe('• North Shore.powerhall — Powerhall');
    expect(windowTitle({ path: '/p/North Shore.powerhall', edited: true, platform: 'darwin' })).toBe('North Shore.powerhall — Powerhall');
  });

  it('is marked edited while a write takes long, not for quick ones; closing can wait for the last write', async () => {
    vi.useFakeTimers();
    try {
      const changes: boolean[] = [];
      const writes = new PendingWrites((slow) => changes.push(slow), 250);
      await writes.track(async () => 'quick');
      expect(changes).toEqual([]);

      let finish!: () => void;
      const slow = writes.track(() => new Promise<string>((resolve) => (finish = () => resolve('saved'))));
      const fast = writes.track(async () => 'also');
      expect(writes.busy).toBe(true);
      let idle = false;
      const waiting = writes.idle().then(() => (idle = true));
      await fast;
      vi.advanceTimersByTime(249);
      expect(writes.isSlow).toBe(false);
      vi.advanceTimersByTime(1);
      expect(writes.isSlow).toBe(true);
      expect(idle).toBe(false);
      finish();
      expect(await slow).toBe('saved');
      await waiting;
      expect(idle).toBe(true);
      expect([writes.busy, writes.isSlow]).toEqual([false, false]);
      expect(changes).toEqual([true, false]);
      await expect(writes.track(async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
      expect(writes.busy).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('one window per project', () => {
  it('finds the window of a project by file and by the web contents that sends IPC; a file opens in one window only', () => {
    const windows = new ProjectWindows<string, string>();
    windows.add(1, { window: 'w1', project: 's1', path: '/p/a.powerhall' });
    windows.add(2, { window: 'w2', project: 's2', path: '/p/b.powerhall' });
    expect(windows.byPath('/p/b.powerhall')?.window).toBe('w2');
    expect(windows.forContents(1)?.project).toBe('s1');
    expect(() => windows.add(3, { window: 'w3', project: 's3', path: '/p/a.powerhall' })).toThrow(/already open/);
    expect(() => windows.add(2, { window: 'w3', project: 's3', path: '/p/c.powerhall' })).toThrow(/already shows/);
    expect(windows.remove(1)?.project).toBe('s1');
    expect(windows.byPath('/p/a.powerhall')).toBeUndefined();
    expect(windows.forContents(1)).toBeUndefined();
    expect(windows.remove(1)).toBeUndefined();
  });

  it('a window goes on in another file (Save As), unless that file is open in another window', () => {
    const windows = new ProjectWindows<string, string>();
    windows.add(1, { window: 'w1', project: 's1', path: '/p/a.powerhall' });
    windows.add(2, { window: 'w2', project: 's2', path: '/p/b.powerhall' });
    expect(windows.replace(1, 's1-copy', '/p/a copy.powerhall')).toEqual({ window: 'w1', project: 's1-copy', path: '/p/a copy.powerhall' });
    expect(windows.byPath('/p/a.powerhall')).toBeUndefined();
    expect(() => windows.replace(1, 'x', '/p/b.powerhall')).toThrow(/already open/);
    expect(windows.all().map((w) => w.path).sort()).toEqual(['/p/a copy.powerhall', '/p/b.powerhall']);
  });

  it('cascades a new window from the one in front', () => {
    expect(cascade({ x: 100, y: 80, width: 1600, height: 1000 })).toEqual({ x: 132, y: 112, width: 1600, height: 1000 });
  });
});
