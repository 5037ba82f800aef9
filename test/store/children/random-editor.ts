// The kill test's victim: applies random edits through the real ProjectService and reports each one on stdout,
// synchronously, before ("pending") and after ("ack") it is persisted, until the parent kills it.
import { writeSync } from 'node:fs';
import { ProjectService } from '../../../main/services/project-service.ts';
import { applyToDocument, randomDiff, rng } from '../random-edits.ts';

const [path, seedText] = process.argv.slice(2) as [string, string];
const random = rng(Number(seedText));
const project = ProjectService.open(path, { backupIntervalMs: 0 });
if (project.info().readOnlyReason !== null) throw new Error(project.info().readOnlyReason!);
let doc = project.load();
let revision = project.info().revision;
writeSync(1, `ready ${revision}\n`);
for (let serial = 0; ; serial += 1) {
  const diff = randomDiff(doc, random, Number(seedText) * 10_000 + serial);
  writeSync(1, `pending ${JSON.stringify(diff)}\n`);
  revision = project.applyDiff(revision, diff).revision;
  writeSync(1, `ack ${revision}\n`);
  doc = applyToDocument(doc, diff);
  // Checkpoints and backups now and then, so that kills also land inside them.
  if (serial % 25 === 24) project.runIdleWork();
}
