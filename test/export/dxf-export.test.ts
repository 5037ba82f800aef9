import DxfParser from 'dxf-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { DXF_LAYERS, dxfFormat } from '../../main/export/dxf-format.ts';
import type { ReportContext } from '../../shared/report-views/report-context.ts';
import { phase1Context } from './export-fixture.ts';

type Entity = { type: string; layer: string; vertices?: { x: number; y: number }[]; text?: string; shape?: boolean };

describe('DXF plan (read back with dxf-parser)', () => {
  let context: ReportContext;
  let entities: Entity[];
  let header: Record<string, unknown>;
  let layers: string[];
  beforeAll(async () => {
    context = phase1Context();
    const text = new TextDecoder().decode(await dxfFormat.write(context, () => {}));
    const dxf = new DxfParser().parseSync(text)!;
    entities = dxf.entities as unknown as Entity[];
    header = dxf.header;
    layers = Object.keys(dxf.tables.layer.layers);
  });

  const on = (layer: string, type?: string) => entities.filter((e) => e.layer === layer && (!type || e.type === type));

  it('is in metres with one layer per system', () => {
    expect(header.$INSUNITS).toBe(6);
    for (const [name] of Object.values(DXF_LAYERS)) expect(layers).toContain(name);
  });

  it('has an outline per hall, row, rack and equipment, a polyline per pipe route, and the names as text', () => {
    const { placement } = context.report;
    expect(on('HALLS', 'LWPOLYLINE')).toHaveLength(placement.halls.length);
    expect(on('ROWS', 'LWPOLYLINE')).toHaveLength(placement.rows.length);
    expect(on('RACKS', 'LWPOLYLINE')).toHaveLength(placement.rows.reduce((n, r) => n + r.racks.length, 0));
    expect(on('EQUIPMENT', 'LWPOLYLINE')).toHaveLength(placement.equipment.length);
    expect(on('PIPES', 'LWPOLYLINE')).toHaveLength(placement.routes.length);
    expect(on('DIMENSIONS', 'DIMENSION')).toHaveLength(placement.halls.length * 2);
    const texts = on('TEXT', 'TEXT').map((e) => e.text);
    for (const name of [...placement.halls, ...placement.rows, ...placement.equipment].map((r) => r.name)) expect(texts).toContain(name);
  });

  it('draws a hall at its size in metres, north up', () => {
    const hall = context.document.halls.find((h) => h.id === 'hall-b3-ai')!;
    const outline = on('HALLS', 'LWPOLYLINE')[0]!.vertices!;
    const xs = outline.map((v) => v.x);
    const ys = outline.map((v) => v.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(hall.widthM, 6);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(hall.depthM, 6);
    expect(Math.max(...ys)).toBeCloseTo(-hall.origin.y, 6);
    const route = context.report.placement.routes[0]!;
    const pipe = on('PIPES', 'LWPOLYLINE')[0]!.vertices!;
    expect(pipe.map((v) => [v.x, -v.y])).toEqual(route.points.map((p) => [expect.closeTo(p.x, 6), expect.closeTo(p.y, 6)]));
  });
});
