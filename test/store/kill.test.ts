import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import type { DocumentDiff, ProjectDocument } from '../../shared/model/index.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { applyToDocument, rng } from './random-edits.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
// The power-loss test covers durability at exact points; these kills cover timing at random points.
const ROUNDS = Number(process.env.POWERHALL_KILL_ROUNDS ?? 60);
// Fewer rounds for the rollback journal used in sync folders: the same checks, a different recovery path.
const ROLLBACK_ROUNDS = Math.ceil(ROUNDS / 8);
const child = join(import.meta.dirname, 'children', 'random-editor.ts');

/** Records of every type sorted by id: the comparison ignores only the order of rows in a table. */
function canonical(doc: ProjectDocument): string {
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return JSON.stringify({
    ...doc,
    scenarios: byId(doc.scenarios),
    halls: byId(doc.halls),
    rows: byId(doc.rows),
    racks: byId(doc.racks),
    equipment: byId(doc.equipment),
    coolingLoops: byId(doc.coolingLoops),
    powerFeeds: byId(doc.powerFeeds),
  });
}

interface Round {
  acked: ProjectDocument;
  ackedRevision: number;
  inFlight: ProjectDocument | null;
  edits: number;
}

/** Runs the editor until `delayMs` after it is ready, kills it with SIGKILL, and returns what it acknowledged. */
function runAndKill(path: string, seed: number, delayMs: number, start: { doc: ProjectDocument; revision: number }): Promise<Round> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, path, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const round: Round = { acked: start.doc, ackedRevision: start.revision, inFlight: null, edits: 0 };
    let pending: DocumentDiff | null = null;
    let stderr = '';
    let killed = false;
    proc.stderr!.on('data', (d: Buffer) => void (stderr += d.toString()));
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      const space = line.indexOf(' ');
      const word = line.slice(0, space);
      const rest = line.slice(space + 1);
      if (word === 'ready') {
        if (Number(rest) !== start.revision) reject(new Error(`child opened revision ${rest}, expected ${start.revision}`));
        setTimeout(() => {
          killed = true;
          proc.kill('SIGKILL');
        }, delayMs);
      } else if (word === 'pending') {
        pending = JSON.parse(rest) as DocumentDiff;
        round.inFlight = applyToDocument(round.acked, pending);
      } else if (word === 'ack') {
        round.acked = round.inFlight!;
        round.ackedRevision = Number(rest);
        round.inFlight = null;
        round.edits += 1;
      }
    });
    proc.once('exit', (_code, signal) => {
      if (!killed || signal !== 'SIGKILL') reject(new Error(`editor exited on its own (${signal ?? _code}): ${stderr}`));
      else setImmediate(() => resolve(round));
    });
  });
}

async function killRounds(path: string, rounds: number, seedBase: number, maxDelayMs: number): Promise<{ edits: number; inFlightLanded: number }> {
  const start = sampleDocument({ rowCount: 4, racksPerRow: 6 });
  ProjectService.create(path, start).close();
  const random = rng(seedBase);
  let state = { doc: start, revision: 0 };
  let edits = 0;
  let inFlightLanded = 0;
  for (let i = 0; i < rounds; i += 1) {
    const seed = seedBase + i;
    const round = await runAndKill(path, seed, Math.floor(random() * maxDelayMs), state);
    edits += round.edits;
    const project = ProjectService.open(path);
    expect(project.info().readOnlyReason).toBeNull();
    expect(project.integrityCheck()).toEqual(['ok']);
    const found = project.load();
    const revision = project.info().revision;
    project.close();
    const matchesAcked = canonical(found) === canonical(round.acked) && revision === round.ackedRevision;
    const matchesInFlight = round.inFlight !== null && canonical(found) === canonical(round.inFlight) && revision === round.ackedRevision + 1;
    if (!matchesAcked && !matchesInFlight) {
      throw new Error(`round ${i} (seed ${seed}): the file at revision ${revision} is neither the acknowledged revision ${round.ackedRevision} nor the one in flight`);
    }
    if (matchesInFlight) inFlightLanded += 1;
    state = { doc: found, revision };
  }
  return { edits, inFlightLanded };
}

describe('kill test', () => {
  it(`WAL: loses no acknowledged edit and never keeps part of one, over ${ROUNDS} SIGKILLs`, { timeout: 600_000 }, async () => {
    // Two projects killed side by side: the same number of kills in about half the time on two cores.
    const half = Math.ceil(ROUNDS / 2);
    const lanes = await Promise.all([
      killRounds(tmp.file('kill-1.powerhall'), half, 1_000, 40),
      killRounds(tmp.file('kill-2.powerhall'), ROUNDS - half, 500_000, 40),
    ]);
    const edits = lanes[0].edits + lanes[1].edits;
    const inFlightLanded = lanes[0].inFlightLanded + lanes[1].inFlightLanded;
    console.log(`kill test (WAL): ${ROUNDS} kills, ${edits} acknowledged edits, ${inFlightLanded} in-flight edits found committed`);
    expect(edits).toBeGreaterThan(ROUNDS);
  });

  it(`rollback journal (sync folder): the same over ${ROLLBACK_ROUNDS} SIGKILLs`, { timeout: 600_000 }, async () => {
    const folder = join(tmp.path, 'OneDrive');
    mkdirSync(folder);
    const { edits, inFlightLanded } = await killRounds(join(folder, 'kill.powerhall'), ROLLBACK_ROUNDS, 900_000, 150);
    console.log(`kill test (rollback journal): ${ROLLBACK_ROUNDS} kills, ${edits} acknowledged edits, ${inFlightLanded} in-flight edits found committed`);
    expect(edits).toBeGreaterThan(ROLLBACK_ROUNDS);
  });
});
