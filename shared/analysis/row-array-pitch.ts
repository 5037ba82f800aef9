import type { CatalogIndex } from '../catalog/catalog-index.ts';

/**
 * The narrowest pitch at which copies of a row can stand one behind the other: the row's depth plus the wider of
 * the front and rear working clearances (the catalog's TIA-942 factors the aisle-clearance check uses). Closer, one
 * copy stands in the other's clearance. Along the row, copies need only the row's length.
 */
export function minimumRowArrayPitch(catalog: CatalogIndex, row: { readonly depthM: number; readonly lengthM: number }, direction: 'across' | 'along'): { readonly pitchM: number; readonly reason: string } {
  if (direction === 'along') return { pitchM: row.lengthM, reason: `the row's length (${round(row.lengthM)} m)` };
  const front = catalog.factor('front-clearance-m');
  const rear = catalog.factor('rear-clearance-m');
  const clearance = Math.max(front, rear);
  return {
    pitchM: row.depthM + clearance,
    reason: `the row's depth ${round(row.depthM)} m plus the ${round(clearance)} m ${front >= rear ? 'front' : 'rear'} aisle clearance (TIA-942)`,
  };
}

const round = (v: number): number => Math.round(v * 1000) / 1000;
