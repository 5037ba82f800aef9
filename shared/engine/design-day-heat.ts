import type { CatalogIndex } from '../catalog/catalog-index.ts';
import { fmt } from './format.ts';

/**
 * The heat each plant rejects on the design day, beyond the IT heat it serves: the CDU pumps' power ends as heat
 * in the liquid loops (so in the towers or dry coolers); the CRAH and fan-wall fans' power and the UPS losses (the
 * electrical rooms are cooled from the chilled water) end in the chilled water. The annual PUE factors already
 * count this energy; this is the sizing load.
 */
export interface DesignHeat {
  kw: number;
  text: string;
}

export function liquidDesignHeat(index: CatalogIndex, liquidKw: number): DesignHeat {
  const pump = liquidKw * index.factor('cdu-pump-kw-per-kwt');
  return { kw: liquidKw + pump, text: `liquid heat ${fmt(liquidKw)} kWt + CDU pump heat ${fmt(liquidKw)} × ${fmt(index.factor('cdu-pump-kw-per-kwt'), 3)} = ${fmt(liquidKw + pump)} kWt` };
}

export function airDesignHeat(index: CatalogIndex, airKw: number, upsItKw: number): DesignHeat {
  const fans = airKw * index.factor('crah-fan-kw-per-kwt');
  const eff = index.factor('ups-efficiency');
  const losses = upsItKw * (1 / eff - 1);
  const kw = airKw + fans + losses;
  return {
    kw,
    text: `air share ${fmt(airKw)} kWt + fan heat ${fmt(airKw)} × ${fmt(index.factor('crah-fan-kw-per-kwt'), 3)} + UPS losses ${fmt(upsItKw)} kW × (1 / ${fmt(eff, 4)} − 1) = ${fmt(kw)} kWt`,
  };
}
