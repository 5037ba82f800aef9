// The hybrid 8,760-hour site load: AI halls, mining in the headroom, demand response. Pure; no clock, no randomness.
export * from './inputs.ts';
export { aiUtilisation, inferenceUtilisation, trainingUtilisation } from './ai-profile.ts';
export { dispatchMining, type MiningDispatchResult } from './mining-dispatch.ts';
export { AT_LIMIT_TOLERANCE_MW, simulateLoadProfile, type LimitingConstraint, type LoadProfileResult, type LoadProfileTotals } from './simulate.ts';
export { hourOfYearText, loadDurationCurve, MONTH_NAMES, MONTH_START_HOURS, monthlyEnergy, type MonthlyEnergyRow } from './summary.ts';
export { describeLimits, fieldName, formatNumber, limitMessage, numberField, type NumberFieldSpec } from './number-field.ts';
export { DEMAND_RESPONSE_DEFAULT, DEMAND_RESPONSE_FIELDS, DEMAND_RESPONSE_SOURCE, defaultAiProfile, INFERENCE_DEFAULT, PROFILE_SOURCES, TRAINING_DEFAULT } from './profile-defaults.ts';
export { aiProfileFields, maintenanceOf, withMaintenance, withProfileValue, type ProfileField, type ProfileFieldKey } from './profile-fields.ts';
