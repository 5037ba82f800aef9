// `npm run build`, after the renderer: bundles the Electron shell and the CLI.
import { appRoot } from '../paths.ts';
import { bundleCli } from './bundle-cli.ts';
import { bundleElectron } from './bundle-electron.ts';

const root = appRoot();
await Promise.all([bundleElectron(root), bundleCli(root)]);
