// One window per project: which window shows which project file, so that opening a file already open brings its
// window forward instead of opening it twice (the second open would find the file locked by the first).

export interface ProjectWindow<W, P> {
  readonly window: W;
  /** What the window has open for the project (its session, its writes in flight). */
  readonly project: P;
  readonly path: string;
}

export class ProjectWindows<W, P> {
  private readonly byContents = new Map<number, ProjectWindow<W, P>>();

  /** `contentsId` is the window's webContents id, which every IPC event names as its sender. */
  add(contentsId: number, entry: ProjectWindow<W, P>): void {
    if (this.byContents.has(contentsId)) throw new Error(`window ${contentsId} already shows a project`);
    if (this.byPath(entry.path)) throw new Error(`${entry.path} is already open in a window`);
    this.byContents.set(contentsId, entry);
  }

  /** The entry of a closed window, removed; undefined when it showed none. */
  remove(contentsId: number): ProjectWindow<W, P> | undefined {
    const entry = this.byContents.get(contentsId);
    this.byContents.delete(contentsId);
    return entry;
  }

  /** The window's entry with its project replaced (Save As goes on in the copy, a restore reopens the file). */
  replace(contentsId: number, project: P, path: string): ProjectWindow<W, P> {
    const entry = this.byContents.get(contentsId);
    if (!entry) throw new Error(`window ${contentsId} shows no project`);
    const other = this.byPath(path);
    if (other && other !== entry) throw new Error(`${path} is already open in a window`);
    const next = { window: entry.window, project, path };
    this.byContents.set(contentsId, next);
    return next;
  }

  forContents(contentsId: number): ProjectWindow<W, P> | undefined {
    return this.byContents.get(contentsId);
  }

  byPath(path: string): ProjectWindow<W, P> | undefined {
    return [...this.byContents.values()].find((e) => e.path === path);
  }

  all(): ProjectWindow<W, P>[] {
    return [...this.byContents.values()];
  }
}

/** Where a new window goes beside the one in front: down and to the right, as desktop apps cascade them. */
export function cascade<R extends { x: number; y: number }>(bounds: R, step = 32): R {
  return { ...bounds, x: bounds.x + step, y: bounds.y + step };
}
