import type { Migration } from './migration.ts';

// Frozen, like every shipped step. Presentation (issue 12, point 11): camera views saved in the document, in tour
// order, under the site. A new table only: existing rows are untouched, so no checksum changes. site_id has no foreign
// key, as in 0020 (the site row is never deleted; the store's reference checks still verify it); scenario_id may be
// NULL (the view shows whichever scenario is open) and otherwise names a scenario.
const ddl = `
CREATE TABLE saved_views (
  id TEXT PRIMARY KEY NOT NULL,
  site_id TEXT NOT NULL,
  name TEXT NOT NULL,
  display_order INTEGER NOT NULL,
  scenario_id TEXT REFERENCES scenarios (id) DEFERRABLE INITIALLY DEFERRED,
  caption TEXT NOT NULL,
  projection TEXT NOT NULL,
  position TEXT NOT NULL,
  target TEXT NOT NULL,
  plan_half_height_m REAL NOT NULL,
  checksum INTEGER NOT NULL
) STRICT;
CREATE INDEX saved_views_by_scenario ON saved_views (scenario_id);
`;

export const savedViews: Migration = {
  version: 5,
  name: '0050-saved-views',
  up(db) {
    db.exec(ddl);
  },
};
