/** Axis-aligned boxes as one indexed triangle list: 8 corners and 12 triangles each, wound outward. */
export class BoxMesh {
  private positions: Float32Array;
  private indices: Uint32Array;
  private boxes = 0;

  constructor(capacity: number) {
    this.positions = new Float32Array(Math.max(capacity, 1) * 24);
    this.indices = new Uint32Array(Math.max(capacity, 1) * 36);
  }

  get count(): number {
    return this.boxes;
  }

  /** Adds the box [x0, x1] × [y0, y1] × [z0, z1] (metres, Y up). */
  add(x0: number, y0: number, z0: number, x1: number, y1: number, z1: number): void {
    if ((this.boxes + 1) * 24 > this.positions.length) this.grow();
    const p = this.boxes * 24;
    const corners = [x0, y0, z0, x1, y0, z0, x1, y0, z1, x0, y0, z1, x0, y1, z0, x1, y1, z0, x1, y1, z1, x0, y1, z1];
    this.positions.set(corners, p);
    const b = this.boxes * 8;
    // Bottom, top, then the four sides; counter-clockwise seen from outside.
    const faces = [0, 1, 2, 0, 2, 3, 4, 7, 6, 4, 6, 5, 0, 4, 5, 0, 5, 1, 1, 5, 6, 1, 6, 2, 2, 6, 7, 2, 7, 3, 3, 7, 4, 3, 4, 0];
    const i = this.boxes * 36;
    for (let f = 0; f < 36; f += 1) this.indices[i + f] = b + faces[f]!;
    this.boxes += 1;
  }

  private grow(): void {
    const positions = new Float32Array(this.positions.length * 2);
    positions.set(this.positions);
    const indices = new Uint32Array(this.indices.length * 2);
    indices.set(this.indices);
    this.positions = positions;
    this.indices = indices;
  }

  /** The filled part of the buffers. */
  buffers(): { positions: Float32Array; indices: Uint32Array } {
    return { positions: this.positions.subarray(0, this.boxes * 24), indices: this.indices.subarray(0, this.boxes * 36) };
  }
}
