// The sizing rules' public surface for the analysis pipeline and tests: schemas, per-rack figures, redundancy.
export * from './bill-schema.ts';
export { CHECK_CODES, type CheckCode } from './check-codes.ts';
export { rackItKw, type RackLoad } from './rack-load.ts';
export { deriveFatTree, type FatTree } from './fabric.ts';
export { unitsWithRedundancy, usableUnits } from './redundancy.ts';
