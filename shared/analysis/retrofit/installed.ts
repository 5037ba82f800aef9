import { lineDisposition, type BillLine } from '../../engine/bill-schema.ts';
import { baseLineId, BUILT_SUFFIX, type InstalledLine, type InstalledLines } from '../../engine/installed-lines.ts';
import { originIn, type DocRecord, type HallRecord, type ProjectDocument, type ScenarioRecord } from '../../model/index.ts';

// Site-wide costs worked out from the new equipment (installation, commissioning, soft costs, contingency) are
// never "built": each target works them out again from what it buys.
const SITE_GROUP = 'site';

/** The records a bill line's group can be (the rest, rows and racks, never name a group): a hall, feed, loop or unit. */
function groupRecords(doc: ProjectDocument): DocRecord[] {
  return [...doc.halls, ...doc.powerFeeds, ...doc.coolingLoops, ...doc.equipment];
}

/** The target record that continues each baseline record (by lineage), baseline id → target record. */
function continuations(doc: ProjectDocument, records: readonly DocRecord[], baseline: ScenarioRecord, target: ScenarioRecord): Map<string, DocRecord> {
  const byId = new Map(records.map((r) => [r.id, r]));
  const hallScenario = new Map<string, string>(doc.halls.map((h) => [h.id, h.scenarioId]));
  // Loops and feeds belong to their hall's scenario.
  const scenarioOf = (r: DocRecord) => (r as { scenarioId?: string }).scenarioId ?? hallScenario.get((r as { hallId?: string }).hallId ?? '');
  const inScenario = (r: DocRecord, id: string) => scenarioOf(r) === id;
  const baselineIds = new Set(records.filter((r) => inScenario(r, baseline.id)).map((r) => r.id));
  const next = new Map<string, DocRecord>();
  for (const r of records) {
    if (!inScenario(r, target.id)) continue;
    const origin = originIn(r, byId, baselineIds);
    if (origin !== undefined && !next.has(origin)) next.set(origin, r);
  }
  return next;
}

/**
 * What the baseline has already built of the lines the engine sizes itself, keyed by the id the same line has in
 * the target's bill. `stands` is what the baseline stands on: for a phase of another scenario, its own upgrade
 * bill (the parts it bought and the parts it kept), site plant and fabrics included; for the site as built (a
 * baseline with no baseline), the lines of its halls only (the engine's reading of their distribution, loops and
 * works as laid out), since its site plant is what the site-as-built records say and nothing the engine adds. A line counts when its group (a hall, row group, feed, loop, or a hall's sub-group such as
 * `hall/pumps`) continues into the target by lineage, or is site- or scenario-wide (site plant, the fabrics).
 * Lines of existing equipment records are left out (their units are credited as those records), and so are
 * work items without a catalog item (shells, fit-out, conversion works) unless their hall keeps its kind: a
 * mining hall converted to AI gets conversion works, a converted hall carried into the next phase keeps them.
 */
export function installedFromBaseline(
  doc: ProjectDocument,
  baseline: ScenarioRecord,
  target: ScenarioRecord,
  stands: { readonly lines: readonly BillLine[]; readonly phase: boolean },
): InstalledLines {
  const records = groupRecords(doc);
  const recordIds = new Set<string>(records.map((r) => r.id));
  const next = continuations(doc, records, baseline, target);
  const installed = new Map<string, InstalledLine>();
  const placed = placedUnbilled(doc, baseline, stands.lines);
  for (const line of stands.lines) {
    // A part kept from the phase before (`…@built`) stands as much as the part bought beside it.
    const keptBefore = line.id.endsWith(BUILT_SUFFIX);
    if (keptBefore ? lineDisposition(line) !== 'reused' : lineDisposition(line) !== 'new' || line.assetId !== undefined) continue;
    // Every line of an item in a group (`id`, `id#2` …) adds to one credit: the target may draw its lines otherwise.
    const unkept = keptBefore ? line.id.slice(0, -BUILT_SUFFIX.length) : line.id;
    const id = baseLineId(unkept);
    const slash = line.group.indexOf('/');
    const head = slash < 0 ? line.group : line.group.slice(0, slash);
    const continued = next.get(head);
    const scenarioWide = stands.phase && continued === undefined && !recordIds.has(head);
    if (continued === undefined && !scenarioWide) continue;
    if (line.catalogId === null && (line.group === SITE_GROUP || !sameHallKind(doc, head, continued))) continue;
    // The units of a line that are placed records stand in the target as those records (credited as such), not here.
    const own = placedUnits(placed, line);
    if (own >= line.quantity) continue;
    const group = continued === undefined ? line.group : continued.id + line.group.slice(head.length);
    const at = id.lastIndexOf(`/${line.group}`) + 1;
    const key = id.slice(0, at) + group + id.slice(at + line.group.length);
    const quantity = (installed.get(key)?.quantity ?? 0) + line.quantity - own;
    const first = installed.get(key);
    installed.set(key, { quantity, lineId: first?.lineId ?? unkept, item: first?.item ?? line.item, groupName: line.groupName, scenarioName: baseline.name, catalogId: line.catalogId, group });
  }
  return installed;
}

