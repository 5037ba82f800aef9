import { initial } from './0010-initial.ts';
import { retrofit } from './0020-retrofit.ts';
import { siteAsBuilt } from './0030-site-as-built.ts';
import { economicsInputs } from './0040-economics-inputs.ts';
import { savedViews } from './0050-saved-views.ts';
import { underlays } from './0060-underlays.ts';
import { dcDistribution } from './0070-dc-distribution.ts';
import { phaseInputs } from './0080-phase-inputs.ts';
import type { Migration } from './migration.ts';

/** Every schema step, oldest first. Append new files here; never edit or reorder a shipped one. */
export const MIGRATIONS: readonly Migration[] = [initial, retrofit, siteAsBuilt, economicsInputs, savedViews, underlays, dcDistribution, phaseInputs];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
