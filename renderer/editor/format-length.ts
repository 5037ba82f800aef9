import { metresToFeet } from '../../shared/units.ts';
import type { LengthUnit } from './session.ts';

/** A length for display in the user's unit; the document always stores metres. Feet to two decimals, as drawings give them. */
export function formatLength(m: number, unit: LengthUnit): string {
  return unit === 'ft' ? `${metresToFeet(m).toFixed(2)} ft` : `${m.toFixed(m < 10 ? 2 : 1)} m`;
}
