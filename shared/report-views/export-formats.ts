/** The export formats main writes (its registry has one writer for each), in the order menus list them. */
export const EXPORT_FORMAT_IDS = ['json', 'csv', 'xlsx', 'pdf', 'glb', 'dxf'] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];
