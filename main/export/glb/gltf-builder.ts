/**
 * A small glTF 2.0 binary (GLB) writer: materials, indexed triangle meshes without normals (viewers then shade
 * them flat, as the specification requires), and a node tree. The container is a 12-byte header, a JSON chunk
 * padded with spaces and a BIN chunk padded with zeros, each 4-byte aligned.
 */
export interface GltfNode {
  name: string;
  mesh?: number;
  children?: number[];
  translation?: [number, number, number];
  scale?: [number, number, number];
  extras?: Record<string, unknown>;
}

const ARRAY_BUFFER = 34962;
const ELEMENT_ARRAY_BUFFER = 34963;
const FLOAT = 5126;
const UNSIGNED_INT = 5125;

export class GltfBuilder {
  private readonly chunks: Uint8Array[] = [];
  private byteLength = 0;
  private readonly bufferViews: object[] = [];
  private readonly accessors: object[] = [];
  private readonly materials: object[] = [];
  private readonly meshes: object[] = [];
  readonly nodes: GltfNode[] = [];

  material(name: string, rgba: readonly [number, number, number, number]): number {
    this.materials.push({
      name,
      pbrMetallicRoughness: { baseColorFactor: [...rgba], metallicFactor: 0, roughnessFactor: 0.85 },
      ...(rgba[3] < 1 ? { alphaMode: 'BLEND' } : {}),
    });
    return this.materials.length - 1;
  }

  private view(data: Uint8Array, target: number): number {
    this.chunks.push(data);
    this.bufferViews.push({ buffer: 0, byteOffset: this.byteLength, byteLength: data.byteLength, target });
    this.byteLength += data.byteLength;
    const pad = (4 - (this.byteLength % 4)) % 4;
    if (pad > 0) {
      this.chunks.push(new Uint8Array(pad));
      this.byteLength += pad;
    }
    return this.bufferViews.length - 1;
  }

  /** A mesh of triangles: positions x, y, z per vertex (metres) and three vertex indices per triangle. */
  mesh(name: string, positions: Float32Array, indices: Uint32Array, material: number): number {
    const min = [Infinity, Infinity, Infinity];
    const max = [-Infinity, -Infinity, -Infinity];
    for (let i = 0; i < positions.length; i += 3) {
      for (let a = 0; a < 3; a += 1) {
        const v = positions[i + a]!;
        if (v < min[a]!) min[a] = v;
        if (v > max[a]!) max[a] = v;
      }
    }
    const positionView = this.view(new Uint8Array(positions.buffer, positions.byteOffset, positions.byteLength), ARRAY_BUFFER);
    this.accessors.push({ bufferView: positionView, componentType: FLOAT, count: positions.length / 3, type: 'VEC3', min, max });
    const indexView = this.view(new Uint8Array(indices.buffer, indices.byteOffset, indices.byteLength), ELEMENT_ARRAY_BUFFER);
    this.accessors.push({ bufferView: indexView, componentType: UNSIGNED_INT, count: indices.length, type: 'SCALAR' });
    this.meshes.push({ name, primitives: [{ attributes: { POSITION: this.accessors.length - 2 }, indices: this.accessors.length - 1, material, mode: 4 }] });
    return this.meshes.length - 1;
  }

  node(node: GltfNode): number {
    this.nodes.push(node);
    return this.nodes.length - 1;
  }

  /** The GLB bytes of a scene whose roots are `roots`. */
  toGlb(roots: number[], extras: Record<string, unknown>): Uint8Array {
    const json = {
      asset: { version: '2.0', generator: 'Powerhall' },
      extras,
      scene: 0,
      scenes: [{ name: 'Scenario', nodes: roots }],
      nodes: this.nodes,
      meshes: this.meshes,
      materials: this.materials,
      accessors: this.accessors,
      bufferViews: this.bufferViews,
      buffers: [{ byteLength: this.byteLength }],
    };
    let text = JSON.stringify(json);
    text += ' '.repeat((4 - (new TextEncoder().encode(text).byteLength % 4)) % 4);
    const jsonBytes = new TextEncoder().encode(text);
    const total = 12 + 8 + jsonBytes.byteLength + 8 + this.byteLength;
    const out = new Uint8Array(total);
    const view = new DataView(out.buffer);
    view.setUint32(0, 0x46546c67, true); // 'glTF'
    view.setUint32(4, 2, true);
    view.setUint32(8, total, true);
    view.setUint32(12, jsonBytes.byteLength, true);
    view.setUint32(16, 0x4e4f534a, true); // 'JSON'
    out.set(jsonBytes, 20);
    let at = 20 + jsonBytes.byteLength;
    view.setUint32(at, this.byteLength, true);
    view.setUint32(at + 4, 0x004e4942, true); // 'BIN\0'
    at += 8;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.byteLength;
    }
    return out;
  }
}
