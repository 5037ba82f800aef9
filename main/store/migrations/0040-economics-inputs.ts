import type { Migration } from './migration.ts';

// Frozen, like every shipped step. Economics (issue 11): each scenario may hold one record of economics inputs
// (lease, power price, opex, tax, financing, multiples, mining), stored whole as JSON; a scenario without one is
// costed on the sourced defaults, so existing files need no rows. Deleting a scenario deletes its inputs. One set per
// scenario is the store's reference checks' to say in words (as a rack's free slot is), so the index is not UNIQUE.
const ddl = `
CREATE TABLE economics_inputs (
  id TEXT PRIMARY KEY NOT NULL,
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) DEFERRABLE INITIALLY DEFERRED,
  inputs TEXT NOT NULL,
  checksum INTEGER NOT NULL
) STRICT;
CREATE INDEX economics_inputs_by_scenario ON economics_inputs (scenario_id);
`;

export const economicsInputs: Migration = {
  version: 4,
  name: '0040-economics-inputs',
  up(db) {
    db.exec(ddl);
  },
};
