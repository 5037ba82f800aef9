import { BufferAttribute, BufferGeometry, LineBasicMaterial, LineSegments } from 'three';

const INITIAL_FLOATS = 384;

/**
 * Many line segments with per-vertex colours in one draw call: row outlines, pipe routes, check and
 * selection frames. Rebuilt as a whole when its content changes (cheap next to a frame).
 */
export class LineBatch {
  readonly object: LineSegments;
  /** Vertex positions and colours written straight into float arrays that grow by doubling and are reused. */
  private positions = new Float32Array(INITIAL_FLOATS);
  private colors = new Float32Array(INITIAL_FLOATS);
  private length = 0;

  constructor(opts: { depthTest?: boolean; renderOrder?: number } = {}) {
    const material = new LineBasicMaterial({ vertexColors: true, depthTest: opts.depthTest ?? true, transparent: opts.depthTest === false });
    this.object = new LineSegments(new BufferGeometry(), material);
    this.object.frustumCulled = false;
    this.object.renderOrder = opts.renderOrder ?? 0;
  }

  begin(): void {
    this.length = 0;
  }

  segment(ax: number, ay: number, az: number, bx: number, by: number, bz: number, color: number): void {
    const o = this.length;
    if (o + 6 > this.positions.length) this.grow();
    this.length = o + 6;
    const p = this.positions;
    p[o] = ax;
    p[o + 1] = ay;
    p[o + 2] = az;
    p[o + 3] = bx;
    p[o + 4] = by;
    p[o + 5] = bz;
    const r = ((color >> 16) & 255) / 255;
    const g = ((color >> 8) & 255) / 255;
    const b = (color & 255) / 255;
    const c = this.colors;
    c[o] = c[o + 3] = r;
    c[o + 1] = c[o + 4] = g;
    c[o + 2] = c[o + 5] = b;
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
    // A new geometry gets its own copies: the GPU buffers of the old one are freed, these arrays are written again.
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(this.positions.slice(0, this.length), 3));
    geometry.setAttribute('color', new BufferAttribute(this.colors.slice(0, this.length), 3));
    this.object.geometry.dispose();
    this.object.geometry = geometry;
    this.object.visible = this.length > 0;
  }

  private grow(): void {
    const positions = new Float32Array(this.positions.length * 2);
    const colors = new Float32Array(this.colors.length * 2);
    positions.set(this.positions);
    colors.set(this.colors);
    this.positions = positions;
    this.colors = colors;
  }

  dispose(): void {
    this.object.geometry.dispose();
    (this.object.material as LineBasicMaterial).dispose();
  }
}
