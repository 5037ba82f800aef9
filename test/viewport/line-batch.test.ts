import type { BufferAttribute } from 'three';
import { describe, expect, it } from 'vitest';
import { LineBatch } from '../../renderer/viewport/line-batch.ts';

const attribute = (batch: LineBatch, name: string) => [...(batch.object.geometry.getAttribute(name) as BufferAttribute).array];

describe('LineBatch', () => {
  it('keeps every segment in order through its arrays growing, and starts again empty after begin()', () => {
    const batch = new LineBatch();
    batch.begin();
    // 500 segments is 3,000 floats of positions: the arrays start at 384 and must double several times.
    for (let i = 0; i < 500; i++) batch.segment(i, 1, 2, i + 0.5, 3, 4, i % 2 ? 0xff0000 : 0x0000ff);
    batch.end();
    const positions = attribute(batch, 'position');
    const colors = attribute(batch, 'color');
    expect(positions).toHaveLength(3000);
    expect(colors).toHaveLength(3000);
    for (const i of [0, 63, 64, 255, 499]) {
      expect(positions.slice(i * 6, i * 6 + 6)).toEqual([i, 1, 2, i + 0.5, 3, 4]);
      expect(colors.slice(i * 6, i * 6 + 6)).toEqual(i % 2 ? [1, 0, 0, 1, 0, 0] : [0, 0, 1, 0, 0, 1]);
    }
    expect(batch.object.visible).toBe(true);

    batch.begin();
    batch.rect(0, 0, 2, 1, 0.5, 0x00ff00);
    batch.end();
    expect(attribute(batch, 'position')).toEqual([0, 0.5, 0, 2, 0.5, 0, 2, 0.5, 0, 2, 0.5, 1, 2, 0.5, 1, 0, 0.5, 1, 0, 0.5, 1, 0, 0.5, 0]);
    expect(attribute(batch, 'color')).toEqual(Array.from({ length: 24 }, (_, i) => (i % 3 === 1 ? 1 : 0)));

    batch.begin();
    batch.end();
    expect(attribute(batch, 'position')).toHaveLength(0);
    expect(batch.object.visible).toBe(false);
  });

  it('gives each geometry arrays of its own, unchanged when the batch is written again', () => {
    const batch = new LineBatch();
    batch.begin();
    batch.segment(1, 2, 3, 4, 5, 6, 0xffffff);
    batch.end();
    const first = batch.object.geometry;
    batch.begin();
    batch.segment(7, 8, 9, 10, 11, 12, 0x000000);
    batch.end();
    expect([...(first.getAttribute('position') as BufferAttribute).array]).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
