import type { RackRecord } from '../../../shared/model/index.ts';
import { registerAction } from './registry.ts';
import { done, refused } from './types.ts';

export interface RackPowerCapArgs {
  /** The racks to cap; other records are ignored. */
  readonly ids: readonly string[];
  /** A power-capping preset id of every rack's profile, or null to run them uncapped. */
  readonly presetId: string | null;
}

/** The rack without a power-capping preset (an optional field is absent, never null). */
export function uncapped(rack: RackRecord): RackRecord {
  if (rack.powerCapPresetId === undefined) return rack;
  const { powerCapPresetId: _dropped, ...rest } = rack;
  return rest;
}

/**
 * Sets the power-capping preset of racks as one undo step. The rack stores the preset's id, so its kW follows the
 * catalog. A preset takes the place of a manual kW override (the cap is now the catalog's); no preset leaves the rack
 * at its profile's figure, or at its override.
 */
export const rackPowerCap = registerAction<RackPowerCapArgs>({
  id: 'rack.powerCap',
  label: 'Set the power-capping preset of the selected racks',
  group: 'edit',
  edits: true,
  run(ctx, args) {
    const racks = args.ids.flatMap((id) => {
      const r = ctx.store.get(id);
      return r?.type === 'rack' ? [r] : [];
    });
    if (racks.length === 0) return refused('select racks to cap');
    if (args.presetId !== null) {
      for (const rack of racks) {
        const profile = ctx.catalog.findProfile(rack.profileId);
        if (!profile?.powerCapPresets?.some((p) => p.id === args.presetId)) {
          return refused(`${profile?.name ?? rack.profileId} has no power-capping preset '${args.presetId}': select racks of one profile`);
        }
      }
    }
    const next = (rack: RackRecord): RackRecord =>
      args.presetId === null ? uncapped(rack) : { ...rack, powerCapPresetId: args.presetId, itKwOverride: null };
    const changed = racks.filter((r) => (args.presetId === null ? r.powerCapPresetId !== undefined : r.powerCapPresetId !== args.presetId || r.itKwOverride !== null));
    if (changed.length === 0) return done(racks.map((r) => r.id));
    ctx.store.transact((tx) => {
      for (const rack of changed) tx.put(next(rack));
    });
    return done(changed.map((r) => r.id));
  },
});
