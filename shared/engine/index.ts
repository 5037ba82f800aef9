// The sizing engine's public surface: pure functions from a project snapshot and a catalog to a bill.
export * from './bill-schema.ts';
export { computeBill, createBillEngine, type BillEngine } from './compute-bill.ts';
export { sizeBlock, blockDocument, BlockInputError, MAX_BLOCK_RACKS, type BlockParams } from './size-block.ts';
export { rackItKw, type RackLoad } from './rack-load.ts';
export { rackKwById } from './rack-kw.ts';
export { deriveFatTree, type FatTree } from './fabric.ts';
export { unitsWithRedundancy, usableUnits } from './redundancy.ts';
