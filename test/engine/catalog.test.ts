import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOG_DIR, CatalogError, loadCatalog } from '../../main/catalog/load-catalog.ts';
import { catalogProblems, figureSources } from '../../shared/catalog/integrity.ts';
import { catalog } from './fixtures.ts';

const REQUIRED_PROFILES = ['legacy-8.4kw', 'air-40kw', 'dgx-h100', 'dgx-b200', 'dgx-b300', 'gb200-nvl72', 'gb300-nvl72', 'vr-nvl144', 'kyber-nvl576', 'btc-hydro-asic'];

describe('catalog', () => {
  it('loads with every numeric figure citing a known source', () => {
    expect(catalogProblems(catalog)).toEqual([]);
    const sourceIds = new Set(catalog.sources.map((s) => s.id));
    for (const record of [...catalog.rackProfiles, ...catalog.equipment]) {
      const covered = figureSources(record);
      for (const [field, value] of Object.entries(record)) {
        if (typeof value === 'number') {
          expect(covered.get(field), `${record.id}.${field}`).toBeDefined();
          expect(sourceIds.has(covered.get(field)!), `${record.id}.${field}`).toBe(true);
        }
      }
    }
    for (const f of catalog.factors) expect(sourceIds.has(f.source), f.id).toBe(true);
  });

  it('has the rack profiles of the issue with their reference figures', () => {
    const ids = catalog.rackProfiles.map((p) => p.id);
    for (const id of REQUIRED_PROFILES) expect(ids).toContain(id);
    const kw = (id: string) => catalog.rackProfiles.find((p) => p.id === id)!.itKw;
    expect(kw('legacy-8.4kw')).toBe(8.4);
    expect(kw('dgx-h100')).toBe(40.8);
    expect(kw('gb200-nvl72')).toBe(132);
    expect(kw('kyber-nvl576')).toBe(600);
    expect(catalog.rackProfiles.find((p) => p.id === 'dgx-b200')!.referenceFabricSwitchId).toBe('ib-qm9700-ndr-64p');
  });

  it('has CDUs rated in both kW and L/min, UPS frames from 500 to 1,250 kW and every equipment kind', () => {
    const cdus = catalog.equipment.filter((e) => e.kind === 'cdu');
    expect(cdus.length).toBeGreaterThanOrEqual(3);
    for (const c of cdus) {
      expect(c.capacityKw).toBeGreaterThan(0);
      expect(c.flowLpm).toBeGreaterThan(0);
    }
    const ups = catalog.equipment.filter((e) => e.kind === 'ups').map((u) => u.capacityKw);
    expect(Math.min(...(ups as number[]))).toBe(500);
    expect(Math.max(...(ups as number[]))).toBe(1250);
    const kinds = new Set(catalog.equipment.map((e) => e.kind));
    for (const k of ['cdu', 'rdhx', 'crah', 'heat-rejection', 'ups', 'transformer', 'generator', 'switchgear', 'busway', 'pdu', 'switch', 'transceiver', 'cable', 'wan']) {
      expect(kinds.has(k as never), k).toBe(true);
    }
    expect(catalog.equipment.find((e) => e.id === 'ib-qm9700-ndr-64p')!.ports).toBe(64);
  });
});

describe('loadCatalog refuses bad data, naming the file and the field', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function brokenCopy(file: string, edit: (data: Record<string, unknown[]>) => void): string {
    dir = mkdtempSync(join(tmpdir(), 'powerhall-catalog-'));
    cpSync(CATALOG_DIR, dir, { recursive: true });
    const path = join(dir, file);
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown[]>;
    edit(data);
    writeFileSync(path, JSON.stringify(data));
    return dir;
  }

  it('a negative rack load', () => {
    const at = brokenCopy('rack-profiles.json', (d) => ((d['rackProfiles']![2] as Record<string, unknown>)['itKw'] = -5));
    expect(() => loadCatalog(at)).toThrow(CatalogError);
    expect(() => loadCatalog(at)).toThrow(/rack-profiles\.json, field rackProfiles\.2\.itKw/);
  });

  it('a figure without a source', () => {
    const at = brokenCopy('equipment.json', (d) => {
      const item = d['equipment']![0] as { sources: Record<string, string> };
      item.sources = { unitCostUsd: 'ph-estimate' };
    });
    expect(() => loadCatalog(at)).toThrow(/equipment\.json, field 0\.\w+: figure of 'cdu-inrow-250kw' has no source/);
  });

  it('an unknown source id', () => {
    const at = brokenCopy('factors.json', (d) => ((d['factors']![0] as Record<string, unknown>)['source'] = 'nowhere'));
    expect(() => loadCatalog(at)).toThrow(/factors\.json, field 0\.source: unknown source id 'nowhere'/);
  });

  it('a CDU without its flow rating', () => {
    const at = brokenCopy('equipment.json', (d) => delete (d['equipment']![1] as Record<string, unknown>)['flowLpm']);
    expect(() => loadCatalog(at)).toThrow(/equipment\.json, field 1\.flowLpm: cdu 'cdu-inrow-600kw' must state flowLpm/);
  });

  it('heat rejection without its rating condition (it is sized at the design ambient, so the rating must be known)', () => {
    const strip = (id: string, field: string) =>
      brokenCopy('equipment.json', (d) => {
        const i = d['equipment']!.findIndex((e) => (e as { id: string }).id === id);
        delete (d['equipment']![i] as Record<string, unknown>)[field];
      });
    expect(() => loadCatalog(strip('drycooler-adiabatic-500kw', 'ratedApproachK'))).toThrow(/equipment\.json, field equipment\.\d+\.ratedApproachK: dry-cooler 'drycooler-adiabatic-500kw' must state its rating condition/);
    rmSync(dir, { recursive: true, force: true });
    expect(() => loadCatalog(strip('chiller-air-500kw', 'capacityLossPerK'))).toThrow(/field equipment\.\d+\.capacityLossPerK: chiller 'chiller-air-500kw' must state its rating condition/);
  });

  it('a file that is not JSON', () => {
    dir = mkdtempSync(join(tmpdir(), 'powerhall-catalog-'));
    cpSync(CATALOG_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'sources.json'), '{ not json');
    expect(() => loadCatalog(dir)).toThrow(/catalog file sources\.json/);
  });
});
