import { recordId, type DocRecordType, type RecordId } from '../../shared/model/index.ts';

/** A fresh record id, unique across sessions and machines. */
export function newId<T extends RecordId>(type: DocRecordType): T {
  return recordId<T>(type, crypto.randomUUID());
}
