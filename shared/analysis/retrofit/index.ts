export * from './schema.ts';
export { compareScenarios, type CompareOptions } from './compare.ts';
export { RETROFIT_FACTORS } from './factors.ts';
