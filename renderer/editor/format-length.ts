import { metresToFeet } from '../../shared/units.ts';
import type { LengthUnit } from './session.ts';

/** A length for display in the user's unit; the document always stores metres. */
export function formatLength(m: number, unit: LengthUnit): string {
  return unit === 'ft' ? `${metresToFeet(m).toFixed(1)} ft` : `${m.toFixed(m < 10 ? 2 : 1)} m`;
}
