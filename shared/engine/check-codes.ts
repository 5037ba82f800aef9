/**
 * Every check's stable code, in one list: the app, the CLI, the contract and the exports key on these, so a code
 * is never renamed without a migration of what reads it. A new check adds its code here.
 */
export const CHECK_CODES = [
  // Inputs and catalog
  'assumed-input',
  'below-catalog-granularity',
  'catalog-gap',
  'orphan-rack',
  'unknown-profile',
  'unknown-switch',
  // Site
  'interconnect-exceeded',
  'substation-exceeded',
  // Power
  'feed-over-capacity',
  'transformer-over-capacity',
  'generator-over-capacity',
  'redundancy-below-target',
  'lineup-over-bus',
  'gpu-transient-exceeds',
  'b-feed-without-2n',
  // Cooling
  'air-rack-above-ceiling',
  'cdu-over-capacity',
  'loop-over-capacity',
  'liquid-rack-without-loop',
  'pipe-route-disconnected',
  'heat-rejection-infeasible',
  'heat-rejection-over-capacity',
  'facility-water-too-warm',
  'air-supply-too-warm',
  // Network
  'fabric-too-large',
  // Building and layout
  'floor-load-exceeded',
  'aisle-clearance',
  'rack-pitch-too-narrow',
  'power-cap-preset-unknown',
  'containment-orientation',
  'equipment-outside-hall',
  'equipment-overlap',
] as const;

export type CheckCode = (typeof CHECK_CODES)[number];
