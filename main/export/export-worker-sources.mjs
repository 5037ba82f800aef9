// The export worker run from the TypeScript sources (development, tests): tsx is registered inside the worker first,
// as main/cli/bin.js does for the CLI, since a worker thread does not inherit the loader of the thread that made it.
import { register } from 'tsx/esm/api';

register();
await import('./export-worker.ts');
