import { BufferGeometry, Float32BufferAttribute, LineBasicMaterial, LineSegments } from 'three';

/**
 * Many line segments with per-vertex colours in one draw call: row outlines, pipe routes, check and
 * selection frames. Rebuilt as a whole when its content changes (cheap next to a frame).
 */
export class LineBatch {
  readonly object: LineSegments;
  private positions: number[] = [];
  private colors: number[] = [];

  constructor(opts: { depthTest?: boolean; renderOrder?: number } = {}) {
    const material = new LineBasicMaterial({ vertexColors: true, depthTest: opts.depthTest ?? true, transparent: opts.depthTest === false });
    this.object = new LineSegments(new BufferGeometry(), material);
    this.object.frustumCulled = false;
    this.object.renderOrder = opts.renderOrder ?? 0;
  }

  begin(): void {
    this.positions = [];
    this.colors = [];
  }

  segment(ax: number, ay: number, az: number, bx: number, by: number, bz: number, color: number): void {
    this.positions.push(ax, ay, az, bx, by, bz);
    const r = ((color >> 16) & 255) / 255;
    const g = ((color >> 8) & 255) / 255;
    const b = (color & 255) / 255;
    this.colors.push(r, g, b, r, g, b);
  }

  /** A rectangle on the plane y, from plan corners given as world x/z. */
  rect(minX: number, minZ: number, maxX: number, maxZ: number, y: number, color: number): void {
    this.segment(minX, y, minZ, maxX, y, minZ, color);
    this.segment(maxX, y, minZ, maxX, y, maxZ, color);
    this.segment(maxX, y, maxZ, minX, y, maxZ, color);
    this.segment(minX, y, maxZ, minX, y, minZ, color);
  }

  /** The twelve edges of an axis-aligned box. */
  box(b: readonly [number, number, number, number, number, number], color: number): void {
    const [x0, y0, z0, x1, y1, z1] = b;
    this.rect(x0, z0, x1, z1, y0, color);
    this.rect(x0, z0, x1, z1, y1, color);
    this.segment(x0, y0, z0, x0, y1, z0, color);
    this.segment(x1, y0, z0, x1, y1, z0, color);
    this.segment(x1, y0, z1, x1, y1, z1, color);
    this.segment(x0, y0, z1, x0, y1, z1, color);
  }

  end(): void {
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new Float32BufferAttribute(this.positions, 3));
    geometry.setAttribute('color', new Float32BufferAttribute(this.colors, 3));
    this.object.geometry.dispose();
    this.object.geometry = geometry;
    this.object.visible = this.positions.length > 0;
  }

  dispose(): void {
    this.object.geometry.dispose();
    (this.object.material as LineBasicMaterial).dispose();
  }
}
