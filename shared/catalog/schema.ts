import { z } from 'zod';

// Seed schema of the catalog; the sizing-engine work owns and extends it.

export const SourceRef = z.string().min(1);

export const RackProfile = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  itKw: z.number().positive(),
  /** Share of the rack's heat removed by liquid (0 = all air). */
  liquidFraction: z.number().min(0).max(1),
  gpus: z.number().int().nonnegative(),
  weightKg: z.number().positive(),
  widthM: z.number().positive(),
  depthM: z.number().positive(),
  heightM: z.number().positive(),
  sources: z.record(z.string(), SourceRef),
});
export type RackProfile = z.infer<typeof RackProfile>;

export const EquipmentKind = z.enum([
  'cdu',
  'rdhx',
  'crah',
  'heat-rejection',
  'ups',
  'transformer',
  'generator',
  'switchgear',
  'busway',
  'pdu',
  'network-rack',
  'switch',
  'transceiver',
  'cable',
  'wan',
]);
export type EquipmentKind = z.infer<typeof EquipmentKind>;

export const EquipmentItem = z.object({
  id: z.string().min(1),
  kind: EquipmentKind,
  name: z.string().min(1),
  widthM: z.number().nonnegative(),
  depthM: z.number().nonnegative(),
  heightM: z.number().nonnegative(),
  unitCostUsd: z.number().nonnegative(),
  leadTimeWeeks: z.number().nonnegative().nullable(),
  source: SourceRef,
});
export type EquipmentItem = z.infer<typeof EquipmentItem>;

export const Source = z.object({ id: z.string().min(1), title: z.string().min(1), tag: z.enum(['P', 'S', 'D']) });
export type Source = z.infer<typeof Source>;

export const Catalog = z.object({
  rackProfiles: z.array(RackProfile),
  equipment: z.array(EquipmentItem),
  sources: z.array(Source),
});
export type Catalog = z.infer<typeof Catalog>;
