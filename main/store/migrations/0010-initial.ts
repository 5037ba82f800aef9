import type { Migration } from './migration.ts';

// Frozen: a migration describes the schema as it was when it shipped; later changes get their own file.
// Foreign keys are deferred so that one diff may add or remove a parent and its children in any order.
// Every record row carries a checksum of its other columns: quick_check verifies SQLite's pages, not the values
// in them, so a flipped bit inside a number or a name would otherwise load as a silently different project.
const ddl = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY NOT NULL,
  value ANY
) STRICT;

CREATE TABLE site (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  location TEXT NOT NULL,
  interconnect_mw REAL NOT NULL,
  substation_mva REAL NOT NULL,
  utility_voltage_kv REAL NOT NULL,
  design_dry_bulb_c REAL NOT NULL,
  design_wet_bulb_c REAL NOT NULL,
  power_price_usd_per_kwh REAL NOT NULL,
  price_overrides TEXT NOT NULL,
  checksum INTEGER NOT NULL
) STRICT;

CREATE TABLE scenarios (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  display_order INTEGER NOT NULL,
  power_redundancy TEXT NOT NULL,
  cooling_redundancy TEXT NOT NULL,
  generators INTEGER NOT NULL CHECK (generators IN (0, 1)),
  fluid TEXT NOT NULL,
  liquid_supply_c REAL NOT NULL,
  liquid_delta_t_k REAL NOT NULL,
  fabric_switch_id TEXT,
  checksum INTEGER NOT NULL
) STRICT;

CREATE TABLE halls (
  id TEXT PRIMARY KEY NOT NULL,
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  origin TEXT NOT NULL,
  rotation INTEGER NOT NULL,
  width_m REAL NOT NULL,
  depth_m REAL NOT NULL,
  ceiling_height_m REAL NOT NULL,
  floor_load_kg_per_m2 REAL NOT NULL,
  checksum INTEGER NOT NULL
) STRICT;
CREATE INDEX halls_by_scenario ON halls (scenario_id);

CREATE TABLE cooling_loops (
  id TEXT PRIMARY KEY NOT NULL,
  hall_id TEXT NOT NULL REFERENCES halls (id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL,
  cdu_ids TEXT NOT NULL,
  redundancy TEXT NOT NULL,
  route TEXT NOT NULL,
  checksum INTEGER NOT NULL
) STRICT;
CREATE INDEX cooling_loops_by_hall ON cooling_loops (hall_id);

CREATE TABLE power_feeds (
  id TEXT PRIMARY KEY NOT NULL,
  hall_id TEXT NOT NULL REFERENCES halls (id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL,
  side TEXT NOT NULL,
  distribution_id TEXT NOT NULL,
  ups_ids TEXT NOT NULL,
  checksum INTEGER NOT NULL
) STRICT;
CREATE INDEX power_feeds_by_hall ON power_feeds (hall_id);

CREATE TABLE hall_rows (
  id TEXT PRIMARY KEY NOT NULL,
  hall_id TEXT NOT NULL REFERENCES halls (id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL,
  origin TEXT NOT NULL,
  rotation INTEGER NOT NULL,
  slot_count INTEGER NOT NULL,
  slot_width_m REAL NOT NULL,
  containment TEXT NOT NULL,
  cooling_loop_id TEXT REFERENCES cooling_loops (id) DEFERRABLE INITIALLY DEFERRED,
  feed_a_id TEXT REFERENCES power_feeds (id) DEFERRABLE INITIALLY DEFERRED,
  feed_b_id TEXT REFERENCES power_feeds (id) DEFERRABLE INITIALLY DEFERRED,
  checksum INTEGER NOT NULL
) STRICT;
CREATE INDEX hall_rows_by_hall ON hall_rows (hall_id);
CREATE INDEX hall_rows_by_cooling_loop ON hall_rows (cooling_loop_id);
CREATE INDEX hall_rows_by_feed_a ON hall_rows (feed_a_id);
CREATE INDEX hall_rows_by_feed_b ON hall_rows (feed_b_id);

CREATE TABLE racks (
  id TEXT PRIMARY KEY NOT NULL,
  row_id TEXT NOT NULL REFERENCES hall_rows (id) DEFERRABLE INITIALLY DEFERRED,
  slot INTEGER NOT NULL,
  profile_id TEXT NOT NULL,
  label TEXT NOT NULL,
  it_kw_override REAL,
  checksum INTEGER NOT NULL
) STRICT;
CREATE INDEX racks_by_row_slot ON racks (row_id, slot);

CREATE TABLE equipment (
  id TEXT PRIMARY KEY NOT NULL,
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) DEFERRABLE INITIALLY DEFERRED,
  hall_id TEXT REFERENCES halls (id) DEFERRABLE INITIALLY DEFERRED,
  catalog_id TEXT NOT NULL,
  name TEXT NOT NULL,
  position TEXT NOT NULL,
  rotation INTEGER NOT NULL,
  checksum INTEGER NOT NULL
) STRICT;
CREATE INDEX equipment_by_scenario ON equipment (scenario_id);
CREATE INDEX equipment_by_hall ON equipment (hall_id);

INSERT INTO meta (key, value) VALUES ('revision', 0);
`;

export const initial: Migration = {
  version: 1,
  name: '0010-initial',
  up(db) {
    db.exec(ddl);
  },
};
