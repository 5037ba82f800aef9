import { Group, type Sprite } from 'three';
import { hallToSite } from '../../shared/geometry/plan.ts';
import type { DocumentStore } from '../editor/store.ts';
import { disposeLabel, makeLabel } from './labels.ts';

/** A loop's or a feed's load against its capacity, written in place above it. */
export interface GroupLabel {
  readonly id: string;
  readonly text: string;
  readonly over: boolean;
}

/** Load/capacity labels for cooling loops (at the CDU end of the pipe) and power feeds (at their first row). */
export class GroupLabelLayer {
  readonly root = new Group();
  private key = '';

  set(labels: readonly GroupLabel[], store: DocumentStore): void {
    const placed = labels.flatMap((l) => {
      const p = this.anchor(l.id, store);
      return p ? [{ ...l, ...p }] : [];
    });
    const key = placed.map((l) => `${l.id}|${l.text}|${l.over}|${l.x}|${l.y}|${l.h}`).join('\n');
    if (key === this.key) return;
    this.key = key;
    this.clear();
    for (const l of placed) {
      const sprite = makeLabel(l.text, { color: l.over ? '#ffffff' : '#d8dee9', background: l.over ? 'rgba(229,72,77,0.85)' : 'rgba(24,28,34,0.8)', pixelHeight: 12 });
      sprite.position.set(l.x, l.h, l.y);
      sprite.center.set(0, 0);
      this.root.add(sprite);
    }
  }

  dispose(): void {
    this.clear();
  }

  private anchor(id: string, store: DocumentStore): { x: number; y: number; h: number } | null {
    const loop = store.get(id, 'coolingLoop');
    if (loop) {
      const hall = store.get(loop.hallId, 'hall');
      const start = loop.route[0];
      if (!hall || !start) return null;
      return { ...hallToSite(hall, start), h: 3.4 };
    }
    const feed = store.get(id, 'powerFeed');
    if (feed) {
      const hall = store.get(feed.hallId, 'hall');
      const row = store.childrenOf(feed.hallId, 'row').find((r) => r.feedAId === id || r.feedBId === id);
      if (!hall || !row) return null;
      const p = hallToSite(hall, row.origin);
      return { x: p.x, y: p.y, h: feed.side === 'B' ? 5.2 : 3.8 };
    }
    return null;
  }

  private clear(): void {
    for (const child of [...this.root.children]) {
      this.root.remove(child);
      disposeLabel(child as Sprite);
    }
  }
}
