import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../main/services/project-service.ts';
import { formatInterchange, parseInterchange } from '../../shared/interchange/interchange-json.ts';
import type { RecordOfType } from '../../shared/model/index.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { drawingPng } from '../support/underlay-png.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();

describe('an underlay in the interchange JSON', () => {
  it('is written by the export and read into a new project file, bytes and placement intact after a reopen', () => {
    const doc = sampleDocument({ rowCount: 1, racksPerRow: 2 });
    const underlay: RecordOfType<'underlay'> = {
      type: 'underlay',
      id: 'underlay-exported' as RecordOfType<'underlay'>['id'],
      hallId: doc.halls[0]!.id,
      name: 'As built, level 0',
      source: 'png',
      data: drawingPng(40, 30).toString('base64'),
      widthUnits: 40,
      heightUnits: 30,
      origin: { x: -1.25, y: 0.5 },
      rotationDeg: 90,
      metresPerUnit: 0.4,
      opacity: 0.35,
      locked: true,
    };
    const source = ProjectService.create(tmp.file('source.powerhall'), { ...doc, underlays: [underlay] });
    const text = formatInterchange(source.load());
    source.close();
    expect(JSON.parse(text).underlays).toEqual([underlay]);

    const read = parseInterchange(text);
    if (!read.ok) throw new Error(read.message);
    const path = tmp.file('imported.powerhall');
    ProjectService.create(path, read.document).close();
    const reopened = ProjectService.open(path);
    const [back] = reopened.load().underlays ?? [];
    reopened.close();
    expect(back).toEqual(underlay);
    expect(Buffer.from(back!.data, 'base64').equals(drawingPng(40, 30))).toBe(true);
  });
});
