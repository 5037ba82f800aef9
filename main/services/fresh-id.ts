import { randomUUID } from 'node:crypto';
import type { DocRecord } from '../../shared/model/index.ts';

/** Fresh ids for records made in the main process: short, unique, and telling the record type at a glance. */
export function freshId(type: DocRecord['type']): string {
  return `${type}-${randomUUID().slice(0, 13)}`;
}
