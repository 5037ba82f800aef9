import { z } from 'zod';
import { DocRecord } from './records.ts';

/**
 * One outermost editor transaction: what it added, changed (before → after) and removed.
 * The store, the viewport, the bill and persistence all consume this one shape.
 */
export const DocumentDiff = z
  .object({
    added: z.array(DocRecord).readonly(),
    updated: z.array(z.tuple([DocRecord, DocRecord]).readonly()).readonly(),
    removed: z.array(DocRecord).readonly(),
  })
  .readonly()
  .superRefine((diff, ctx) => {
    diff.updated.forEach(([before, after], i) => {
      if (before.id !== after.id || before.type !== after.type) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated', i],
          message: `an update must keep id and type (${before.type} ${before.id} → ${after.type} ${after.id})`,
        });
      }
    });
  });
export type DocumentDiff = z.infer<typeof DocumentDiff>;

export const EMPTY_DIFF: DocumentDiff = { added: [], updated: [], removed: [] };

export function isEmptyDiff(d: DocumentDiff): boolean {
  return d.added.length === 0 && d.updated.length === 0 && d.removed.length === 0;
}

/** The diff that undoes `d`. */
export function reverseDiff(d: DocumentDiff): DocumentDiff {
  return {
    added: d.removed,
    removed: d.added,
    updated: d.updated.map(([before, after]) => [after, before] as const),
  };
}
