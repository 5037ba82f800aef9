import { LineBasicMaterial, MeshLambertMaterial } from 'three';

/** The viewport's own colours for one theme: what the CSS variables are to the panels. */
export interface SceneTheme {
  readonly background: number;
  readonly ground: number;
  readonly yard: number;
  readonly floor: number;
  readonly grid: number;
  readonly gridMajor: number;
  readonly outline: number;
  /** Selected racks and the outlines of selected records. */
  readonly selection: number;
}

export type ThemeName = 'dark' | 'light';

// Lit surfaces (ground, yard, floor) are chosen darker than they look: the scene's ambient and sun light brighten them.
export const SCENE_THEMES: Readonly<Record<ThemeName, SceneTheme>> = {
  dark: { background: 0x15181d, ground: 0x1d2228, yard: 0x3a3528, floor: 0x2b3038, grid: 0x3a414c, gridMajor: 0x4a5260, outline: 0x9aa5b5, selection: 0xffffff },
  light: { background: 0xe9edf2, ground: 0xaeb5be, yard: 0xb3a98c, floor: 0xc2c9d2, grid: 0xa3acb7, gridMajor: 0x87919d, outline: 0x3d4756, selection: 0x0b57d0 },
};

const LIGHT_QUERY = '(prefers-color-scheme: light)';

/** The theme the OS asks for (Electron follows nativeTheme, a browser the system's setting). */
export function themeName(): ThemeName {
  return typeof window !== 'undefined' && window.matchMedia?.(LIGHT_QUERY).matches ? 'light' : 'dark';
}

export function sceneTheme(): SceneTheme {
  return SCENE_THEMES[themeName()];
}

/** The materials every hall and the site share, tinted by `applySceneTheme`. */
export const themedMaterials = {
  ground: new MeshLambertMaterial({ color: SCENE_THEMES.dark.ground }),
  yard: new MeshLambertMaterial({ color: SCENE_THEMES.dark.yard }),
  floor: new MeshLambertMaterial({ color: SCENE_THEMES.dark.floor }),
  grid: new LineBasicMaterial({ color: SCENE_THEMES.dark.grid }),
  gridMajor: new LineBasicMaterial({ color: SCENE_THEMES.dark.gridMajor }),
  outline: new LineBasicMaterial({ color: SCENE_THEMES.dark.outline }),
} as const;

export function applySceneTheme(theme: SceneTheme): void {
  for (const key of Object.keys(themedMaterials) as (keyof typeof themedMaterials)[]) themedMaterials[key].color.setHex(theme[key]);
}

/** Calls `listener` when the OS theme changes; returns the function that stops listening. */
export function onThemeChange(listener: () => void): () => void {
  const query = window.matchMedia(LIGHT_QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
