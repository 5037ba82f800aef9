import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SavedViewRecord, ScenarioId } from '../../../shared/model/index.ts';
import { savedViewsInOrder } from '../../editor/actions/saved-views.ts';
import type { Editor } from '../../editor/editor.ts';
import type { ViewportController } from '../../viewport/viewport-controller.ts';
import { useDocumentVersion, useSession, useWindowEvent } from '../hooks.ts';
import { useModal } from '../modal.ts';
import { useReport } from '../use-report.ts';
import { tourFigures } from './tour-figures.ts';
import './presentation.css';

/** How long the camera takes from one view to the next, and the fade when the step changes scenario, ms. */
const MOVE_MS = 1200;
const FADE_MS = 350;

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * Presentation mode: full screen, the editing chrome hidden, the guided tour of the saved views in order with each
 * caption and the key figures of the scenario it shows. Arrow keys, space and a clicker's Page Up/Down step through;
 * a step to another scenario (As-is → Phase 1 → Phase 2) fades across while the camera moves; P hides prices; Escape
 * leaves.
 */
export function PresentationMode(props: { editor: Editor; viewport: ViewportController | null; onExit: () => void }) {
  const { editor, viewport, onExit } = props;
  useDocumentVersion(editor);
  const views = savedViewsInOrder(editor);
  const [step, setStep] = useState(0);
  const [hidePrices, setHidePrices] = useState(true);
  const [fading, setFading] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useModal(root, onExit);
  const report = useReport(editor);
  const session = useSession(editor);
  const view: SavedViewRecord | undefined = views[Math.min(step, views.length - 1)];
  const timer = useRef<number | null>(null);

  const show = useCallback(
    (target: SavedViewRecord) => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      const scenarioId = target.scenarioId as ScenarioId | null;
      if (scenarioId && scenarioId !== editor.session.state.scenarioId) {
        setFading(true);
        timer.current = window.setTimeout(() => {
          editor.session.set({ scenarioId, selection: new Set() });
          viewport?.showPose(target, MOVE_MS - FADE_MS);
          setFading(false);
        }, FADE_MS);
      } else {
        viewport?.showPose(target, MOVE_MS);
      }
    },
    [editor, viewport],
  );

  useEffect(() => {
    if (view) show(view);
    // Only a new step moves the camera; an edit of the view (from another window) does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view?.id, show]);

  useEffect(() => {
    void document.documentElement.requestFullscreen?.().catch(() => {});
    // Leaving full screen by the browser's own key ends the presentation too.
    const onChange = () => {
      if (!document.fullscreenElement) onExit();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (timer.current !== null) window.clearTimeout(timer.current);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, [onExit]);

  const last = Math.max(views.length - 1, 0);
  const onKey = useCallback(
    (e: KeyboardEvent) => {
      if (NEXT.has(e.key)) setStep((s) => Math.min(s + 1, last));
      else if (PREVIOUS.has(e.key)) setStep((s) => Math.max(s - 1, 0));
      else if (e.key === 'Home') setStep(0);
      else if (e.key === 'End') setStep(last);
      else if (e.key.toLowerCase() === 'p') setHidePrices((h) => !h);
      else return;
      e.preventDefault();
    },
    [last],
  );
  useWindowEvent('keydown', onKey);

  const figures = useMemo(() => tourFigures(report, editor.store.toDocument(), editor.catalog.catalog, hidePrices), [report, editor, hidePrices]);
  const scenario = editor.store.get(session.scenarioId, 'scenario');
  return (
    <div className={fading ? 'presentation fading' : 'presentation'} ref={root} tabIndex={-1} role="dialog" aria-modal="true" aria-label="Presentation" data-testid="presentation">
      <div className="presentation-veil" />
      <div className="presentation-top">
        <span className="presentation-scenario" data-testid="presentation-scenario">
          {scenario?.name ?? ''}
        </span>
        <span className="presentation-step" data-testid="presentation-step">
          {views.length > 0 ? `${step + 1} / ${views.length}` : 'No saved views'}
        </span>
        <button type="button" className={hidePrices ? 'tb-button active' : 'tb-button'} aria-pressed={hidePrices} onClick={() => setHidePrices((h) => !h)} data-testid="presentation-prices" title="Hide or show prices (P)">
          Prices hidden
        </button>
        <button type="button" className="tb-button" onClick={onExit} data-testid="presentation-exit" title="Leave presentation mode (Escape)">
          Exit
        </button>
      </div>
      <div className="presentation-bottom">
        {view ? (
          <>
            <h2 data-testid="presentation-title">{view.name}</h2>
            {view.caption && <p data-testid="presentation-caption">{view.caption}</p>}
          </>
        ) : (
          <p data-testid="presentation-caption">Save camera views with Views… to build a tour; this shows the view as it is.</p>
        )}
        <dl className="presentation-figures" data-testid="presentation-figures">
          {figures.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.text}</dd>
            </div>
          ))}
        </dl>
        <div className="presentation-keys">← → space, Page Up/Down: step · P: prices · Esc: leave</div>
      </div>
    </div>
  );
}
