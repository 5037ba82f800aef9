import type { Point, UnderlayId } from '../../../shared/model/index.ts';
import { calibrate } from '../../../shared/model/underlay-placement.ts';
import { UnderlayRecord, type UnderlaySource } from '../../../shared/model/underlay-records.ts';
import { newId } from '../ids.ts';
import { issueInWords } from './issue-words.ts';
import { registerAction } from './registry.ts';
import { done, refused } from './types.ts';

/** A drawing file read and measured, ready to lie under a hall. */
export interface UnderlayAddArgs {
  readonly hallId: string;
  readonly name: string;
  readonly source: UnderlaySource;
  readonly data: string;
  readonly widthUnits: number;
  readonly heightUnits: number;
}

/** Opacity a new underlay starts at: the drawing reads clearly and what is drawn over it still stands out. */
const START_OPACITY = 0.6;

/**
 * Puts a drawing under a hall: its top-left corner at the hall's corner, scaled so that it spans the hall's width
 * (calibration then sets the true scale), unlocked so it can be calibrated.
 */
export const underlayAdd = registerAction<UnderlayAddArgs>({
  id: 'underlay.add',
  label: 'Import underlay',
  group: 'create',
  edits: true,
  run(ctx, args) {
    const hall = ctx.store.get(args.hallId, 'hall');
    if (!hall) return refused('the hall no longer exists');
    const parsed = UnderlayRecord.safeParse({
      type: 'underlay',
      id: newId<UnderlayId>('underlay'),
      hallId: hall.id,
      name: args.name,
      source: args.source,
      data: args.data,
      widthUnits: args.widthUnits,
      heightUnits: args.heightUnits,
      origin: { x: 0, y: 0 },
      rotationDeg: 0,
      metresPerUnit: hall.widthM / args.widthUnits,
      opacity: START_OPACITY,
      locked: false,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      // The bytes' refusals are sentences about the drawing ("The drawing is larger than the 2 MB ..."); the rest name the underlay.
      return refused(issueInWords(issue, issue.path[0] === 'data' ? 'The drawing' : 'Underlay'));
    }
    ctx.store.transact((tx) => tx.put(parsed.data));
    return done([parsed.data.id]);
  },
});

/** Two points picked on the drawing (hall coordinates, m) and the real distance between them: one undoable edit. */
export const underlayCalibrate = registerAction<{ readonly id: string; readonly a: Point; readonly b: Point; readonly realM: number }>({
  id: 'underlay.calibrate',
  label: 'Calibrate underlay',
  group: 'edit',
  edits: true,
  run(ctx, args) {
    const underlay = ctx.store.get(args.id, 'underlay');
    if (!underlay) return refused('the underlay no longer exists');
    const result = calibrate(underlay, args.a, args.b, args.realM);
    if (!result.ok) return refused(result.message);
    ctx.store.transact((tx) => tx.put({ ...underlay, ...result.placement }));
    return done([underlay.id]);
  },
});
