/** The export formats main writes (its registry has one writer for each), in the order menus list them. */
export const EXPORT_FORMAT_IDS = ['json', 'csv', 'xlsx', 'pdf', 'glb', 'dxf', 'png'] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

/** What each format holds, as the CLI's help and the app's Export menu name it. */
export const EXPORT_FORMAT_LABELS: Record<ExportFormatId, string> = {
  json: 'Project (interchange JSON)',
  csv: 'Bill of materials (CSV)',
  xlsx: 'Workbook (XLSX)',
  pdf: 'Tenant brief (PDF)',
  glb: '3D model (GLB)',
  dxf: 'CAD plan (DXF)',
  png: 'Site plan (PNG)',
};

/** Pixel scales of an image export: 1× is 96 dpi for a drawing sheet, the view's own size for the 3D view. */
export const IMAGE_SCALES = [1, 2, 4] as const;
export type ImageScale = (typeof IMAGE_SCALES)[number];
