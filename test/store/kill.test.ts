import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import type { DocumentDiff, ProjectDocument } from '../../shared/model/index.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { applyToDocument, rng } from './random-edits.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const ROUNDS = Number(process.env.POWERHALL_KILL_ROUNDS ?? 200);
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

describe('kill test', () => {
  it(`loses no acknowledged edit and never keeps part of one, over ${ROUNDS} SIGKILLs`, { timeout: 600_000 }, async () => {
    const path = tmp.file('kill.powerhall');
    ProjectService.create(path, sampleDocument({ rowCount: 4, racksPerRow: 6 })).close();
    const random = rng(20261126);
    let state = { doc: sampleDocument({ rowCount: 4, racksPerRow: 6 }), revision: 0 };
    let totalEdits = 0;
    let inFlightLanded = 0;
    for (let i = 0; i < ROUNDS; i += 1) {
      const round = await runAndKill(path, i + 1, Math.floor(random() * 40), state);
      totalEdits += round.edits;
      const project = ProjectService.open(path);
      expect(project.info().readOnlyReason).toBeNull();
      expect(project.integrityCheck()).toEqual(['ok']);
      const found = project.load();
      const revision = project.info().revision;
      project.close();
      const matchesAcked = canonical(found) === canonical(round.acked) && revision === round.ackedRevision;
      const matchesInFlight = round.inFlight !== null && canonical(found) === canonical(round.inFlight) && revision === round.ackedRevision + 1;
      if (!matchesAcked && !matchesInFlight) {
        throw new Error(`round ${i} (seed ${i + 1}): the file at revision ${revision} is neither the acknowledged revision ${round.ackedRevision} nor the one in flight`);
      }
      if (matchesInFlight) inFlightLanded += 1;
      state = { doc: found, revision };
    }
    console.log(`kill test: ${ROUNDS} kills, ${totalEdits} acknowledged edits, ${inFlightLanded} in-flight edits found committed`);
    expect(totalEdits).toBeGreaterThan(ROUNDS);
  });
});
