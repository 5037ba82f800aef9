// Opens a project the way the app does and prints what it got as one JSON line: the read-only reason, the site
// name, or the error message. Used to open projects in places this process may not write to.
import { ProjectService } from '../../../main/services/project-service.ts';

try {
  const project = ProjectService.open(process.argv[2]!);
  const info = project.info();
  const name = project.load().site.name;
  project.close();
  process.stdout.write(`${JSON.stringify({ readOnlyReason: info.readOnlyReason, name })}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`);
}
