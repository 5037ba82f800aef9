import { z } from 'zod';
import { BillLine, LineDisposition } from '../../engine/bill-schema.ts';

/**
 * The retrofit compare of a target scenario against its baseline, in the shape the CLI's JSON prints and other
 * tools read (issue 10, point 9). Money in USD, durations in weeks from the decision to build.
 */
export const AssetDisposition = z.enum(['new', 'existing', 'upgrade', 'replace', 'retire']);
export type AssetDisposition = z.infer<typeof AssetDisposition>;

export const RetrofitAsset = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  disposition: AssetDisposition,
  /** Why: the compatibility rule that proposed it, or that the record sets it. */
  reason: z.string(),
});
export type RetrofitAsset = z.infer<typeof RetrofitAsset>;

export const RetrofitLine = BillLine.extend({ disposition: LineDisposition });
export type RetrofitLine = z.infer<typeof RetrofitLine>;

export const ScheduleTask = z.object({
  id: z.string(),
  name: z.string(),
  startWeek: z.number().nonnegative(),
  endWeek: z.number().nonnegative(),
  critical: z.boolean(),
  dependsOn: z.array(z.string()),
  /** How the duration was found (lead time of which item, or which factor). */
  derivation: z.string(),
});
export type ScheduleTask = z.infer<typeof ScheduleTask>;

export const ReadinessFactor = z.object({
  factor: z.string(),
  /** 0 (cannot convert) to 1 (ready); null when no site record says anything about it. */
  score: z.number().min(0).max(1).nullable(),
  evidence: z.string(),
  blocking: z.boolean(),
});
export type ReadinessFactor = z.infer<typeof ReadinessFactor>;

export const RetrofitCheck = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
});
export type RetrofitCheck = z.infer<typeof RetrofitCheck>;

export const RetrofitReport = z.object({
  baseline: z.object({ id: z.string(), name: z.string(), capexUsd: z.number() }),
  target: z.object({ id: z.string(), name: z.string(), capexUsd: z.number(), aiItKw: z.number() }),
  summary: z.object({
    /**
     * The target built new, like for like: the engine's bill of the same layout with every unit bought new, plus the
     * site-level works the target needs whichever way it is built (a second utility path for a 2N phase, the
     * strip-out of the units standing where the target builds). The upgrade bill is this less the credits.
     */
    targetNewBuildCapexUsd: z.number().nonnegative(),
    /** How targetNewBuildCapexUsd is made up, in words and figures. */
    targetNewBuildBasis: z.string(),
    /** What the kept assets save against that, net of their retrofit costs. */
    creditedUsd: z.number(),
    removalUsd: z.number().nonnegative(),
    /** The upgrade bill: the sum of `lines`. */
    deltaCapexUsd: z.number().nonnegative(),
    deltaLandlordUsdPerMwIt: z.number().nonnegative(),
    newBuildLandlordUsdPerMwIt: z.number().nonnegative(),
    firstPowerWeeks: z.number().nonnegative(),
    fullPowerWeeks: z.number().nonnegative(),
  }),
  assets: z.array(RetrofitAsset),
  lines: z.array(RetrofitLine),
  schedule: z.object({ tasks: z.array(ScheduleTask), derivation: z.string() }),
  readiness: z.array(ReadinessFactor),
  /** The phase's combined design-day load on the shared interconnect and substation. */
  siteLoad: z.object({ combinedKw: z.number().nonnegative(), combinedKva: z.number().nonnegative(), derivation: z.string() }),
  /** Site-level checks of the compare (the combined load against the interconnect and substation). */
  checks: z.array(RetrofitCheck),
});
export type RetrofitReport = z.infer<typeof RetrofitReport>;
