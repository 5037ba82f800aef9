import { useCallback, useRef, useState } from 'react';
import type { ExportedFile } from '../../shared/contract/services.ts';
import { EXPORT_FORMAT_IDS, EXPORT_FORMAT_LABELS, type ExportFormatId } from '../../shared/report-views/export-formats.ts';
import { getApi } from '../api/index.ts';
import type { Editor } from '../editor/editor.ts';
import { downloadFile } from './download.ts';
import { useModal } from './modal.ts';

type State = { kind: 'idle' } | { kind: 'busy'; format: ExportFormatId } | { kind: 'done'; fileName: string } | { kind: 'error'; message: string };

/** Saves an exported file through the browser's download (in Electron, its save dialog). */
function save(file: ExportedFile): void {
  downloadFile(Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)), file.fileName, file.mediaType);
}

/** The Export dialog: one button per format of main's export service, for the scenario on screen. */
function ExportDialog(props: { editor: Editor; onClose: () => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [hidePrices, setHidePrices] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useModal(panel, props.onClose);
  const run = async (format: ExportFormatId) => {
    setState({ kind: 'busy', format });
    try {
      const file = await getApi().export.file({ scenarioId: props.editor.session.state.scenarioId, format, hidePrices });
      save(file);
      setState({ kind: 'done', fileName: file.fileName });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const scenario = props.editor.store.get(props.editor.session.state.scenarioId, 'scenario')?.name ?? 'this scenario';
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Export" onClick={props.onClose}>
      <div className="dialog" ref={panel} tabIndex={-1} onClick={(e) => e.stopPropagation()} data-testid="export-dialog">
        <h2>Export {scenario}</h2>
        <label>
          <input type="checkbox" checked={hidePrices} onChange={(e) => setHidePrices(e.target.checked)} data-testid="export-hide-prices" /> Tenant copy:
          leave prices out
        </label>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 6, margin: '10px 0' }}>
          {EXPORT_FORMAT_IDS.map((id) => (
            <button
              key={id}
              type="button"
              className="tb-button"
              // The project file carries its price book, so it has no tenant copy.
              disabled={state.kind === 'busy' || (hidePrices && id === 'json')}
              title={hidePrices && id === 'json' ? 'The project file carries its prices: untick the tenant copy to save it' : undefined}
              data-testid={`export-${id}`}
              onClick={() => void run(id)}
            >
              {state.kind === 'busy' && state.format === id ? 'Preparing…' : EXPORT_FORMAT_LABELS[id]}
            </button>
          ))}
        </div>
        <p className={state.kind === 'error' ? 'field-error' : 'empty'} role="status" data-testid="export-status">
          {state.kind === 'idle' && 'Written from the saved project by the same writers as powerhall export.'}
          {state.kind === 'busy' && `Preparing the ${EXPORT_FORMAT_LABELS[state.format]}…`}
          {state.kind === 'done' && `Saved ${state.fileName}.`}
          {state.kind === 'error' && state.message}
        </p>
        <div className="dialog-buttons">
          <button type="button" className="tb-button" onClick={props.onClose} autoFocus>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}

/** The Export… button and its dialog. */
export function ExportMenu(props: { editor: Editor }) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button type="button" className="tb-button" title="Export this scenario: CSV, XLSX, PDF brief, GLB, DXF, or the project as JSON" data-testid="export-open" onClick={() => setOpen(true)}>
        Export…
      </button>
      {open && <ExportDialog editor={props.editor} onClose={close} />}
    </>
  );
}
