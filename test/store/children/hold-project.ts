// Opens a project as its writer, says so on stdout, and holds it until killed.
import { ProjectService } from '../../../main/services/project-service.ts';

const project = ProjectService.open(process.argv[2]!, { holder: 'Powerhall test holder' });
process.stdout.write(`${JSON.stringify({ readOnlyReason: project.info().readOnlyReason, pid: process.pid })}\n`);
setInterval(() => {}, 60_000);
