import { rowChecksum } from '../row-checksum.ts';
import type { Migration } from './migration.ts';

// Frozen, like every shipped step. 800 VDC distribution becomes a scenario's choice (issue 9, point 7). The column
// is NULL in existing rows: the field absent, read as 'high-density-racks', the rule those files were billed by.
const ddl = `ALTER TABLE scenarios ADD COLUMN dc_distribution TEXT;`;

/** The scenarios table's version-6 columns in checksum order: the new column joins each row's checksum. */
const COLUMNS = ['id', 'name', 'display_order', 'power_redundancy', 'cooling_redundancy', 'generators', 'fluid', 'liquid_supply_c', 'liquid_delta_t_k', 'fabric_switch_id', 'baseline_scenario_id'];

export const dcDistribution: Migration = {
  version: 7,
  name: '0070-dc-distribution',
  up(db) {
    db.exec(ddl);
    const update = db.prepare('UPDATE scenarios SET checksum = ? WHERE id = ?');
    for (const row of db.prepare(`SELECT ${COLUMNS.join(', ')} FROM scenarios`).raw().all() as (string | number | null)[][]) {
      update.run(rowChecksum([...row, null]), row[0]);
    }
  },
};
