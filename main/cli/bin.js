#!/usr/bin/env node
// The `powerhall` command. It runs the bundle that `npm run build` writes to dist/cli, which starts several times
// faster than compiling the TypeScript sources. Where that bundle is missing, or older than a source it was built
// from (a checkout being edited), it says so in one line and runs the sources through tsx, never stale code.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const bundle = new URL('dist/cli/powerhall.mjs', root);

/** A checkout has the sources beside this file; an installed copy ships none. */
const checkout = existsSync(new URL('main.ts', import.meta.url));

/** Why the bundle cannot be used, or undefined when it can. Sources that are not there are skipped. */
function bundleProblem() {
  const built = statSync(bundle, { throwIfNoEntry: false });
  if (!built) return 'is missing';
  let sources;
  try {
    sources = JSON.parse(readFileSync(new URL('dist/cli/inputs.json', root), 'utf8'));
  } catch {
    return 'is incomplete';
  }
  // An installed copy has no source that could be newer: it is spared a stat of each of its hundreds of inputs.
  if (!checkout) return undefined;
  for (const source of sources) {
    const stat = statSync(new URL(source, root), { throwIfNoEntry: false });
    if (stat && stat.mtimeMs > built.mtimeMs) return `is older than ${source}`;
  }
  return undefined;
}

const problem = bundleProblem();
if (problem === undefined) {
  const { runAsProcess } = await import(bundle.href);
  await runAsProcess(process.argv.slice(2));
} else if (checkout) {
  process.stderr.write(`powerhall: the CLI bundle (dist/cli) ${problem}; running the sources, which is slower. Run 'npm run build'.\n`);
  const { register } = await import('tsx/esm/api');
  register();
  const { runAsProcess } = await import('./main.ts');
  await runAsProcess(process.argv.slice(2));
} else {
  process.stderr.write(`powerhall: the CLI bundle (dist/cli) ${problem}; run 'npm run build' in ${fileURLToPath(root)}.\n`);
  process.exitCode = 1;
}
