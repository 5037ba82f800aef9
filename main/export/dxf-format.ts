import { DxfWriter, LWPolylineFlags, point2d, point3d, Units } from '@tarikjabiri/dxf';
import type { Placement } from '../../shared/analysis/report-schema.ts';
import { worldBounds } from '../../shared/geometry/floor-box.ts';
import type { ExportFormat } from './format.ts';
import { EXPORT_FORMAT_LABELS } from '../../shared/report-views/export-formats.ts';

type Box = Placement['halls'][number]['box'];

/** One layer per system, with its AutoCAD colour index. */
export const DXF_LAYERS = {
  halls: ['HALLS', 7],
  yard: ['YARD', 8],
  rows: ['ROWS', 5],
  racks: ['RACKS', 4],
  equipment: ['EQUIPMENT', 30],
  pipes: ['PIPES', 150],
  dimensions: ['DIMENSIONS', 2],
  text: ['TEXT', 7],
} as const;

/** DXF's Y points north; plan y points south (the viewport's z), so it is negated. */
const at = (x: number, y: number) => point2d(x, -y);

function outline(dxf: DxfWriter, box: Box, layerName: string): { minX: number; minY: number; maxX: number; maxY: number } {
  const [minX, , minY, maxX, , maxY] = worldBounds(box);
  dxf.addLWPolyline([minX, maxX, maxX, minX].map((x, i) => ({ point: at(x, i < 2 ? minY : maxY) })), { flags: LWPolylineFlags.Closed, layerName });
  return { minX, minY, maxX, maxY };
}

/** The plan in metres as DXF: halls, yard, rows, racks, equipment and pipe routes each on a layer, with dimensions and names. */
export const dxfFormat: ExportFormat = {
  id: 'dxf',
  label: EXPORT_FORMAT_LABELS.dxf,
  extension: 'dxf',
  mediaType: 'image/vnd.dxf',
  async write(context, progress) {
    const { placement } = context.report;
    const dxf = new DxfWriter();
    dxf.setUnits(Units.Meters);
    for (const [name, colour] of Object.values(DXF_LAYERS)) dxf.addLayer(name, colour, 'CONTINUOUS');
    const L = Object.fromEntries(Object.entries(DXF_LAYERS).map(([k, [name]]) => [k, name])) as Record<keyof typeof DXF_LAYERS, string>;
    const text = (x: number, y: number, height: number, value: string) => dxf.addText(point3d(x, -y), height, value, { layerName: L.text });
    for (const hall of placement.halls) {
      const r = outline(dxf, hall.box, L.halls);
      text(r.minX + 0.5, r.minY + 1.5, 1, hall.name);
      dxf.addAlignedDim(point3d(r.minX, -r.maxY), point3d(r.maxX, -r.maxY), { offset: -3, layerName: L.dimensions });
      dxf.addAlignedDim(point3d(r.minX, -r.minY), point3d(r.minX, -r.maxY), { offset: -3, layerName: L.dimensions });
    }
    if (placement.yard) {
      const y = placement.yard;
      dxf.addLWPolyline([at(y.minX, y.minY), at(y.maxX, y.minY), at(y.maxX, y.maxY), at(y.minX, y.maxY)].map((point) => ({ point })), { flags: LWPolylineFlags.Closed, layerName: L.yard });
    }
    progress(0.2, 'rows and racks');
    for (const row of placement.rows) {
      const r = outline(dxf, row.box, L.rows);
      text(r.minX, r.minY - 0.2, 0.4, row.name);
      for (const rack of row.racks) outline(dxf, rack.box, L.racks);
    }
    progress(0.7, 'equipment and pipes');
    for (const eq of placement.equipment) {
      const r = outline(dxf, eq.box, L.equipment);
      text(r.minX + 0.1, (r.minY + r.maxY) / 2, 0.3, eq.name);
    }
    for (const route of placement.routes) {
      if (route.points.length < 2) continue;
      dxf.addLWPolyline(route.points.map((p) => ({ point: at(p.x, p.y) })), { layerName: L.pipes });
    }
    const bytes = new TextEncoder().encode(dxf.stringify());
    progress(1, 'written');
    return bytes;
  },
};
