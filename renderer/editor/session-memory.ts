import { z } from 'zod';
import type { ScenarioId } from '../../shared/model/index.ts';
import type { ColorMode, LengthUnit } from './session.ts';

/** Where the camera of one scenario was: its projection, its position and target, and the plan view's zoom and scale. */
export const CameraView = z
  .object({
    projection: z.enum(['perspective', 'plan']),
    position: z.tuple([z.number().finite(), z.number().finite(), z.number().finite()]),
    target: z.tuple([z.number().finite(), z.number().finite(), z.number().finite()]),
    zoom: z.number().finite().positive(),
    planHalfHeight: z.number().finite().positive(),
  })
  .strict();
export type CameraView = z.infer<typeof CameraView>;

/**
 * The side panel's width in CSS pixels, whether it is folded away, whether the outline is open, and the outline's
 * height (its title included) once the split between it and the tabs was dragged; until then they share by default.
 */
export const PanelLayout = z
  .object({
    sideWidth: z.number().finite().positive().max(10_000),
    sideCollapsed: z.boolean(),
    outlineOpen: z.boolean(),
    outlineHeight: z.number().finite().positive().max(10_000).optional(),
  })
  .strict();
export type PanelLayout = z.infer<typeof PanelLayout>;

/**
 * What a reload brings back of how the user was looking at a project: the open scenario, the colour mode and length
 * unit, each scenario's camera and the side panel's layout. Session scope: kept in this browser's storage per project
 * file, never in the document, never in undo.
 */
const Remembered = z.object({
  scenarioId: z.string().max(64).optional(),
  colorMode: z.enum(['kw', 'loop', 'feed', 'check', 'disposition']).optional(),
  lengthUnit: z.enum(['m', 'ft']).optional(),
  cameras: z.record(z.string().max(64), CameraView).default({}),
  panel: PanelLayout.optional(),
});
export type Remembered = z.infer<typeof Remembered>;

/** The part of the Web Storage API used (a Map-backed fake in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KEY_PREFIX = 'powerhall.view:';

const shared = new WeakMap<KeyValueStorage, Map<string, SessionMemory>>();

/** The one memory of a project in `storage`, shared by every part of the window that remembers something in it. */
export function sessionMemoryOf(storage: KeyValueStorage, projectPath: string): SessionMemory {
  let byPath = shared.get(storage);
  if (!byPath) shared.set(storage, (byPath = new Map()));
  let memory = byPath.get(projectPath);
  if (!memory) byPath.set(projectPath, (memory = new SessionMemory(storage, projectPath)));
  return memory;
}

/** One project's remembered view in `storage`: read once, written on each change; bad or foreign data reads as none. */
export class SessionMemory {
  private value: Remembered;
  private readonly key: string;

  constructor(
    private readonly storage: KeyValueStorage,
    projectPath: string,
  ) {
    this.key = KEY_PREFIX + projectPath;
    this.value = SessionMemory.read(storage, this.key);
  }

  private static read(storage: KeyValueStorage, key: string): Remembered {
    try {
      const parsed = Remembered.safeParse(JSON.parse(storage.getItem(key) ?? 'null'));
      return parsed.success ? parsed.data : { cameras: {} };
    } catch {
      return { cameras: {} };
    }
  }

  get remembered(): Remembered {
    return this.value;
  }

  /** The camera of a scenario, or null when it was never looked at here. */
  camera(scenarioId: string): CameraView | null {
    return this.value.cameras[scenarioId] ?? null;
  }

  remember(patch: { scenarioId?: ScenarioId; colorMode?: ColorMode; lengthUnit?: LengthUnit; panel?: PanelLayout }): void {
    this.write({ ...this.value, ...patch });
  }

  rememberCamera(scenarioId: string, view: CameraView): void {
    this.write({ ...this.value, cameras: { ...this.value.cameras, [scenarioId]: view } });
  }

  /** Forgets the cameras of scenarios the project no longer has. */
  keepOnly(scenarioIds: readonly string[]): void {
    const cameras = Object.fromEntries(Object.entries(this.value.cameras).filter(([id]) => scenarioIds.includes(id)));
    if (Object.keys(cameras).length !== Object.keys(this.value.cameras).length) this.write({ ...this.value, cameras });
  }

  private write(next: Remembered): void {
    this.value = next;
    try {
      this.storage.setItem(this.key, JSON.stringify(next));
    } catch {
      // Storage full or off (a private window): the view is simply not remembered.
    }
  }
}
