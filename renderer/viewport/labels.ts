import type { LabelKind, WorldLabel } from './label-sources.ts';
import type { ScreenBox } from './label-placement.ts';
import type { ToScreen } from './label-geometry.ts';
import { layoutWorldLabels } from './label-layout.ts';

/** The font of each kind of label: the one string both the measurement and the drawn text use. */
const FONTS: Record<LabelKind, string> = {
  hall: '600 13px system-ui, sans-serif',
  dimension: '11px system-ui, sans-serif',
  row: '600 11px system-ui, sans-serif',
  group: '11px system-ui, sans-serif',
  'group-over': '600 11px system-ui, sans-serif',
  yard: '12px system-ui, sans-serif',
  equipment: '10px system-ui, sans-serif',
};
const PAD_X = 4;
const HEIGHT: Record<LabelKind, number> = { hall: 19, dimension: 16, row: 16, group: 16, 'group-over': 16, yard: 17, equipment: 15 };

export interface ShownLabel {
  readonly key: string;
  readonly id: string | null;
  readonly kind: LabelKind;
  readonly text: string;
  readonly box: ScreenBox;
}

/**
 * The viewport's labels, drawn as HTML over the canvas: every frame each label is projected, measured once and
 * placed by `layoutWorldLabels`, so that no two labels overlap, none covers a row and none is cut by the viewport's
 * edge. Labels take no
 * pointer events; the controller asks `hit` which record a click on a label means.
 */
export class LabelOverlay {
  readonly root: HTMLDivElement;
  private labels: readonly WorldLabel[] = [];
  private readonly elements = new Map<string, HTMLDivElement>();
  private readonly widths = new Map<string, number>();
  private readonly measure = document.createElement('canvas').getContext('2d')!;
  private shown: ShownLabel[] = [];

  constructor(container: HTMLElement) {
    this.root = document.createElement('div');
    this.root.className = 'viewport-labels';
    container.appendChild(this.root);
  }

  set(labels: readonly WorldLabel[]): void {
    this.labels = labels;
    const keys = new Set(labels.map((l) => l.key));
    for (const [key, el] of this.elements) {
      if (keys.has(key)) continue;
      el.remove();
      this.elements.delete(key);
    }
  }

  /** Projects, places and moves every label (see `layoutWorldLabels`). */
  layout(toScreen: ToScreen, width: number, height: number, keepOut: readonly ScreenBox[]): void {
    const placed = layoutWorldLabels(this.labels, (l) => ({ w: this.widthOf(l), h: HEIGHT[l.kind] }), { toScreen, width, height, keepOut });
    const next: ShownLabel[] = [];
    const visible = new Set<string>();
    for (const { label: l, box } of placed) {
      const key = l.key;
      const el = this.elementOf(l);
      el.style.transform = `translate(${Math.round(box.x)}px, ${Math.round(box.y)}px)`;
      el.style.display = '';
      visible.add(key);
      next.push({ key, id: l.id, kind: l.kind, text: l.text, box: { ...box, x: Math.round(box.x), y: Math.round(box.y) } });
    }
    for (const [key, el] of this.elements) if (!visible.has(key)) el.style.display = 'none';
    this.shown = next;
  }

  /**
   * The loop or feed whose label is under a point (CSS px inside the viewport): those labels stand for records that
   * have no box of their own to click. Other labels let the click through to what they name.
   */
  hit(x: number, y: number): string | null {
    for (const l of this.shown) {
      if (l.id === null || (l.kind !== 'group' && l.kind !== 'group-over')) continue;
      if (x >= l.box.x && x <= l.box.x + l.box.w && y >= l.box.y && y <= l.box.y + l.box.h) return l.id;
    }
    return null;
  }

  /** The labels on screen after the last frame, with their boxes (for tests and the screenshot review). */
  placed(): readonly ShownLabel[] {
    return this.shown;
  }

  dispose(): void {
    this.root.remove();
    this.elements.clear();
  }

  private widthOf(l: WorldLabel): number {
    const k = `${l.kind}|${l.text}`;
    let w = this.widths.get(k);
    if (w === undefined) {
      this.measure.font = FONTS[l.kind];
      w = Math.ceil(this.measure.measureText(l.text).width) + 2 * PAD_X + 2;
      this.widths.set(k, w);
    }
    return w;
  }

  private elementOf(l: WorldLabel): HTMLDivElement {
    let el = this.elements.get(l.key);
    if (!el) {
      el = document.createElement('div');
      el.dataset.testid = 'viewport-label';
      this.root.appendChild(el);
      this.elements.set(l.key, el);
    }
    if (el.textContent !== l.text) el.textContent = l.text;
    const cls = `vp-label vp-label-${l.kind}`;
    if (el.className !== cls) el.className = cls;
    el.style.font = FONTS[l.kind];
    el.style.width = `${this.widthOf(l)}px`;
    el.style.height = `${HEIGHT[l.kind]}px`;
    el.style.lineHeight = `${HEIGHT[l.kind]}px`;
    el.dataset.kind = l.kind;
    if (l.id) el.dataset.id = l.id;
    return el;
  }
}
