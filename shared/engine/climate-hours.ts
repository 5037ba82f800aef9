import type { CatalogIndex } from '../catalog/catalog-index.ts';
import { fmt } from './format.ts';

const HOURS = 8760;

/** Φ(x), the standard normal CDF, by Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7). */
function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** z with 1 − Φ(z) = p, by bisection on Φ (monotone), to 1e-6. */
function upperTailZ(p: number): number {
  let lo = -8;
  let hi = 8;
  while (hi - lo > 1e-6) {
    const mid = (lo + hi) / 2;
    if (1 - normalCdf(mid) > p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface ClimateHours {
  hours: number;
  text: string;
}

/**
 * Hours of the year with the dry bulb above a threshold, derived from the site's design dry bulb (the model holds
 * no hourly climate). The design dry bulb is read as the ASHRAE annual cooling design value exceeded in a stated
 * share of the 8,760 hours (0.4%, ~35 h); the hourly dry bulb over the year is taken as normal with an assumed
 * standard deviation σ, so its mean is design − z σ (z = 2.652 at 0.4%) and the hours above T are
 * 8,760 × (1 − Φ((T − mean) / σ)).
 */
export function hoursAbove(index: CatalogIndex, designDryBulbC: number, thresholdC: number): ClimateHours {
  const sd = index.factor('climate-dry-bulb-sd-k');
  const share = index.factor('design-dry-bulb-exceedance');
  const z = upperTailZ(share);
  const mean = designDryBulbC - z * sd;
  const hours = HOURS * (1 - normalCdf((thresholdC - mean) / sd));
  return {
    hours,
    text: `dry bulb above ${fmt(thresholdC)} °C for 8,760 × (1 − Φ((${fmt(thresholdC)} − ${mean < 0 ? `(${fmt(mean, 1)})` : fmt(mean, 1)}) / ${fmt(sd)})) = ${fmt(hours, 1)} h ` +
      `(hourly dry bulb normal with σ ${fmt(sd)} K about a mean of design ${fmt(designDryBulbC)} °C at ${fmt(share * 100, 1)}% − ${fmt(z, 3)} σ = ${fmt(mean, 1)} °C)`,
  };
}
