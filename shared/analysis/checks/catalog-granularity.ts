import type { CatalogIndex } from '../../catalog/catalog-index.ts';
import type { CheckInput } from '../../engine/bill-builder.ts';
import { fmt } from '../../engine/format.ts';

/** Small blocks say so: the items whose smallest catalog unit is far larger than the load they carry. */
export function granularityCheck(oversized: ReadonlySet<string>, index: CatalogIndex): CheckInput | null {
  if (oversized.size === 0) return null;
  return {
    severity: 'info',
    code: 'below-catalog-granularity',
    message: `Load below the catalog's granularity: these items are oversized for what they carry (less than ${fmt(index.factor('granularity-utilisation') * 100)}% of the smallest unit); price them from smaller equipment or a shared plant: ${[...oversized].sort().join('; ')}`,
    subject: null,
  };
}
