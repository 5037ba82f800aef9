import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { UNDERLAY_MAX_BYTES } from '../../../shared/model/underlay-records.ts';
import { formatNumber } from '../format.ts';
import { useModal } from '../modal.ts';
import type { PickedPdfPage } from './import-underlay.ts';
import { PAGE_LONGEST_PX, pageImage } from './page-image.ts';
import { drawPage, openPdf, pageFit, type PdfFile } from './pdf-pages.ts';
import './underlay-import.css';

/** Longest side of a page's thumbnail and of the preview, CSS px (drawn at the screen's pixel ratio). */
const THUMB_PX = 132;
const PREVIEW_PX = 1200;

type State =
  | { readonly kind: 'reading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'ready'; readonly pdf: PdfFile }
  | { readonly kind: 'drawing'; readonly pdf: PdfFile };

/**
 * Draws a page into the canvas once it is shown: off screen first, then copied, so a newer page asked for meanwhile
 * never meets a half-drawn one. Thumbnails wait their turn in `queue` so a long file does not draw all pages at once.
 */
function PageCanvas(props: { pdf: PdfFile; pageNumber: number; longestCssPx: number; queue?: { current: Promise<void> }; testId?: string }) {
  const { pdf, pageNumber, longestCssPx, queue } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let live = true;
    let cancel = () => {};
    const draw = async () => {
      if (!live) return;
      const page = await pdf.page(pageNumber);
      const off = document.createElement('canvas');
      const task = drawPage(page, off, Math.round(longestCssPx * window.devicePixelRatio));
      cancel = () => task.cancel();
      await task.promise;
      const canvas = ref.current;
      if (!live || !canvas) return;
      canvas.width = off.width;
      canvas.height = off.height;
      canvas.getContext('2d')!.drawImage(off, 0, 0);
      canvas.dataset.drawn = 'true';
    };
    const run = () => draw().catch(() => {});
    if (queue) queue.current = queue.current.then(run);
    else void run();
    return () => {
      live = false;
      cancel();
    };
  }, [pdf, pageNumber, longestCssPx, queue]);
  return <canvas ref={ref} data-testid={props.testId} />;
}

/**
 * Opens a chosen PDF and lets the user pick the page to import (thumbnails, a preview, the page number typed), then
 * draws that page as the image the underlay holds. An unreadable file shows why here and nothing is stored.
 */
