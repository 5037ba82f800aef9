import { describe, expect, it } from 'vitest';
import { main } from '../../main/cli/main.ts';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['size', ...args], { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe('powerhall size', () => {
  it('--format json prints {summary, lines, checks, groups} with the fields of the issue', async () => {
    const { code, out } = await run(['--rack', 'dgx-b200', '--count', '16', '--power-redundancy', 'N+1', '--cooling-redundancy', 'N', '--format', 'json']);
    expect(code).toBe(0);
    const bill = JSON.parse(out) as { summary: Record<string, unknown>; lines: Record<string, unknown>[]; checks: unknown[] };
    expect(Object.keys(bill).sort()).toEqual(['checks', 'groups', 'lines', 'summary']);
    for (const k of ['itKw', 'facilityKw', 'pue', 'racks', 'gpus', 'liquidKw', 'airKw', 'capexUsd', 'longestLeadWeeks']) expect(bill.summary, k).toHaveProperty(k);
    expect(bill.summary['racks']).toBe(16);
    expect(bill.summary['network']).toEqual({ computeFabric: { tiers: 2, leaf: 16, spine: 8, core: 0, cables: { nodeLeaf: 512, leafSpine: 512, spineCore: 0 } } });
    const categories = new Set(bill.lines.map((l) => l['category']));
    expect([...categories].sort()).toEqual(['building', 'cooling', 'network', 'power']);
    for (const l of bill.lines) {
      for (const k of ['category', 'item', 'quantity', 'unit', 'capacity', 'redundancy', 'unitCostUsd', 'totalUsd', 'leadTimeWeeks', 'derivation', 'source']) expect(l).toHaveProperty(k);
    }
  });

  it('--format csv has a header and quotes fields with commas', async () => {
    const { code, out } = await run(['--rack', 'gb200-nvl72', '--count', '8', '--format', 'csv']);
    expect(code).toBe(0);
    const [header, first] = out.split(/\r?\n/);
    expect(header).toContain('quantity');
    expect(header).toContain('total_usd');
    expect(first).toMatch(/^power,/);
    expect(out).toMatch(/"[^"]*,[^"]*"/);
  });

  it('--format table is aligned and ends with the checks', async () => {
    const { code, out } = await run(['--rack', 'air-40kw', '--count', '20']);
    expect(code).toBe(0);
    expect(out).toContain('IT load 0.8 MW');
    expect(out).toMatch(/INFO assumed-input/);
  });

  it('the fabric can be chosen', async () => {
    const { out } = await run(['--rack', 'dgx-b200', '--count', '72', '--fabric', 'ib-q3400-xdr-144p', '--format', 'json']);
    expect((JSON.parse(out) as { summary: { network: { computeFabric: { tiers: number } } } }).summary.network.computeFabric.tiers).toBe(2);
  });

  it('an unknown profile lists the valid ones', async () => {
    const { code, err } = await run(['--rack', 'gb999', '--count', '1']);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain("--rack: unknown rack profile 'gb999'");
    expect(err).toContain('gb200-nvl72');
    expect(err).toContain('kyber-nvl576');
  });

  for (const bad of ['0', '-3', '1.5', 'ten', '', '1e3']) {
    it(`--count '${bad}' exits non-zero naming --count`, async () => {
      const { code, err } = await run(['--rack', 'dgx-h100', `--count=${bad}`]);
      expect(code).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toContain('--count');
    });
  }

  for (const [option, value] of [['power-redundancy', '3N'], ['cooling-redundancy', 'N+2'], ['format', 'xml'], ['fabric', 'no-switch']] as const) {
    it(`--${option} ${value} exits non-zero naming --${option}`, async () => {
      const { code, err } = await run(['--rack', 'dgx-h100', '--count', '4', `--${option}`, value]);
      expect(code).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toContain(`--${option}`);
    });
  }

  it('a missing --rack or --count is a usage error', async () => {
    expect((await run(['--count', '4'])).code).toBe(2);
    expect((await run(['--rack', 'dgx-h100'])).code).toBe(2);
  });
});