/** The group the engine bills a placed unit in: the loop that lists it (CDUs), the feed that carries it (UPS), else the site. */
export function placedUnitGroups(doc: ProjectDocument): Map<string, string> {
  const groups = new Map<string, string>();
  for (const l of doc.coolingLoops) for (const id of l.cduIds) groups.set(id, l.id);
  for (const f of doc.powerFeeds) for (const id of f.upsIds) groups.set(id, f.id);
  return groups;
}

/**
 * The baseline's placed units billed as catalog lines (every unit but those kept on a line of their own), counted
 * per item and group: what its lines of that item and group hold of records rather than of units the engine sized.
 */
function placedUnbilled(doc: ProjectDocument, baseline: ScenarioRecord, lines: readonly BillLine[]): Map<string, number> {
  const ownLine = new Set(lines.map((l) => l.assetId).filter((id) => id !== undefined));
  const groups = placedUnitGroups(doc);
  const counts = new Map<string, number>();
  for (const e of doc.equipment) {
    if (e.scenarioId !== baseline.id || ownLine.has(e.id) || e.disposition === 'retire') continue;
    const key = `${e.catalogId}\u0000${groups.get(e.id) ?? 'site'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Takes the placed units a line holds out of the count (the first lines of an item and group hold them). */
function placedUnits(placed: Map<string, number>, line: BillLine): number {
  if (line.catalogId === null || line.id.endsWith(BUILT_SUFFIX)) return 0;
  const key = `${line.catalogId}\u0000${line.group}`;
  const left = placed.get(key) ?? 0;
  const own = Math.min(left, line.quantity);
  if (own > 0) placed.set(key, left - own);
  return own;
}

/** A work item of a hall carries over only while the hall stays the kind it was (its works are then done). */
function sameHallKind(doc: ProjectDocument, baselineId: string, continued: DocRecord | undefined): boolean {
  if (continued === undefined || continued.type !== 'hall') return false;
  const before = doc.halls.find((h): h is HallRecord => h.id === baselineId);
  return before !== undefined && before.kind === continued.kind;
}

/**
 * The same content as `previous` gives `previous` back: the analysis memoises its halls on this object, so a
 * compare after an edit that leaves the baseline's built lines as they were keeps the target's halls' work.
 */
export function sameInstalled(previous: InstalledLines | undefined, next: InstalledLines): InstalledLines {
  if (!previous || previous.size !== next.size) return next;
  for (const [key, a] of next) {
    const b = previous.get(key);
    if (!b || b.quantity !== a.quantity || b.lineId !== a.lineId || b.item !== a.item || b.groupName !== a.groupName || b.scenarioName !== a.scenarioName) return next;
  }
  return previous;
}

/** A line of a hall that the target converts to another kind, as the baseline built it, under the target's line id. */
export interface ConvertedHallLine {
  readonly key: string;
  readonly line: BillLine;
  readonly group: string;
}

/**
 * The catalog lines the baseline has in the halls the target converts to another kind (a mining hall made an AI
 * hall): its distribution and loops as built, which the conversion strips out where the target does not use them.
 */
export function convertedHallLines(doc: ProjectDocument, baseline: ScenarioRecord, target: ScenarioRecord, stands: readonly BillLine[]): ConvertedHallLine[] {
  const next = continuations(doc, groupRecords(doc), baseline, target);
  const out: ConvertedHallLine[] = [];
  for (const line of stands) {
    if (line.catalogId === null || lineDisposition(line) === 'removed' || (line.assetId !== undefined && !line.id.endsWith(BUILT_SUFFIX))) continue;
    const id = line.id.endsWith(BUILT_SUFFIX) ? line.id.slice(0, -BUILT_SUFFIX.length) : line.id;
    const slash = line.group.indexOf('/');
    const head = slash < 0 ? line.group : line.group.slice(0, slash);
    const continued = next.get(head);
    if (continued?.type !== 'hall' || sameHallKind(doc, head, continued)) continue;
    const group = continued.id + line.group.slice(head.length);
    const at = id.lastIndexOf(`/${line.group}`) + 1;
    out.push({ key: id.slice(0, at) + group + id.slice(at + line.group.length), line, group });
  }
  return out;
}
