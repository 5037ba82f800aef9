import type { Migration } from './migration.ts';

// Frozen, like every shipped step. Underlays (issue 12, point 9): the drawing of an existing building under a hall,
// its file kept in the row as base64 text so the record reads back, compares and exports as any other. A new table
// only: existing rows are untouched, so no checksum changes. The hall reference is checked as a row's is (the editor removes an underlay with its hall).
const ddl = `
CREATE TABLE underlays (
  id TEXT PRIMARY KEY NOT NULL,
  hall_id TEXT NOT NULL REFERENCES halls (id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL,
  source TEXT NOT NULL,
  data_base64 TEXT NOT NULL,
  width_units REAL NOT NULL,
  height_units REAL NOT NULL,
  origin TEXT NOT NULL,
  rotation_deg REAL NOT NULL,
  metres_per_unit REAL NOT NULL,
  opacity REAL NOT NULL,
  locked INTEGER NOT NULL,
  checksum INTEGER NOT NULL
) STRICT;
CREATE INDEX underlays_by_hall ON underlays (hall_id);
`;

export const underlays: Migration = {
  version: 6,
  name: '0060-underlays',
  up(db) {
    db.exec(ddl);
  },
};
