import type { Catalog } from '../../catalog/schema.ts';

/** The catalog factors the retrofit rules read (removal costs, schedule durations, asset lives), each sourced. */
export const RETROFIT_FACTORS = [
  'removal-share-of-new',
  'design-weeks',
  'permit-weeks-energised',
  'permit-weeks-greenfield',
  'construction-weeks',
  'commissioning-weeks',
  'energisation-stage-weeks',
  'asset-life-years',
] as const;
export type RetrofitFactor = (typeof RETROFIT_FACTORS)[number];

export interface RetrofitFactors {
  value(id: RetrofitFactor): number;
  source(id: RetrofitFactor): string;
}

/** The retrofit factors of a catalog; a catalog without one is refused with the factor named. */
export function retrofitFactors(catalog: Catalog): RetrofitFactors {
  const byId = new Map(catalog.factors.map((f) => [f.id, f]));
  const get = (id: RetrofitFactor) => {
    const f = byId.get(id);
    if (!f) throw new Error(`The catalog has no factor '${id}', which the retrofit compare needs.`);
    return f;
  };
  for (const id of RETROFIT_FACTORS) get(id);
  return { value: (id) => get(id).value, source: (id) => get(id).source };
}
