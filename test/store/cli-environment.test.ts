import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatInterchange } from '../../shared/interchange/interchange-json.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { runCli } from '../support/run-cli.ts';
import { CLI } from '../support/serve.ts';
import { runWithout } from './as-other-user.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const STACK = /\n\s+at /;

describe('the command line under environment faults', () => {
  it('import --out into a missing folder says so in one line and leaves nothing', async () => {
    writeFileSync(tmp.file('site.json'), formatInterchange(sampleDocument()));
    const out = join(tmp.path, 'no-such-folder', 'p.powerhall');
    const run = await runCli(['import', tmp.file('site.json'), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^powerhall import: The folder .*no-such-folder does not exist; create it first/);
    expect(existsSync(join(tmp.path, 'no-such-folder'))).toBe(false);
  });

  it('import --out into a read-only folder says so in one line and leaves nothing', () => {
    writeFileSync(tmp.file('site.json'), formatInterchange(sampleDocument()));
    chmodSync(tmp.file('site.json'), 0o644);
    const folder = tmp.file('locked');
    mkdirSync(folder);
    chmodSync(folder, 0o755);
    const run = runWithout(tmp.path, folder, [CLI, 'import', tmp.file('site.json'), '--out', join(folder, 'p.powerhall')]);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/powerhall import: The project was not created at .*p\.powerhall: .*(permission|read-only)/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('serve on a port another program holds says so in one line', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const run = await runCli(['serve', '--port', String(port)]);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/^powerhall serve: Could not listen on 127\.0\.0\.1 port \d+: another program is already listening there \(EADDRINUSE\)\./);
    } finally {
      holder.close();
    }
  });
});
