// Opens a project as its writer, renames its site once per name given, says "done", and holds the project (its
// WAL and lock in place) until the parent kills it.
import { writeSync } from 'node:fs';
import { ProjectService } from '../../../main/services/project-service.ts';

const [path, ...names] = process.argv.slice(2) as [string, ...string[]];
const project = ProjectService.open(path, { idleMs: 3_600_000 });
let revision = project.info().revision;
for (const name of names) {
  const site = project.load().site;
  revision = project.applyDiff(revision, { added: [], updated: [[site, { ...site, name }]], removed: [] }).revision;
}
writeSync(1, `done ${revision}\n`);
setInterval(() => {}, 60_000);
