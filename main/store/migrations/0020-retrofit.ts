import { rowChecksum } from '../row-checksum.ts';
import type { Migration } from './migration.ts';

// Frozen, like every shipped step. Retrofit (issue 10): a copied record names the record it came from, a scenario
// may name its baseline, equipment carries its disposition, nameplate and upgrade, and the site as built gets its
// substations and interconnects. New columns are NULL in existing rows (absent fields: new, no origin, no baseline).
// origin_id has no foreign key: it is lineage, and the record a copy came from may since have been deleted.
// site_id has none either, as the site row is never deleted; the store's reference checks still verify it.
const ddl = `
ALTER TABLE scenarios ADD COLUMN baseline_scenario_id TEXT REFERENCES scenarios (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE halls ADD COLUMN origin_id TEXT;
ALTER TABLE hall_rows ADD COLUMN origin_id TEXT;
ALTER TABLE racks ADD COLUMN origin_id TEXT;
ALTER TABLE equipment ADD COLUMN origin_id TEXT;
ALTER TABLE equipment ADD COLUMN disposition TEXT;
ALTER TABLE equipment ADD COLUMN nameplate TEXT;
ALTER TABLE equipment ADD COLUMN upgrade TEXT;
ALTER TABLE cooling_loops ADD COLUMN origin_id TEXT;
ALTER TABLE power_feeds ADD COLUMN origin_id TEXT;
CREATE INDEX scenarios_by_baseline ON scenarios (baseline_scenario_id);

CREATE TABLE substations (
  id TEXT PRIMARY KEY NOT NULL,
  site_id TEXT NOT NULL,
  name TEXT NOT NULL,
  hv_kv REAL NOT NULL,
  mv_kv REAL NOT NULL,
  transformer_count INTEGER NOT NULL,
  transformer_mva REAL NOT NULL,
  redundancy TEXT NOT NULL,
  age_years REAL NOT NULL,
  condition TEXT NOT NULL,
  checksum INTEGER NOT NULL
) STRICT;

CREATE TABLE interconnects (
  id TEXT PRIMARY KEY NOT NULL,
  site_id TEXT NOT NULL,
  name TEXT NOT NULL,
  firm_mw REAL NOT NULL,
  voltage_kv REAL NOT NULL,
  status TEXT NOT NULL,
  date TEXT,
  checksum INTEGER NOT NULL
) STRICT;
`;

/** Each table's version-1 columns in checksum order, and the values this step appends to its checksum. */
const REHASH: ReadonlyArray<{ table: string; columns: readonly string[]; added: readonly (string | null)[] }> = [
  { table: 'scenarios', columns: ['id', 'name', 'display_order', 'power_redundancy', 'cooling_redundancy', 'generators', 'fluid', 'liquid_supply_c', 'liquid_delta_t_k', 'fabric_switch_id'], added: [null] },
  { table: 'halls', columns: ['id', 'scenario_id', 'name', 'kind', 'origin', 'rotation', 'width_m', 'depth_m', 'ceiling_height_m', 'floor_load_kg_per_m2'], added: [null] },
  { table: 'hall_rows', columns: ['id', 'hall_id', 'name', 'origin', 'rotation', 'slot_count', 'slot_width_m', 'containment', 'cooling_loop_id', 'feed_a_id', 'feed_b_id'], added: [null] },
  { table: 'racks', columns: ['id', 'row_id', 'slot', 'profile_id', 'label', 'it_kw_override'], added: [null] },
  { table: 'equipment', columns: ['id', 'scenario_id', 'hall_id', 'catalog_id', 'name', 'position', 'rotation'], added: [null, 'new', null, null] },
  { table: 'cooling_loops', columns: ['id', 'hall_id', 'name', 'cdu_ids', 'redundancy', 'route'], added: [null] },
  { table: 'power_feeds', columns: ['id', 'hall_id', 'name', 'side', 'distribution_id', 'ups_ids'], added: [null] },
];

export const retrofit: Migration = {
  version: 2,
  name: '0020-retrofit',
  up(db) {
    db.exec(ddl);
    // Every unit of a version-1 file was built new; saying so keeps the file and its JSON export in step.
    db.exec("UPDATE equipment SET disposition = 'new'");
    // A row's checksum covers every column in order: the new columns join it, so each row is hashed again.
    for (const { table, columns, added: tail } of REHASH) {
      const update = db.prepare(`UPDATE ${table} SET checksum = ? WHERE id = ?`);
      for (const row of db.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).raw().all() as (string | number | null)[][]) {
        update.run(rowChecksum([...row, ...tail]), row[0]);
      }
    }
  },
};
