import { useState } from 'react';
import { getAction, runAction } from '../editor/actions/index.ts';
import type { Editor } from '../editor/editor.ts';
import { useDocumentVersion, useSession } from './hooks.ts';
import { NameDialog } from './NameDialog.tsx';

type Dialog = { action: 'scenario.create' | 'scenario.duplicate' | 'scenario.rename'; title: string; initial: string; submit: string };

/** New, duplicate, rename and delete for scenarios, beside the scenario picker. */
export function ScenarioControls(props: { editor: Editor }) {
  const { editor } = props;
  const s = useSession(editor);
  useDocumentVersion(editor);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const scenario = editor.store.get(s.scenarioId, 'scenario');
  const readOnly = editor.readOnlyReason !== null;
  const canDelete = !readOnly && (getAction('scenario.delete')?.enabled?.(editor) ?? false);
  const open = (d: Dialog) => {
    setConfirmDelete(false);
    setDialog(d);
  };
  return (
    <div className="scenario-controls">
      <button type="button" className="tb-button" title="New empty scenario with this scenario's settings" data-testid="scenario-new" disabled={readOnly}
        onClick={() => open({ action: 'scenario.create', title: 'New scenario', initial: 'New scenario', submit: 'Create' })}>
        New
      </button>
      <button type="button" className="tb-button" title="Copy this scenario's whole layout" data-testid="scenario-duplicate" disabled={readOnly}
        onClick={() => open({ action: 'scenario.duplicate', title: 'Duplicate scenario', initial: `${scenario?.name ?? 'Scenario'} copy`, submit: 'Duplicate' })}>
        Dup.
      </button>
      <button type="button" className="tb-button" title="Rename this scenario" data-testid="scenario-rename" disabled={readOnly}
        onClick={() => open({ action: 'scenario.rename', title: 'Rename scenario', initial: scenario?.name ?? '', submit: 'Rename' })}>
        Ren.
      </button>
      {confirmDelete ? (
        <button type="button" className="tb-button danger" data-testid="scenario-delete-confirm" title="Deletes the scenario and its whole layout (undo brings it back)"
          onClick={() => {
            setConfirmDelete(false);
            runAction(editor, 'scenario.delete');
          }} onBlur={() => setConfirmDelete(false)} autoFocus>
          Delete {scenario?.name}?
        </button>
      ) : (
        <button type="button" className="tb-button" title="Delete this scenario and its layout" data-testid="scenario-delete" disabled={!canDelete}
          onClick={() => setConfirmDelete(true)}>
          Del.
        </button>
      )}
      {dialog && (
        <NameDialog
          title={dialog.title}
          initial={dialog.initial}
          submitLabel={dialog.submit}
          onSubmit={(name) => {
            const result = runAction(editor, dialog.action, { name });
            return result.ok ? null : result.message;
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
