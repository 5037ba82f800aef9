import DxfParser from 'dxf-parser';

/** A DXF's drawing as line segments in the sheet frame (x right, y down, from the top-left of what it draws). */
export interface DxfLines {
  /** x0, y0, x1, y1 per segment, in drawing units. */
  readonly segments: Float64Array;
  readonly widthUnits: number;
  readonly heightUnits: number;
}

/** Segments per full circle when an arc or circle is drawn as lines. */
const CIRCLE_STEPS = 48;

interface Xy {
  readonly x: number;
  readonly y: number;
}

/** The lines, polylines, circles and arcs of a DXF's entities; text, hatching and blocks are left out. */
export function dxfLines(text: string): DxfLines | { readonly error: string } {
  let parsed;
  try {
    parsed = new DxfParser().parseSync(text);
  } catch (e) {
    return { error: `The DXF could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
  const raw: number[] = [];
  const line = (a: Xy, b: Xy) => raw.push(a.x, a.y, b.x, b.y);
  const arc = (c: Xy, r: number, from: number, to: number) => {
    const sweep = to > from ? to - from : to - from + 2 * Math.PI;
    const steps = Math.max(2, Math.ceil((CIRCLE_STEPS * sweep) / (2 * Math.PI)));
    for (let i = 0; i < steps; i++) {
      const a0 = from + (sweep * i) / steps;
      const a1 = from + (sweep * (i + 1)) / steps;
      line({ x: c.x + r * Math.cos(a0), y: c.y + r * Math.sin(a0) }, { x: c.x + r * Math.cos(a1), y: c.y + r * Math.sin(a1) });
    }
  };
  for (const e of parsed?.entities ?? []) {
    if ((e.type === 'LINE' || e.type === 'LWPOLYLINE' || e.type === 'POLYLINE') && 'vertices' in e) {
      const vs = e.vertices as readonly Xy[];
      for (let i = 1; i < vs.length; i++) line(vs[i - 1]!, vs[i]!);
      if ('shape' in e && e.shape && vs.length > 2) line(vs[vs.length - 1]!, vs[0]!);
    } else if (e.type === 'CIRCLE' && 'center' in e && 'radius' in e) {
      arc(e.center as Xy, e.radius as number, 0, 2 * Math.PI);
    } else if (e.type === 'ARC' && 'center' in e && 'radius' in e && 'startAngle' in e && 'endAngle' in e) {
      arc(e.center as Xy, e.radius as number, e.startAngle as number, e.endAngle as number);
    }
  }
  const finite = raw.every(Number.isFinite);
  if (raw.length === 0 || !finite) return { error: 'The DXF holds no lines, polylines, circles or arcs to show.' };
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < raw.length; i += 2) {
    minX = Math.min(minX, raw[i]!);
    maxX = Math.max(maxX, raw[i]!);
    minY = Math.min(minY, raw[i + 1]!);
    maxY = Math.max(maxY, raw[i + 1]!);
  }
  const segments = new Float64Array(raw.length);
  // The sheet frame: x from the left edge, y down from the top edge (a DXF's y runs up).
  for (let i = 0; i < raw.length; i += 2) {
    segments[i] = raw[i]! - minX;
    segments[i + 1] = maxY - raw[i + 1]!;
  }
  return { segments, widthUnits: Math.max(maxX - minX, 1e-6), heightUnits: Math.max(maxY - minY, 1e-6) };
}
