#!/usr/bin/env node
// The `powerhall` command: runs the TypeScript CLI through tsx's loader, so it always runs the checked-out sources.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
