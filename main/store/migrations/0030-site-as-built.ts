import type { Migration } from './migration.ts';

// Frozen, like every shipped step. The site as built beyond its power (issue 10, point 2): water and heat
// rejection, fibre routes, land, approvals held, the local labour, and each hall's construction. All new tables:
// existing rows are untouched, so no checksum changes. site_id has no foreign key, as in 0020 (the site row is
// never deleted; the store's reference checks still verify it); a hall has at most one construction record.
const ddl = `
CREATE TABLE water_supplies (
  id TEXT PRIMARY KEY NOT NULL,
  site_id TEXT NOT NULL,
  name TEXT NOT NULL,
  source TEXT NOT NULL,
  rights_m3_per_day REAL NOT NULL,
  heat_rejection TEXT NOT NULL,
  checksum INTEGER NOT NULL
) STRICT;

CREATE TABLE fibre_routes (
  id TEXT PRIMARY KEY NOT NULL,
  site_id TEXT NOT NULL,
  name TEXT NOT NULL,
  carrier_hotel TEXT NOT NULL,
  dark_pairs INTEGER NOT NULL,
  route_km REAL NOT NULL,
  round_trip_ms REAL NOT NULL,
  checksum INTEGER NOT NULL
) STRICT;

CREATE TABLE land_parcels (
  id TEXT PRIMARY KEY NOT NULL,
  site_id TEXT NOT NULL,
  name TEXT NOT NULL,
  area_ha REAL NOT NULL,
  expandable_ha REAL NOT NULL,
  tenure TEXT NOT NULL,
  checksum INTEGER NOT NULL
) STRICT;

CREATE TABLE approvals (
  id TEXT PRIMARY KEY NOT NULL,
  site_id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  date TEXT,
  checksum INTEGER NOT NULL
) STRICT;

CREATE TABLE labour (
  id TEXT PRIMARY KEY NOT NULL,
  site_id TEXT NOT NULL,
  name TEXT NOT NULL,
  availability TEXT NOT NULL,
  skilled_trades INTEGER NOT NULL,
  site_staff INTEGER NOT NULL,
  checksum INTEGER NOT NULL
) STRICT;

CREATE TABLE hall_constructions (
  id TEXT PRIMARY KEY NOT NULL,
  hall_id TEXT NOT NULL REFERENCES halls (id) DEFERRABLE INITIALLY DEFERRED,
  name TEXT NOT NULL,
  roof_load_kg_per_m2 REAL NOT NULL,
  envelope TEXT NOT NULL,
  fire_rating_hours REAL NOT NULL,
  occupancy TEXT NOT NULL,
  year_built INTEGER,
  origin_id TEXT,
  checksum INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX hall_constructions_by_hall ON hall_constructions (hall_id);
`;

export const siteAsBuilt: Migration = {
  version: 3,
  name: '0030-site-as-built',
  up(db) {
    db.exec(ddl);
  },
};