export function PdfPagePicker(props: { file: File; onDone: (picked: PickedPdfPage) => void }) {
  const { file, onDone } = props;
  const [state, setState] = useState<State>({ kind: 'reading' });
  const [pageNumber, setPageNumber] = useState(1);
  const [typed, setTyped] = useState('1');
  const [pixels, setPixels] = useState<{ width: number; height: number } | null>(null);
  const queue = useRef(Promise.resolve());
  const panel = useRef<HTMLFormElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const cancel = () => onDone(null);
  useModal(panel, cancel);

  useEffect(() => {
    let open: PdfFile | null = null;
    let live = true;
    void openPdf(file).then((result) => {
      if ('error' in result) return live && setState({ kind: 'error', message: result.error });
      if (!live) return result.close();
      open = result;
      setState({ kind: 'ready', pdf: result });
    });
    return () => {
      live = false;
      open?.close();
    };
  }, [file]);

  const pdf = state.kind === 'ready' || state.kind === 'drawing' ? state.pdf : null;
  const pageCount = pdf?.pageCount ?? 0;

  useEffect(() => {
    if (!pdf) return;
    let live = true;
    void pdf.page(pageNumber).then((page) => live && setPixels(pageFit(page, PAGE_LONGEST_PX)));
    list.current?.querySelector(`[data-page="${pageNumber}"]`)?.scrollIntoView({ block: 'nearest' });
    return () => {
      live = false;
    };
  }, [pdf, pageNumber]);

  const select = (n: number) => {
    const clamped = Math.min(Math.max(1, n), pageCount);
    setPageNumber(clamped);
    setTyped(String(clamped));
  };

  const typedNumber = Number(typed.trim());
  const typedValid = Number.isInteger(typedNumber) && typedNumber >= 1 && typedNumber <= pageCount;

  const importPage = async (e?: FormEvent) => {
    e?.preventDefault();
    if (state.kind !== 'ready' || !typedValid) return;
    const n = typedNumber;
    setState({ kind: 'drawing', pdf: state.pdf });
    try {
      const image = await pageImage(await state.pdf.page(n));
      if (image) return onDone({ pageNumber: n, image });
      setState({ kind: 'error', message: `Page ${n} of ${file.name} does not fit the ${UNDERLAY_MAX_BYTES / (1024 * 1024)} MB an underlay holds, even as a JPEG 1600 px across. Save the page as a smaller image and import that.` });
    } catch (error) {
      setState({ kind: 'error', message: `Page ${n} of ${file.name} could not be drawn (${error instanceof Error ? error.message : String(error)}).` });
    }
  };

  // Pages step with the arrows, Page Up/Down, Home and End, and Enter imports, wherever focus is but in the number field
  // (which has its own Enter) and on a button (whose Enter presses it).
  const onKey = (e: KeyboardEvent) => {
    if (!pdf || e.target instanceof HTMLInputElement || e.target instanceof HTMLButtonElement) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      void importPage();
      return;
    }
    const step: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, PageDown: 1, ArrowUp: -1, ArrowLeft: -1, PageUp: -1, Home: -pageCount, End: pageCount };
    const by = step[e.key];
    if (by === undefined) return;
    e.preventDefault();
    select(pageNumber + by);
  };

  return createPortal(
    <div className="overlay" role="dialog" aria-modal="true" aria-label={`Import a page of ${file.name}`} onClick={cancel}>
      <form className={pdf ? 'dialog pdf-picker has-pages' : 'dialog pdf-picker'} ref={panel} tabIndex={-1} onClick={(e) => e.stopPropagation()} onKeyDown={onKey} onSubmit={(e) => void importPage(e)} data-testid="pdf-picker">
        <h2>Import a page of {file.name}</h2>
        {state.kind === 'reading' && <p className="dialog-note">Reading the PDF…</p>}
        {state.kind === 'error' && (
          <p className="pdf-picker-error" role="alert" data-testid="pdf-picker-error">
            {state.message}
          </p>
        )}
        {pdf && (
          <div className="pdf-picker-body">
            <ol className="pdf-thumbs" ref={list} role="listbox" aria-label="Pages" tabIndex={0} aria-activedescendant={`pdf-page-${pageNumber}`}>
              {Array.from({ length: pageCount }, (_, i) => i + 1).map((n) => (
                <li key={n} id={`pdf-page-${n}`} role="option" aria-selected={n === pageNumber} data-page={n} data-testid="pdf-page" className={n === pageNumber ? 'selected' : ''} onClick={() => select(n)} onDoubleClick={() => void importPage()}>
                  <PageCanvas pdf={pdf} pageNumber={n} longestCssPx={THUMB_PX} queue={queue} />
                  <span>Page {n}</span>
                </li>
              ))}
            </ol>
            <figure className="pdf-preview">
              <div className="pdf-preview-sheet">
                <PageCanvas key={pageNumber} pdf={pdf} pageNumber={pageNumber} longestCssPx={PREVIEW_PX} testId="pdf-preview" />
              </div>
              <figcaption>
                Page {pageNumber} of {pageCount}
                {pixels && `: stored as an image ${formatNumber(pixels.width, 0)} × ${formatNumber(pixels.height, 0)} px, to be calibrated after import`}
              </figcaption>
            </figure>
          </div>
        )}
        <div className="dialog-buttons">
          {pdf && (
            <label className={typedValid ? 'pdf-page-number' : 'pdf-page-number invalid'}>
              Page
              <input
                data-testid="pdf-page-number"
                inputMode="numeric"
                value={typed}
                disabled={state.kind === 'drawing'}
                aria-invalid={!typedValid}
                onChange={(e) => {
                  setTyped(e.target.value);
                  const n = Number(e.target.value.trim());
                  if (Number.isInteger(n) && n >= 1 && n <= pageCount) setPageNumber(n);
                }}
              />
              of {pageCount}
              {!typedValid && <span className="field-error">a whole number from 1 to {pageCount}</span>}
            </label>
          )}
          {state.kind === 'drawing' && <span className="dialog-note">Drawing page {pageNumber} at {PAGE_LONGEST_PX} px…</span>}
          <button type="button" className="tb-button" onClick={cancel}>
            {state.kind === 'error' ? 'Close' : 'Cancel'}
          </button>
          {pdf && state.kind !== 'error' && (
            <button type="submit" className="tb-button active" data-testid="pdf-import" disabled={state.kind === 'drawing' || !typedValid}>
              Import page {typedValid ? typedNumber : ''}
            </button>
          )}
        </div>
      </form>
    </div>,
    document.body,
  );
}
