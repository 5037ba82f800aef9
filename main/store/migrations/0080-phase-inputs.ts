import { rowChecksum } from '../row-checksum.ts';
import type { Migration } from './migration.ts';

// Frozen, like every shipped step. Three optional fields, NULL (absent) in existing rows: a hall's AI load profile
// (issue 11: absent = the sourced default profile), a rack's power-capping preset (issue 13: absent = uncapped) and
// the delivery date of a unit on order or in hand (issue 10: absent = not ordered, the catalog lead time applies).

/** Each table's version-7 columns in checksum order and the column version 8 appends to it. */
const STEPS = [
  {
    table: 'halls',
    columns: ['id', 'scenario_id', 'name', 'kind', 'origin', 'rotation', 'width_m', 'depth_m', 'ceiling_height_m', 'floor_load_kg_per_m2', 'origin_id'],
    added: 'ai_profile',
  },
  {
    table: 'racks',
    columns: ['id', 'row_id', 'slot', 'profile_id', 'label', 'it_kw_override', 'origin_id'],
    added: 'power_cap_preset_id',
  },
  {
    table: 'equipment',
    columns: ['id', 'scenario_id', 'hall_id', 'catalog_id', 'name', 'position', 'rotation', 'origin_id', 'disposition', 'nameplate', 'upgrade'],
    added: 'delivery_date',
  },
] as const;

export const phaseInputs: Migration = {
  version: 8,
  name: '0080-phase-inputs',
  up(db) {
    for (const { table, columns, added } of STEPS) {
      db.exec(`ALTER TABLE ${table} ADD COLUMN ${added} TEXT;`);
      const update = db.prepare(`UPDATE ${table} SET checksum = ? WHERE id = ?`);
      for (const row of db.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).raw().all() as (string | number | null)[][]) {
        update.run(rowChecksum([...row, null]), row[0]);
      }
    }
  },
};
