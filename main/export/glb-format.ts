import { scenarioOf } from '../../shared/report-views/report-context.ts';
import type { ExportFormat } from './format.ts';
import { GltfBuilder } from './glb/gltf-builder.ts';
import { addScenarioScene } from './glb/scenario-scene.ts';
import { EXPORT_FORMAT_LABELS } from '../../shared/report-views/export-formats.ts';

/** The scenario in 3D as glTF 2.0 binary: halls, rows, racks merged per profile, equipment and pipes. */
export const glbFormat: ExportFormat = {
  id: 'glb',
  label: EXPORT_FORMAT_LABELS.glb,
  extension: 'glb',
  mediaType: 'model/gltf-binary',
  async write(context, progress) {
    const gltf = new GltfBuilder();
    const roots = addScenarioScene(gltf, context.report);
    progress(0.8, 'writing the model');
    const scenario = scenarioOf(context);
    const bytes = gltf.toGlb(roots, { project: context.document.site.name, scenario: scenario.name, scenarioId: scenario.id, units: 'm', up: 'Y', north: '-Z' });
    progress(1, 'written');
    return bytes;
  },
};
