import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ProjectSession } from '../../main/app/project-session.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { TABLES } from '../../main/store/record-tables.ts';
import type { DocumentDiff, ProjectDocument } from '../../shared/model/index.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { randomDiff, rng } from './random-edits.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const SEED = Number(process.env.POWERHALL_FUZZ_SEED ?? 1414);
const CASES = Number(process.env.POWERHALL_FUZZ_CASES ?? 3000);

type Random = () => number;
const pick = <T,>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Values that have broken parsers and stores: odd numbers, odd strings, odd shapes. */
function oddValue(random: Random, depth = 0): unknown {
  const strings = ['', ' ', 'x'.repeat(200), '\ud800', 'a\udc00b', '\u0000', '😀', '\uFEFF', '=1+1', '../../etc/passwd', '__proto__', 'constructor', '\u202e', 'Ω'.repeat(61)];
  const numbers = [0, -0, -1, 1.5, 1e308, -1e308, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e-320, 499, 500, 501, 2000, 2000.0001];
  switch (Math.floor(random() * 8)) {
    case 0:
      return pick(random, strings);
    case 1:
      return pick(random, numbers);
    case 2:
      return pick(random, [null, true, false]);
    case 3:
      return depth > 3 ? [] : Array.from({ length: Math.floor(random() * 3) }, () => oddValue(random, depth + 1));
    case 4:
      return depth > 3 ? {} : { [pick(random, strings)]: oddValue(random, depth + 1) };
    case 5:
      return JSON.parse('{"__proto__": {"polluted": true}}');
    case 6: {
      let nested: unknown = 1;
      for (let i = 0; i < 2_000; i += 1) nested = [nested];
      return nested;
    }
    default:
      return `${pick(random, strings)}${Math.floor(random() * 100)}`;
  }
}

/** A copy of `value` with one leaf or field replaced, removed or added at random. */
function mutate(value: unknown, random: Random): unknown {
  if (typeof value !== 'object' || value === null || random() < 0.15) return oddValue(random);
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const roll = random();
  if (keys.length === 0 || roll < 0.1) {
    (copy as Record<string, unknown>)[pick(random, ['extra', 'id', 'type', '__proto__', '0'])] = oddValue(random);
  } else if (roll < 0.2) {
    delete (copy as Record<string, unknown>)[pick(random, keys)];
  } else {
    const key = pick(random, keys);
    (copy as Record<string, unknown>)[key] = mutate((copy as Record<string, unknown>)[key], random);
  }
  return copy;
}

/** Every stored row (its checksum covers its values) and the meta table, read straight from the open connection. */
const TRICKY_TEXT = ['\ud800', 'tail \udfff', '\udc00\ud800', 'nul\u0000inside', '\uFEFFbom', '\u202eright-to-left', 'é'.repeat(60), 'x'.repeat(61), ' '];

/** `value` with one string leaf (a label, a name, an id) swapped for text that is hard to store exactly. */
function taintText(value: unknown, random: Random): unknown {
  const leaves: Array<{ holder: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const copy = structuredClone(value);
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach((item, i) => (typeof item === 'string' ? leaves.push({ holder: v, key: i }) : walk(item)));
    else if (typeof v === 'object' && v !== null) {
      for (const [k, item] of Object.entries(v)) {
        if (typeof item === 'string') leaves.push({ holder: v as Record<string, unknown>, key: k });
        else walk(item);
      }
    }
  };
  walk(copy);
  if (leaves.length === 0) return copy;
  const leaf = pick(random, leaves);
  (leaf.holder as Record<string | number, unknown>)[leaf.key] = pick(random, TRICKY_TEXT);
  return copy;
}

function fingerprint(project: ProjectService): string {
  const db = (project as unknown as { store: { db: { prepare(sql: string): { all(): unknown[] } } } }).store.db;
  const hash = createHash('sha256');
  for (const table of Object.values(TABLES).map((t) => t.table)) hash.update(JSON.stringify(db.prepare(`SELECT id, checksum FROM ${table} ORDER BY id`).all()));
  hash.update(JSON.stringify(db.prepare('SELECT key, value FROM meta ORDER BY key').all()));
  return hash.digest('hex');
}

describe('router fuzz', () => {
  it(`${CASES} seeded requests: no crash, no refused request changes the file, every accepted write leaves it openable`, { timeout: 120_000 }, async () => {
    const path = tmp.file('fuzz.powerhall');
    ProjectService.create(path, sampleDocument({ rowCount: 3, racksPerRow: 5 })).close();
    const session = await ProjectSession.open(path);
    const random = rng(SEED);
    let crashes = 0;
    let refusedButChanged = 0;
    let unopenable = 0;
    let accepted = 0;
    const unopenableAfterWrite = () => {
      try {
        const reader = ProjectService.open(path, { readOnly: true });
        reader.load();
        reader.close();
        return false;
      } catch {
        return true;
      }
    };
    let doc: ProjectDocument = session.project.load();
    let revision = session.project.info().revision;
    let tried = 0;
    for (let i = 0; i < CASES; i += 1) {
      if (session.project.info().revision !== revision) {
        try {
          doc = session.project.load();
        } catch {
          // An accepted write left a project that no longer loads: the worst outcome, and the end of the run.
          unopenable += 1;
          break;
        }
        revision = session.project.info().revision;
      }
      tried += 1;
      const before = fingerprint(session.project);
      const roll = random();
      let service = 'project';
      let method = 'applyDiff';
      let payload: unknown;
      if (roll < 0.4) {
        const diff: DocumentDiff = randomDiff(doc, random, i);
        payload = mutate({ baseRevision: revision, diff }, random);
      } else if (roll < 0.55) {
        payload = taintText({ baseRevision: revision, diff: randomDiff(doc, random, i) }, random);
      } else if (roll < 0.7) {
        payload = { baseRevision: revision, diff: randomDiff(doc, random, i) };
      } else {
        [service, method] = pick(random, [
          ['project', 'info'],
          ['project', 'load'],
          ['catalog', 'get'],
          ['backups', 'list'],
          ['backups', 'restore'],
          ['bill', 'compute'],
          ['project', 'nope'],
          ['__proto__', 'constructor'],
        ] as const);
        payload = mutate(pick(random, [{}, { scenarioId: doc.scenarios[0]!.id }, { path: `${path}.x` }]), random);
      }
      let ok = false;
      try {
        const result = await session.router.dispatch(service, method, payload);
        ok = result.ok;
        if (!result.ok && result.error.code === 'internal') crashes += 1;
      } catch {
        crashes += 1;
      }
      const changed = fingerprint(session.project) !== before;
      if (!ok && changed) refusedButChanged += 1;
      if (ok && changed) {
        accepted += 1;
        if (accepted % 40 === 0 && unopenableAfterWrite()) unopenable += 1;
      }
    }
    session.close();
    if (unopenableAfterWrite()) unopenable += 1;
    console.log(`router fuzz (seed ${SEED}): ${tried} cases tried, ${accepted} accepted writes, ${crashes} crashes, ${refusedButChanged} refused-but-changed, ${unopenable} unopenable after accepted writes`);
    expect({ crashes, refusedButChanged, unopenable }).toEqual({ crashes: 0, refusedButChanged: 0, unopenable: 0 });
    expect(accepted).toBeGreaterThan(CASES / 10);
  });
});
