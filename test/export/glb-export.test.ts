import { validateBytes } from 'gltf-validator';
import { Box3, PropertyBinding, type Object3D } from 'three';
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { glbFormat } from '../../main/export/glb-format.ts';
import type { ReportContext } from '../../shared/report-views/report-context.ts';
import { phase1Context } from './export-fixture.ts';

function parseWithThree(bytes: Uint8Array): Promise<GLTF> {
  const copy = bytes.slice().buffer;
  return new Promise((resolve, reject) => new GLTFLoader().parse(copy, '', resolve, reject));
}

function byExtras(root: Object3D, type: string): Object3D[] {
  const found: Object3D[] = [];
  root.traverse((o) => {
    if ((o.userData as { type?: string }).type === type) found.push(o);
  });
  return found;
}

describe('GLB export (read back with the glTF validator and three\'s GLTFLoader)', () => {
  let context: ReportContext;
  let glb: Uint8Array;
  beforeAll(async () => {
    context = phase1Context();
    glb = await glbFormat.write(context, () => {});
  });

  it('is valid glTF 2.0 binary with no errors', async () => {
    const report = await validateBytes(glb, { format: 'glb', maxIssues: 50 });
    expect(report.issues.messages.filter((m) => m.severity === 0), JSON.stringify(report.issues.messages.slice(0, 5))).toEqual([]);
    expect(report.issues.numErrors).toBe(0);
    expect(report.info?.totalTriangleCount).toBeGreaterThanOrEqual(context.report.summary.racks * 12);
  });

  it('holds the halls, rows, racks merged per profile, equipment and pipes, named after records with ids in extras', async () => {
    const { scene, userData } = await parseWithThree(glb);
    expect(userData).toMatchObject({ units: 'm', up: 'Y', scenarioId: 'sc-phase1' });
    const { placement } = context.report;
    // three turns names into valid animation-track names; the file holds the record's own name.
    const halls = byExtras(scene, 'hall');
    expect(halls.map((o) => o.userData.id)).toEqual(placement.halls.map((h) => h.id));
    expect(halls.map((o) => o.name)).toEqual(placement.halls.map((h) => PropertyBinding.sanitizeNodeName(h.name)));
    expect(byExtras(scene, 'row').map((o) => o.userData.id)).toEqual(placement.rows.map((r) => r.id));
    const rackGroups = byExtras(scene, 'racks');
    // One merged mesh per profile in each hall (the two mining halls each hold their own hydro ASIC racks).
    const hallProfiles = new Set(placement.rows.flatMap((r) => r.racks.map((k) => `${r.hallId}/${k.profileId}`)));
    expect(rackGroups).toHaveLength(hallProfiles.size);
    const rackIds = rackGroups.flatMap((o) => o.userData.rackIds as string[]).sort();
    expect(rackIds).toEqual(placement.rows.flatMap((r) => r.racks.map((k) => k.id)).sort());
    const equipment = byExtras(scene, 'equipment');
    expect(equipment.map((o) => o.userData.id)).toEqual(placement.equipment.map((e) => e.id));
    expect(equipment.find((o) => o.userData.id === 'ups-g1a-a1')?.userData.catalogId).toBe('ups-1000kw');
    expect(byExtras(scene, 'pipe').map((o) => o.userData.lengthM)).toEqual(placement.routes.map((r) => r.lengthM));
  });

  it('places racks where the report places them, in metres with Y up', async () => {
    const { scene } = await parseWithThree(glb);
    const rack = context.report.placement.rows[0]!.racks[0]!;
    const group = byExtras(scene, 'racks').find((o) => o.userData.profileId === rack.profileId)!;
    const bounds = new Box3().setFromObject(group);
    expect(bounds.min.y).toBeCloseTo(0, 5);
    expect(bounds.max.y).toBeCloseTo(Math.max(...context.report.placement.rows.flatMap((r) => r.racks.filter((k) => k.profileId === rack.profileId).map((k) => k.box.h))), 3);
    expect(bounds.min.x).toBeLessThanOrEqual(rack.box.x);
    expect(bounds.max.z).toBeGreaterThanOrEqual(rack.box.y);
  });
});
