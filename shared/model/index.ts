export * from './ids.ts';
export * from './redundancy.ts';
export * from './records.ts';
export * from './document.ts';
export * from './diff.ts';
export * from './scenario-diffs.ts';
export * from './relations.ts';
