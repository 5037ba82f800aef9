import { Mesh, MeshLambertMaterial, BoxGeometry, Raycaster, Vector2, type Camera, type Object3D, type Scene, type WebGLRenderer } from 'three';
import type { Catalog } from '../../shared/catalog/schema.ts';
import { runAction } from '../editor/actions/index.ts';
import { createEditor } from '../editor/editor.ts';
import { kwColor } from '../viewport/colors.ts';
import { rackBox } from '../../shared/geometry/floor-box.ts';
import { ViewportController } from '../viewport/viewport-controller.ts';
import { syntheticDocument } from './synthetic-document.ts';

// Measures what does not depend on the rasterizer (software WebGL here): build time, draw calls, main-thread
// time inside renderer.render, pick time and edit-to-buffer time, for the instanced viewport and for a
// one-mesh-per-rack baseline in the same page.

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

interface Internals {
  renderer: WebGLRenderer;
  rig: { camera: Camera; controls: { update(): void; target: { x: number; y: number; z: number } } };
}

async function run(racks: number, catalog: Catalog): Promise<Record<string, number | boolean>> {
  const container = document.getElementById('view')!;
  const editor = createEditor(syntheticDocument(racks, catalog), catalog);
  const controller = new ViewportController(container, editor);
  const { renderer, rig } = controller as unknown as Internals;
  const scene = controller.sync.scene as Scene;
  await nextFrame();
  await nextFrame();

  // Median of five full builds (the controller's own first build warmed the code, as in a session).
  const builds: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    controller.sync.rebuild();
    controller.sync.flush();
    builds.push(performance.now() - t0);
  }
  const buildMs = median(builds);

  const renderTimes = (target: Scene): { ms: number; calls: number } => {
    const times: number[] = [];
    let calls = 0;
    for (let i = 0; i < 7; i++) {
      (rig.camera as Object3D).position.x += 0.5 * (i % 2 ? 1 : -1);
      rig.controls.update();
      const t = performance.now();
      renderer.render(target, rig.camera);
      times.push(performance.now() - t);
      calls = renderer.info.render.calls;
      renderer.getContext().finish();
    }
    return { ms: median(times), calls };
  };
  const instanced = renderTimes(scene);

  const canvas = controller.canvas;
  const rect = canvas.getBoundingClientRect();
  const points: [number, number][] = [];
  for (let i = 0; i < 200; i++) points.push([rect.left + rect.width * (0.2 + 0.6 * ((i * 37) % 100) / 100), rect.top + rect.height * (0.2 + 0.6 * ((i * 61) % 100) / 100)]);
  // performance.now() is coarsened to 0.1 ms in the browser, so picks are timed as a batch and averaged.
  let hits = 0;
  const tp = performance.now();
  for (const [x, y] of points) if (controller.pick(x, y).id?.startsWith('rack-')) hits++;
  const pickMs = (performance.now() - tp) / points.length;

  void editor.live.current;
  // Edit: move one row of 20 racks by one slot pitch; measure until its instance ranges are marked for upload.
  editor.session.select(['row-0']);
  const framesBefore = Number(canvas.dataset.frames);
  const te = performance.now();
  runAction(editor, 'selection.move', { delta: { x: 0.6, y: 0 } });
  controller.sync.flush();
  const editMs = performance.now() - te;
  // The live report after the same edit: bill, every check and the group figures.
  const tbill = performance.now();
  void editor.live.current;
  const billMs = performance.now() - tbill;
  await nextFrame();
  await nextFrame();
  const framesAfterEdit = Number(canvas.dataset.frames);
  await new Promise((r) => setTimeout(r, 500));
  const framesIdle = Number(canvas.dataset.frames);

  // Baseline: the same racks, one Mesh (and material) each, in the same scene with the instanced racks hidden.
  controller.sync.racks.root.visible = false;
  const geometries = new Map<string, BoxGeometry>();
  let meshes: Mesh[] = [];
  const byId = new Map<string, Mesh>();
  const removeBaseline = () => {
    for (const m of meshes) {
      scene.remove(m);
      (m.material as MeshLambertMaterial).dispose();
    }
    meshes = [];
    byId.clear();
  };
  const baselineBuilds: number[] = [];
  for (let i = 0; i < 5; i++) {
    removeBaseline();
    const tb = performance.now();
    for (const rack of editor.store.all('rack')) {
      const box = rackBox(editor.store, editor.catalog, rack)!;
      let g = geometries.get(rack.profileId);
      if (!g) {
        g = new BoxGeometry(box.w, box.h, box.d).translate(0, box.h / 2, 0);
        geometries.set(rack.profileId, g);
      }
      const mesh = new Mesh(g, new MeshLambertMaterial({ color: kwColor(editor.catalog.findProfile(rack.profileId)?.itKw ?? 0) }));
      mesh.position.set(box.x, 0, box.y);
      mesh.rotation.y = (-box.rotation * Math.PI) / 180;
      mesh.userData.id = rack.id;
      scene.add(mesh);
      meshes.push(mesh);
      byId.set(rack.id, mesh);
    }
    baselineBuilds.push(performance.now() - tb);
  }
  const baselineBuildMs = median(baselineBuilds);
  const baseline = renderTimes(scene);
  const raycaster = new Raycaster();
  const basePoints = points.slice(0, 40);
  const tbp = performance.now();
  for (const [x, y] of basePoints) {
    raycaster.setFromCamera(new Vector2(((x - rect.left) / rect.width) * 2 - 1, -((y - rect.top) / rect.height) * 2 + 1), rig.camera);
    raycaster.intersectObjects(meshes, false);
  }
  const baselinePickMs = (performance.now() - tbp) / basePoints.length;
  const tbe = performance.now();
  for (const rack of editor.store.childrenOf('row-1', 'rack')) {
    const mesh = byId.get(rack.id)!;
    mesh.position.x += 0.6;
    mesh.updateMatrix();
  }
  const baselineEditMs = performance.now() - tbe;

  removeBaseline();
  for (const g of geometries.values()) g.dispose();
  controller.dispose();

  return {
    racks,
    buildMs,
    baselineBuildMs,
    drawCalls: instanced.calls,
    baselineDrawCalls: baseline.calls,
    renderMs: instanced.ms,
    baselineRenderMs: baseline.ms,
    pickMs,
    pickHitShare: hits / points.length,
    baselinePickMs,
    editToBufferMs: editMs,
    billAfterEditMs: billMs,
    baselineEditMs,
    framesForEdit: framesAfterEdit - framesBefore,
    framesWhileIdle: framesIdle - framesAfterEdit,
  };
}

(window as unknown as { runViewportBench: (racks: number, catalogJson: string) => Promise<string> }).runViewportBench = async (racks, catalogJson) =>
  JSON.stringify(await run(racks, JSON.parse(catalogJson) as Catalog));
