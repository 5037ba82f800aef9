import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDiff, ProjectDocument } from '../../shared/model/index.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { applyToDocument } from './random-edits.ts';
import { buildPowerLossShim, LOST_POWER } from './power-loss/build-shim.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const editor = join(import.meta.dirname, 'children', 'random-editor.ts');
// Fault points: the N-th write or flush of a project file, in the middle of open, commits and checkpoints.
const FAULT_POINTS = Array.from({ length: 8 }, (_, i) => 6 + i * 9);
let shim = '';

beforeAll(() => {
  shim = buildPowerLossShim();
});
afterAll(() => rmSync(shim, { force: true }));

function canonical(doc: ProjectDocument): string {
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return JSON.stringify(Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, Array.isArray(v) ? byId(v as { id: string }[]) : v])));
}

interface Round {
  acked: ProjectDocument;
  ackedRevision: number;
  inFlight: ProjectDocument | null;
  edits: number;
}

/** Runs the editor on a disk that loses unflushed writes at fault point `at`, and returns what it acknowledged. */
function runUntilPowerLoss(path: string, seed: number, at: number, drop: 'all' | 'alternate', start: { doc: ProjectDocument; revision: number }): Promise<Round> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', editor, path, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LD_PRELOAD: shim, POWERHALL_FAULT_AT: String(at), POWERHALL_FAULT_DROP: drop },
    });
    const round: Round = { acked: start.doc, ackedRevision: start.revision, inFlight: null, edits: 0 };
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => void (stderr += d.toString()));
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      const space = line.indexOf(' ');
      const word = line.slice(0, space);
      const rest = line.slice(space + 1);
      if (word === 'pending') round.inFlight = applyToDocument(round.acked, JSON.parse(rest) as DocumentDiff);
      else if (word === 'ack') {
        round.acked = round.inFlight!;
        round.ackedRevision = Number(rest);
        round.inFlight = null;
        round.edits += 1;
      }
    });
    proc.once('exit', (code) => (code === LOST_POWER ? setImmediate(() => resolve(round)) : reject(new Error(`editor exited with ${code}: ${stderr}`))));
  });
}

async function powerLossRounds(path: string, drop: 'all' | 'alternate', seedBase: number): Promise<{ edits: number }> {
  ProjectService.create(path, sampleDocument({ rowCount: 4, racksPerRow: 6 })).close();
  let state = { doc: sampleDocument({ rowCount: 4, racksPerRow: 6 }), revision: 0 };
  let edits = 0;
  for (const [i, at] of FAULT_POINTS.entries()) {
    const round = await runUntilPowerLoss(path, seedBase + i, at, drop, state);
    edits += round.edits;
    const project = ProjectService.open(path);
    const found = project.load();
    const revision = project.info().revision;
    expect(project.integrityCheck(), `fault point ${at}`).toEqual(['ok']);
    project.close();
    const matchesAcked = revision === round.ackedRevision && canonical(found) === canonical(round.acked);
    const matchesInFlight = round.inFlight !== null && revision === round.ackedRevision + 1 && canonical(found) === canonical(round.inFlight);
    if (!matchesAcked && !matchesInFlight) {
      throw new Error(`fault point ${at} (${drop}): the file at revision ${revision} is neither the acknowledged revision ${round.ackedRevision} nor the edit in flight`);
    }
    state = { doc: found, revision };
  }
  return { edits };
}

describe('power loss at deterministic points inside commits', () => {
  it(`WAL: after losing every unflushed write at ${FAULT_POINTS.length} points, and every other one at as many, no acknowledged edit is lost or half kept`, { timeout: 300_000 }, async () => {
    const [all, alternate] = await Promise.all([
      powerLossRounds(tmp.file('all.powerhall'), 'all', 10),
      powerLossRounds(tmp.file('alternate.powerhall'), 'alternate', 20),
    ]);
    console.log(`power loss (WAL): ${FAULT_POINTS.length * 2} faults, ${all.edits + alternate.edits} acknowledged edits kept`);
    expect(all.edits + alternate.edits).toBeGreaterThan(FAULT_POINTS.length);
  });

  it('rollback journal (sync folder): the same', { timeout: 300_000 }, async () => {
    const folder = join(tmp.path, 'Dropbox');
    mkdirSync(folder);
    const [all, alternate] = await Promise.all([
      powerLossRounds(join(folder, 'all.powerhall'), 'all', 30),
      powerLossRounds(join(folder, 'alternate.powerhall'), 'alternate', 40),
    ]);
    console.log(`power loss (rollback journal): ${FAULT_POINTS.length * 2} faults, ${all.edits + alternate.edits} acknowledged edits kept`);
    expect(all.edits + alternate.edits).toBeGreaterThan(FAULT_POINTS.length);
  });
});
