import type { Catalog } from '../catalog/schema.ts';
import type { ProjectDocument } from '../model/index.ts';
import { rackItKw } from './rack-load.ts';

/** IT kW of every rack whose profile is in the catalog, by rack id: what the viewport colours by. */
export function rackKwById(document: ProjectDocument, catalog: Catalog): Map<string, number> {
  const profiles = new Map(catalog.rackProfiles.map((p) => [p.id, p]));
  const kw = new Map<string, number>();
  for (const rack of document.racks) {
    const profile = profiles.get(rack.profileId);
    if (profile) kw.set(rack.id, rackItKw(rack, profile));
  }
  return kw;
}
