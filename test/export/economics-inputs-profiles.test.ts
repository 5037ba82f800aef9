import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { pdfFormat } from '../../main/export/pdf-format.ts';
import { xlsxFormat } from '../../main/export/xlsx-format.ts';
import { defaultAiProfile, LOAD_FIELDS, PROFILE_SOURCES, type AiProfile } from '../../shared/analysis/load-profile/index.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';
import { phase1Context } from './export-fixture.ts';
import { pdfPagesText } from './pdf-readers.ts';

// The economics inputs of an export carry each AI hall's load profile beside the economics inputs: the kind, then every
// figure with its unit, the default of its kind and that default's source. Read back with exceljs and pdftotext.
// The sample's Phase 1 AI hall (Building 3) is given a mix profile with two figures off their defaults, so the value
// read back is the stored one and the default column still shows the assumed figure.

const HALL = 'Building 3 (AI hall)';
const mix = defaultAiProfile('mix') as Extract<AiProfile, { kind: 'mix' }>;
const stored: AiProfile = { ...mix, trainingSharePct: 0.3, inference: { ...mix.inference, peakHourOfDay: 18 } };

function sampleWithMix(): ProjectDocument {
  const doc = loadSampleDocument();
  expect(doc.halls.find((h) => h.id === 'hall-b3-ai')?.name).toBe(HALL);
  return { ...doc, halls: doc.halls.map((h) => (h.id === 'hall-b3-ai' ? { ...h, aiProfile: stored } : h)) };
}

/** The rows the profile must show: label, stored value, unit, default of the kind, source of the default. */
const expectedRows: [string, string | number, string, string | number, string][] = [
  [`${HALL}: AI load profile`, 'mix', 'training, inference or mix (of both)', 'training', 'assumed: a hall with no profile entered on its record runs as a training tenant'],
  [`${HALL}: ${LOAD_FIELDS.trainingSharePct.label}`, 0.3, LOAD_FIELDS.trainingSharePct.unit, 0.5, PROFILE_SOURCES.trainingSharePct],
  [`${HALL}: ${LOAD_FIELDS.utilisationPct.label}`, 0.9, LOAD_FIELDS.utilisationPct.unit, 0.9, PROFILE_SOURCES.utilisationPct],
  [`${HALL}: ${LOAD_FIELDS.maintenanceStartHour.label}, stop 2`, 3190, LOAD_FIELDS.maintenanceStartHour.unit, 3190, PROFILE_SOURCES.maintenanceStartHour],
  [`${HALL}: ${LOAD_FIELDS.peakHourOfDay.label}`, 18, LOAD_FIELDS.peakHourOfDay.unit, 14, PROFILE_SOURCES.peakHourOfDay],
  [`${HALL}: ${LOAD_FIELDS.weekendPct.label}`, 0.85, LOAD_FIELDS.weekendPct.unit, 0.85, PROFILE_SOURCES.weekendPct],
];

describe("economics inputs of an export: each AI hall's load profile", { timeout: 60_000 }, () => {
  let sheetRows: unknown[][];
  let inputPages: string;
  beforeAll(async () => {
    const context = phase1Context({ document: sampleWithMix() });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxFormat.write(context, () => {})).buffer as ArrayBuffer);
    sheetRows = workbook.getWorksheet('Economics inputs')!.getSheetValues().flatMap((r) => (Array.isArray(r) ? [r.slice(1)] : []));
    const pages = pdfPagesText(await pdfFormat.write(context, () => {}));
    inputPages = pages.filter((p) => p.includes('Inputs, their units and the source of each default')).join('\n');
  });

  it('lists the kind and every figure of the profile in the XLSX, numbers as numbers, with unit, default and source', () => {
    for (const [label, value, unit, fallback, source] of expectedRows) {
      const row = sheetRows.find((r) => r[0] === label);
      expect(row, label).toBeDefined();
      expect(row!.slice(1, 4), label).toEqual([value, unit, fallback]);
      expect(String(row![4]), label).toContain(source);
    }
    // A mix lists its share, its training part (four figures and three a stop) and its inference part (four figures).
    const profileRows = sheetRows.filter((r) => String(r[0]).startsWith(`${HALL}: `));
    expect(profileRows).toHaveLength(1 + 1 + 4 + 3 * mix.training.maintenance.length + 4);
    // The economics inputs are still there before the profile.
    expect(sheetRows.findIndex((r) => r[0] === 'Debt tenor')).toBeLessThan(sheetRows.findIndex((r) => r[0] === `${HALL}: AI load profile`));
  });

  it('prints the same rows in the PDF economics inputs table', () => {
    expect(inputPages).not.toBe('');
    const lines = inputPages.split('\n');
    for (const [label, value, unit, fallback] of expectedRows) {
      const text = (v: string | number) => (typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 6 }) : v);
      const line = lines.find((l) => l.includes(label));
      expect(line, label).toBeDefined();
      // One printed line holds the row's label, value, unit (its first words) and default, in that order.
      const words = [label, text(value), unit.split(',')[0]!, text(fallback)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      expect(line, label).toMatch(new RegExp(words.join('.*')));
    }
    expect(inputPages).toContain('Debt tenor');
  });
});
