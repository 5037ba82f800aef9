import { UNDERLAY_MAX_BYTES, underlayTooLarge, type UnderlaySource } from '../../../shared/model/underlay-records.ts';
import { runAction } from '../../editor/actions/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { dxfLines } from '../../viewport/dxf-lines.ts';
import { chooseFile, toUpload } from '../project/file-commands.ts';
import type { PageImage } from './page-image.ts';

/** The files the chooser offers (Electron's open dialog takes its filters from this too): drawings the app can show. */
export const UNDERLAY_ACCEPT = '.png,.jpg,.jpeg,.dxf,.pdf';

/** A PDF page picked and drawn as an image, and its page number; null when the picker was cancelled or refused the file. */
export type PickedPdfPage = { readonly pageNumber: number; readonly image: PageImage } | null;
export type PickPdfPage = (file: File) => Promise<PickedPdfPage>;

function sourceOf(name: string): UnderlaySource | 'pdf' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.png')) return 'png';
  if (lower.endsWith('.jpg') || lower.endsWith('.jpeg')) return 'jpeg';
  if (lower.endsWith('.dxf')) return 'dxf';
  if (lower.endsWith('.pdf')) return 'pdf';
  return null;
}

/** The drawing's extent in its own units: an image's pixels, a DXF's drawing units; or why it cannot be shown. */
async function extentOf(file: File, source: UnderlaySource): Promise<{ width: number; height: number } | { error: string }> {
  if (source === 'dxf') {
    const lines = dxfLines(await file.text());
    return 'error' in lines ? lines : { width: lines.widthUnits, height: lines.heightUnits };
  }
  try {
    const bitmap = await createImageBitmap(file);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return { error: `${file.name} could not be read as a ${source === 'png' ? 'PNG' : 'JPEG'} image.` };
  }
}

/** The drawing as an underlay holds it, or why it cannot be: a PDF goes through the page picker and becomes an image. */
async function drawingOf(file: File, pickPdfPage: PickPdfPage): Promise<{ name: string; source: UnderlaySource; bytes: Blob; width: number; height: number } | { error: string } | null> {
  const source = sourceOf(file.name);
  const name = file.name.replace(/\.[^.]+$/, '').slice(0, 100) || 'Underlay';
  if (!source) return { error: `${file.name} is not a drawing the app can show: choose a PDF, a PNG, a JPEG or a DXF.` };
  if (source === 'pdf') {
    const picked = await pickPdfPage(file);
    if (!picked) return null;
    const { image } = picked;
    return { name: `${name}, page ${picked.pageNumber}`, source: image.source, bytes: image.blob, width: image.width, height: image.height };
  }
  if (file.size > UNDERLAY_MAX_BYTES) return { error: underlayTooLarge(file.size) };
  const extent = await extentOf(file, source);
  return 'error' in extent ? extent : { name, source, bytes: file, width: extent.width, height: extent.height };
}

/**
 * Chooses a drawing (a PDF page, PNG, JPEG or DXF) and puts it under a hall, selected so it can be calibrated; the
 * bytes go into the project through the one edit path. A file too large, of another kind, or unreadable is refused in
 * words before anything is written (a PDF's refusals show in its page picker). Resolves with the new underlay's id, or
 * null.
 */
export async function importUnderlay(editor: Editor, hallId: string, pickPdfPage: PickPdfPage, file: File | null = null): Promise<string | null> {
  const chosen = file ?? (await chooseFile(UNDERLAY_ACCEPT));
  if (!chosen) return null;
  const drawing = await drawingOf(chosen, pickPdfPage);
  if (!drawing) return null;
  if ('error' in drawing) {
    editor.session.error(`Import underlay: ${drawing.error}`);
    return null;
  }
  const { base64 } = await toUpload(new File([drawing.bytes], chosen.name));
  const result = runAction(editor, 'underlay.add', {
    hallId,
    name: drawing.name,
    source: drawing.source,
    data: base64,
    widthUnits: drawing.width,
    heightUnits: drawing.height,
  });
  if (!result.ok || !result.ids?.[0]) return null;
  editor.session.set({ selection: new Set(result.ids) });
  return result.ids[0];
}
