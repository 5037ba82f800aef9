import { useEffect, useMemo } from 'react';
import type { ScenarioId } from '../../../shared/model/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { sessionMemoryOf } from '../../editor/session-memory.ts';
import type { ViewportController } from '../../viewport/viewport-controller.ts';

/** A camera is remembered once it has been still this long (an orbit fires a change at every pointer move). */
const CAMERA_SETTLE_MS = 150;

/**
 * Brings back how the user was looking at this project after a reload: the open scenario, the colour mode, the
 * length unit and each scenario's camera (projection included). Coming back to a scenario puts its camera back; one
 * never looked at here is framed whole. Session state only: nothing here touches the document or the history.
 */
export function useSessionMemory(editor: Editor, controller: ViewportController | null, projectPath: string): void {
  const memory = useMemo(() => sessionMemoryOf(window.localStorage, projectPath), [projectPath]);

  useEffect(() => {
    const scenarios = editor.store.all('scenario').map((s) => s.id as string);
    memory.keepOnly(scenarios);
    const { scenarioId, colorMode, lengthUnit } = memory.remembered;
    editor.session.set({
      ...(scenarioId && scenarios.includes(scenarioId) ? { scenarioId: scenarioId as ScenarioId, selection: new Set<string>() } : {}),
      ...(colorMode ? { colorMode } : {}),
      ...(lengthUnit ? { lengthUnit } : {}),
    });
    const remember = () => {
      const s = editor.session.state;
      memory.remember({ scenarioId: s.scenarioId, colorMode: s.colorMode, lengthUnit: s.lengthUnit });
    };
    remember();
    return editor.session.subscribe(remember);
  }, [editor, memory]);

  useEffect(() => {
    if (!controller) return;
    let shown = editor.session.state.scenarioId;
    let timer: number | undefined;
    const save = () => {
      window.clearTimeout(timer);
      timer = undefined;
      memory.rememberCamera(shown, controller.cameraView());
    };
    const show = (scenarioId: string) => {
      const view = memory.camera(scenarioId);
      if (view) controller.setCameraView(view);
      else controller.fitAll();
    };
    show(shown);
    const stops = [
      controller.onCameraChange(() => {
        window.clearTimeout(timer);
        timer = window.setTimeout(save, CAMERA_SETTLE_MS);
      }),
      editor.session.subscribe(() => {
        const next = editor.session.state.scenarioId;
        if (next === shown) return;
        save();
        shown = next;
        show(next);
      }),
    ];
    window.addEventListener('pagehide', save);
    return () => {
      stops.forEach((stop) => stop());
      save();
      window.removeEventListener('pagehide', save);
    };
  }, [editor, controller, memory]);
}
