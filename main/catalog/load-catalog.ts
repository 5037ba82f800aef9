import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { catalogProblems, type CatalogPart } from '../../shared/catalog/integrity.ts';
import { EquipmentItem, Factor, RackProfile, Source, type Catalog } from '../../shared/catalog/schema.ts';

/** resources/catalog, found from this module's own location so it works from any working directory. */
export const CATALOG_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'catalog');

const FILES = {
  sources: z.object({ sources: z.array(Source) }).strict(),
  'rack-profiles': z.object({ rackProfiles: z.array(RackProfile) }).strict(),
  equipment: z.object({ equipment: z.array(EquipmentItem) }).strict(),
  factors: z.object({ factors: z.array(Factor) }).strict(),
} as const;

/** A catalog file that is missing, unreadable or wrong; the message names the file and the field. */
export class CatalogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogError';
  }
}

function readPart<P extends CatalogPart>(dir: string, part: P): z.infer<(typeof FILES)[P]> {
  const file = join(dir, `${part}.json`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CatalogError(`catalog file ${part}.json: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = FILES[part].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CatalogError(`catalog file ${part}.json, field ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data as z.infer<(typeof FILES)[P]>;
}

/** Loads and validates the catalog under `dir` (default: the bundled resources/catalog). */
export function loadCatalog(dir: string = CATALOG_DIR): Catalog {
  const catalog: Catalog = {
    sources: readPart(dir, 'sources').sources,
    rackProfiles: readPart(dir, 'rack-profiles').rackProfiles,
    equipment: readPart(dir, 'equipment').equipment,
    factors: readPart(dir, 'factors').factors,
  };
  const problems = catalogProblems(catalog);
  if (problems.length > 0) {
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new CatalogError(`catalog file ${first.part}.json, field ${first.path}: ${first.message}${more}`);
  }
  // Each file was parsed with the item schemas that Catalog is made of: parsing the whole again would add nothing.
  return catalog;
}
