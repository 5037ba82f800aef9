import type { Placement, ScenarioReport } from '../../../shared/analysis/report-schema.ts';
import { worldBounds } from '../../../shared/geometry/floor-box.ts';
import { BoxMesh } from './box-mesh.ts';
import type { GltfBuilder } from './gltf-builder.ts';

type Box = Placement['halls'][number]['box'];

/** Height of the pipe routes' centre line above the floor (overhead mains), metres. */
const PIPE_ELEVATION_M = 3;
const SLAB_M = 0.1;
const PROFILE_COLOURS: [number, number, number, number][] = [
  [0.2, 0.36, 0.58, 1],
  [0.55, 0.27, 0.6, 1],
  [0.2, 0.55, 0.45, 1],
  [0.7, 0.45, 0.15, 1],
  [0.45, 0.45, 0.5, 1],
];

function boxOf(mesh: BoxMesh, box: Box, y0 = 0, y1 = box.h): void {
  const [x0, , z0, x1, , z1] = worldBounds(box);
  mesh.add(x0, y0, z0, x1, y1, z1);
}

/**
 * The scenario as glTF nodes (metres, Y up, x east, z = plan y so that north is −z): a node per hall with its
 * floor slab, one merged mesh per rack profile in each hall (ids in extras), a node per row, per equipment and per
 * loop route. Returns the root nodes.
 */
export function addScenarioScene(gltf: GltfBuilder, report: ScenarioReport): number[] {
  const placement = report.placement;
  const hallMat = gltf.material('hall floor', [0.82, 0.82, 0.8, 1]);
  const equipmentMat = gltf.material('equipment', [0.85, 0.6, 0.25, 1]);
  const pipeMat = gltf.material('pipe', [0.1, 0.42, 0.75, 1]);
  const yardMat = gltf.material('yard', [0.65, 0.68, 0.6, 1]);
  const profileMats = new Map<string, number>();
  const materialOf = (profileId: string) => {
    let m = profileMats.get(profileId);
    if (m === undefined) {
      m = gltf.material(`rack ${profileId}`, PROFILE_COLOURS[profileMats.size % PROFILE_COLOURS.length]!);
      profileMats.set(profileId, m);
    }
    return m;
  };
  const meshOf = (name: string, boxes: BoxMesh, material: number) => {
    const { positions, indices } = boxes.buffers();
    return gltf.mesh(name, positions, indices, material);
  };
  const roots: number[] = [];
  for (const hall of placement.halls) {
    const slab = new BoxMesh(1);
    boxOf(slab, hall.box, -SLAB_M, 0);
    const children: number[] = [];
    const rows = placement.rows.filter((r) => r.hallId === hall.id);
    const byProfile = new Map<string, { mesh: BoxMesh; ids: string[] }>();
    for (const row of rows) {
      children.push(gltf.node({ name: row.name, translation: [row.box.x, 0, row.box.y], extras: { type: 'row', id: row.id, racks: row.racks.length } }));
      for (const rack of row.racks) {
        let group = byProfile.get(rack.profileId);
        if (!group) {
          group = { mesh: new BoxMesh(64), ids: [] };
          byProfile.set(rack.profileId, group);
        }
        boxOf(group.mesh, rack.box);
        group.ids.push(rack.id);
      }
    }
    for (const [profileId, group] of byProfile) {
      children.push(gltf.node({ name: `Racks ${profileId}`, mesh: meshOf(`racks ${profileId}`, group.mesh, materialOf(profileId)), extras: { type: 'racks', profileId, rackIds: group.ids } }));
    }
    roots.push(gltf.node({ name: hall.name, mesh: meshOf(`${hall.name} floor`, slab, hallMat), children, extras: { type: 'hall', id: hall.id, kind: hall.kind } }));
  }
  if (placement.yard) {
    const y = placement.yard;
    const slab = new BoxMesh(1);
    slab.add(y.minX, -SLAB_M, y.minY, y.maxX, 0, y.maxY);
    roots.push(gltf.node({ name: 'Yard', mesh: meshOf('yard', slab, yardMat), extras: { type: 'yard' } }));
  }
  for (const eq of placement.equipment) {
    const mesh = new BoxMesh(1);
    boxOf(mesh, eq.box);
    roots.push(gltf.node({ name: eq.name, mesh: meshOf(eq.name, mesh, equipmentMat), extras: { type: 'equipment', id: eq.id, catalogId: eq.catalogId, kind: eq.kind, hallId: eq.hallId } }));
  }
  const loops = new Map(report.summary.cooling.loops.map((l) => [l.id, l]));
  for (const route of placement.routes) {
    const loop = loops.get(route.loopId);
    const r = Math.max((loop?.pipeDn ?? 150) / 2000, 0.05);
    const mesh = new BoxMesh(route.points.length);
    for (let i = 1; i < route.points.length; i += 1) {
      const a = route.points[i - 1]!;
      const b = route.points[i]!;
      mesh.add(Math.min(a.x, b.x) - r, PIPE_ELEVATION_M - r, Math.min(a.y, b.y) - r, Math.max(a.x, b.x) + r, PIPE_ELEVATION_M + r, Math.max(a.y, b.y) + r);
    }
    if (mesh.count === 0) continue;
    const name = `${loop?.name ?? route.loopId} pipe`;
    roots.push(gltf.node({ name, mesh: meshOf(name, mesh, pipeMat), extras: { type: 'pipe', loopId: route.loopId, lengthM: route.lengthM, dn: loop?.pipeDn ?? null, automatic: route.automatic } }));
  }
  return roots;
}
