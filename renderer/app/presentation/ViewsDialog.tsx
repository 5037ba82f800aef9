import { useRef } from 'react';
import type { SavedViewRecord } from '../../../shared/model/index.ts';
import { runAction } from '../../editor/actions/index.ts';
import { savedViewsInOrder } from '../../editor/actions/saved-views.ts';
import type { Editor } from '../../editor/editor.ts';
import type { ViewportController } from '../../viewport/viewport-controller.ts';
import { useDocumentVersion } from '../hooks.ts';
import { useModal } from '../modal.ts';

function ViewRow(props: { editor: Editor; viewport: ViewportController; view: SavedViewRecord; first: boolean; last: boolean; index: number }) {
  const { editor, viewport, view } = props;
  const scenarios = [...editor.store.all('scenario')].sort((a, b) => a.order - b.order);
  const update = (patch: Partial<SavedViewRecord>, field: string, label: string) =>
    runAction(editor, 'record.update', { id: view.id, patch, coalesceKey: `${view.id}:${field}`, label });
  return (
    <li className="view-row" data-testid="saved-view">
      <span className="view-index">{props.index + 1}</span>
      <div className="view-fields">
        <input aria-label="View name" value={view.name} maxLength={120} onChange={(e) => update({ name: e.target.value }, 'name', 'Name')} />
        <select
          aria-label="Scenario shown"
          value={view.scenarioId ?? ''}
          onChange={(e) => update({ scenarioId: (e.target.value || null) as SavedViewRecord['scenarioId'] }, 'scenario', 'Scenario')}
        >
          <option value="">the open scenario</option>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <textarea aria-label="Caption" rows={2} maxLength={500} value={view.caption} placeholder="Caption shown under the view in the tour" onChange={(e) => update({ caption: e.target.value }, 'caption', 'Caption')} />
      </div>
      <div className="view-buttons">
        <button type="button" className="tb-button" title="Move the camera to this view" onClick={() => viewport.showPose(view, 600)}>
          Go
        </button>
        <button type="button" className="tb-button" title="Store the camera as it stands now in this view" onClick={() => runAction(editor, 'view.recapture', { id: view.id, pose: viewport.cameraPose() })}>
          Update
        </button>
        <button type="button" className="tb-button" aria-label="Earlier in the tour" disabled={props.first} onClick={() => runAction(editor, 'view.move', { id: view.id, by: -1 })}>
          ↑
        </button>
        <button type="button" className="tb-button" aria-label="Later in the tour" disabled={props.last} onClick={() => runAction(editor, 'view.move', { id: view.id, by: 1 })}>
          ↓
        </button>
        <button type="button" className="tb-button" aria-label={`Delete ${view.name}`} onClick={() => runAction(editor, 'view.delete', { id: view.id })}>
          Delete
        </button>
      </div>
    </li>
  );
}

/** The saved camera views, in tour order: save the camera, name and caption each view, pick its scenario, reorder. */
export function ViewsDialog(props: { editor: Editor; viewport: ViewportController; onClose: () => void }) {
  const { editor, viewport } = props;
  useDocumentVersion(editor);
  const panel = useRef<HTMLDivElement>(null);
  useModal(panel, props.onClose);
  const views = savedViewsInOrder(editor);
  const readOnly = editor.readOnlyReason !== null;
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Saved views" onClick={props.onClose}>
      <div className="dialog views-dialog" ref={panel} tabIndex={-1} onClick={(e) => e.stopPropagation()} data-testid="views-dialog">
        <h2>Saved views: the tour</h2>
        {views.length === 0 ? (
          <p className="empty">No saved views yet. Frame the 3D view as you want to show it, then save it; the tour steps through the views in this order.</p>
        ) : (
          <ol className="view-list">
            {views.map((v, i) => (
              <ViewRow key={v.id} editor={editor} viewport={viewport} view={v} index={i} first={i === 0} last={i === views.length - 1} />
            ))}
          </ol>
        )}
        <div className="dialog-buttons">
          <button type="button" className="tb-button" disabled={readOnly} data-testid="view-save" onClick={() => runAction(editor, 'view.save', { pose: viewport.cameraPose() })}>
            Save the current view
          </button>
          <button type="button" className="tb-button" onClick={props.onClose} autoFocus>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
