import { Group, type Sprite } from 'three';
import type { GroupLabel } from './group-labels.ts';
import { disposeLabel, makeLabel } from './labels.ts';

/** Load/capacity labels for cooling loops (at the CDU end of the pipe) and power feeds (at their first row). */
export class GroupLabelLayer {
  readonly root = new Group();
  private key = '';

  set(labels: readonly GroupLabel[]): void {
    const key = labels.map((l) => `${l.id}|${l.text}|${l.over}|${l.x}|${l.y}|${l.h}`).join('\n');
    if (key === this.key) return;
    this.key = key;
    this.clear();
    for (const l of labels) {
      const sprite = makeLabel(l.text, { color: l.over ? '#ffffff' : '#d8dee9', background: l.over ? 'rgba(229,72,77,0.85)' : 'rgba(24,28,34,0.8)', pixelHeight: 12 });
      sprite.position.set(l.x, l.h, l.y);
      sprite.center.set(0, 0);
      this.root.add(sprite);
    }
  }

  dispose(): void {
    this.clear();
  }

  private clear(): void {
    for (const child of [...this.root.children]) {
      this.root.remove(child);
      disposeLabel(child as Sprite);
    }
  }
}
