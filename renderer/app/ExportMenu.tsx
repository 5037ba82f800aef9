import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportedFile } from '../../shared/contract/services.ts';
import { EXPORT_FORMAT_IDS, EXPORT_FORMAT_LABELS, IMAGE_SCALES, type ExportFormatId, type ImageScale } from '../../shared/report-views/export-formats.ts';
import { getApi } from '../api/index.ts';
import type { Editor } from '../editor/editor.ts';
import type { CaptureScale } from '../viewport/viewport-capture.ts';
import type { ViewportController } from '../viewport/viewport-controller.ts';
import { downloadFile } from './download.ts';
import { blobBase64, listenForExportRequests, runExportJob } from './export-job.ts';
import { useModal } from './modal.ts';
import './export-dialog.css';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string; done: number; stage: string; jobId: string | null }
  | { kind: 'done'; text: string }
  | { kind: 'error'; message: string };

/** The brief's 3D page is about 277 mm wide: twice the view's size prints sharp without a large request. */
const BRIEF_SCALE: CaptureScale = 2;

function download(file: ExportedFile): void {
  downloadFile(Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)), file.fileName, file.mediaType);
}

function imageName(editor: Editor, scale: CaptureScale): string {
  const site = editor.store.all('site')[0]?.name ?? 'Project';
  const scenario = editor.store.get(editor.session.state.scenarioId, 'scenario')?.name ?? 'scenario';
  return `${site} - ${scenario} - 3D view @${scale}x.png`.replace(/[\\/:*?"<>|]+/g, '_');
}

/** A format asked for from outside the dialog (File → Export); `seq` tells a second ask of the same format from the first. */
interface ExportAsk {
  readonly format: ExportFormatId;
  readonly seq: number;
}

/** The Export dialog: one button per format of main's export service, and the 3D view as an image. */
function ExportDialog(props: { editor: Editor; viewport: ViewportController | null; ask: ExportAsk | null; onClose: () => void }) {
  const { editor, viewport } = props;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [hidePrices, setHidePrices] = useState(false);
  const [withView, setWithView] = useState(true);
  const [scale, setScale] = useState<ImageScale>(2);
  const [transparent, setTransparent] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useModal(panel, props.onClose);
  const busy = state.kind === 'busy';

  const run = async (format: ExportFormatId) => {
    const what = EXPORT_FORMAT_LABELS[format];
    setState({ kind: 'busy', what, done: 0, stage: 'starting', jobId: null });
    try {
      const view = format === 'pdf' && withView && viewport ? await viewport.capture({ scale: BRIEF_SCALE, transparent: false }) : null;
      const outcome = await runExportJob(
        {
          scenarioId: editor.session.state.scenarioId,
          format,
          hidePrices,
          ...(view ? { viewportPng: await blobBase64(view.png) } : {}),
          ...(format === 'png' ? { scale } : {}),
        },
        (jobId) => setState((s) => (s.kind === 'busy' ? { ...s, jobId } : s)),
        (done, stage) => setState((s) => (s.kind === 'busy' ? { ...s, done, stage } : s)),
        download,
      );
      if (outcome.kind === 'saved') setState({ kind: 'done', text: `Saved ${outcome.savedTo ?? outcome.fileName}.` });
      else if (outcome.kind === 'cancelled') setState({ kind: 'done', text: `Cancelled: no ${what} was written.` });
      else setState({ kind: 'idle' });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  // File → Export → a format runs here, where its progress and Cancel show (once per ask, never over a running job).
  const asked = useRef<number | null>(null);
  useEffect(() => {
    if (!props.ask || asked.current === props.ask.seq || busy) return;
    asked.current = props.ask.seq;
    void run(props.ask.format);
  });

  const saveImage = async () => {
    if (!viewport) return;
    setState({ kind: 'busy', what: 'image', done: 0, stage: `rendering at ${scale}×`, jobId: null });
    try {
      const image = await viewport.capture({ scale: scale satisfies CaptureScale, transparent });
      const name = imageName(editor, scale);
      downloadFile(image.png, name, 'image/png');
      setState({ kind: 'done', text: `Saved ${name} (${image.width} × ${image.height} px${transparent ? ', transparent' : ''}).` });
    } catch (error) {
      setState({ kind: 'error', message: `The image could not be made: ${error instanceof Error ? error.message : String(error)}.` });
    }
  };

  const cancel = () => {
    if (state.kind === 'busy' && state.jobId) void getApi().export.cancel({ jobId: state.jobId });
  };

  const scenario = editor.store.get(editor.session.state.scenarioId, 'scenario')?.name ?? 'this scenario';
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Export" onClick={props.onClose}>
      <div className="dialog export-dialog" ref={panel} tabIndex={-1} onClick={(e) => e.stopPropagation()} data-testid="export-dialog">
        <h2>Export {scenario}</h2>
        <label>
          <input type="checkbox" checked={hidePrices} onChange={(e) => setHidePrices(e.target.checked)} data-testid="export-hide-prices" /> Tenant copy:
          leave prices out
        </label>
        <label>
          <input type="checkbox" checked={withView} disabled={!viewport} onChange={(e) => setWithView(e.target.checked)} data-testid="export-pdf-view" /> Put
          the 3D view as it is now in the PDF brief
        </label>
        <span className="export-scale" role="radiogroup" aria-label="PNG scale">
          PNG scale (the site plan and the 3D view):
          {IMAGE_SCALES.map((s) => (
            <label key={s}>
              <input type="radio" name="export-scale" checked={scale === s} disabled={busy} onChange={() => setScale(s)} data-testid={`export-scale-${s}`} /> {s}×
            </label>
          ))}
        </span>
        <div className="export-grid">
          {EXPORT_FORMAT_IDS.map((id) => (
            <button
              key={id}
              type="button"
              className="tb-button"
              // The project file carries its price book, so it has no tenant copy.
              disabled={busy || (hidePrices && id === 'json')}
              title={hidePrices && id === 'json' ? 'The project file carries its prices: untick the tenant copy to save it' : undefined}
              data-testid={`export-${id}`}
              onClick={() => void run(id)}
            >
              {EXPORT_FORMAT_LABELS[id]}
            </button>
          ))}
        </div>
        <fieldset className="export-image" disabled={busy || !viewport}>
          <legend>Image of the 3D view (PNG)</legend>
          <label>
            <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} data-testid="export-transparent" /> Transparent
            background
          </label>
          <button type="button" className="tb-button" data-testid="export-view-png" onClick={() => void saveImage()}>
            Save image
          </button>
        </fieldset>
        {state.kind === 'busy' && (
          <div className="export-progress">
            <progress max={1} value={state.done} data-testid="export-progress" />
            <button type="button" className="tb-button" disabled={!state.jobId} onClick={cancel} data-testid="export-cancel">
              Cancel
            </button>
          </div>
        )}
        <p className={state.kind === 'error' ? 'export-error' : 'empty'} role="status" data-testid="export-status">
          {state.kind === 'idle' && 'Written from the saved project by the same writers as powerhall export.'}
          {state.kind === 'busy' && `Preparing the ${state.what}: ${state.stage}…`}
          {state.kind === 'done' && state.text}
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
export function ExportMenu(props: { editor: Editor; viewport: ViewportController | null }) {
  const [open, setOpen] = useState(false);
  const [ask, setAsk] = useState<ExportAsk | null>(null);
  const close = useCallback(() => {
    setOpen(false);
    setAsk(null);
  }, []);
  useEffect(
    () =>
      listenForExportRequests((format) => {
        setOpen(true);
        setAsk((previous) => ({ format, seq: (previous?.seq ?? 0) + 1 }));
      }),
    [],
  );
  return (
    <>
      <button type="button" className="tb-button" title="Export this scenario: CSV, XLSX, PDF brief, GLB, DXF, the site plan or the 3D view as PNG, or the project as JSON" data-testid="export-open" onClick={() => setOpen(true)}>
        Export…
      </button>
      {open && <ExportDialog editor={props.editor} viewport={props.viewport} ask={ask} onClose={close} />}
    </>
  );
}
