// Runs under a small file-size limit: adds rows of racks until the disk refuses an edit, then runs idle work and
// close, which must neither throw nor end the process. Reports each step on stdout.
import { writeSync } from 'node:fs';
import { ProjectService } from '../../../main/services/project-service.ts';

const path = process.argv[2]!;
const say = (line: string) => writeSync(1, `${line}\n`);
const project = ProjectService.open(path, { idleMs: 10, backupIntervalMs: 0 });
const doc = project.load();
const template = doc.rows[0]!;
const rack = doc.racks[0]!;
let revision = project.info().revision;
for (let n = 0; n < 200; n += 1) {
  const row = { ...template, id: `row-fill-${n}` as typeof template.id, name: `Fill ${n}` };
  const racks = Array.from({ length: 100 }, (_, i) => ({ ...rack, id: `rack-fill-${n}-${i}` as typeof rack.id, rowId: row.id, slot: i, label: `${n}-${i}-`.padEnd(60, 'x') }));
  try {
    revision = project.applyDiff(revision, { added: [{ ...row, slotCount: 100 }, ...racks], updated: [], removed: [] }).revision;
    say(`ack ${revision}`);
  } catch (error) {
    say(`refused ${error instanceof Error ? error.message : String(error)}`);
    break;
  }
}
project.runIdleWork();
say('idle survived');
// The idle timer an edit scheduled fires too; a throw there would end the process before this line.
await new Promise((resolve) => setTimeout(resolve, 100));
say(`problem ${project.storageProblem() ?? 'none'}`);
project.close();
say('closed');
