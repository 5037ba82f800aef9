import { randomUUID } from 'node:crypto';
import { recordId, type DocRecord } from '../../shared/model/index.ts';

/** Fresh ids for records made in the main process, of the same shape as the renderer's. */
export function freshId(type: DocRecord['type']): string {
  return recordId(type, randomUUID());
}
