import { UNDERLAY_MAX_BYTES, underlayTooLarge, type UnderlaySource } from '../../../shared/model/underlay-records.ts';
import { runAction } from '../../editor/actions/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { dxfLines } from '../../viewport/dxf-lines.ts';
import { chooseFile, toUpload } from '../project/file-commands.ts';

/** The files the chooser offers: drawings the app can show. */
export const UNDERLAY_ACCEPT = '.png,.jpg,.jpeg,.dxf';

function sourceOf(name: string): UnderlaySource | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.png')) return 'png';
  if (lower.endsWith('.jpg') || lower.endsWith('.jpeg')) return 'jpeg';
  if (lower.endsWith('.dxf')) return 'dxf';
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

/**
 * Chooses a drawing (PNG, JPEG or DXF) and puts it under a hall, selected so it can be calibrated; the file goes into
 * the project through the one edit path. A file too large, of another kind, or unreadable is refused in words before
 * anything is written. Resolves with the new underlay's id, or null.
 */
export async function importUnderlay(editor: Editor, hallId: string, file: File | null = null): Promise<string | null> {
  const chosen = file ?? (await chooseFile(UNDERLAY_ACCEPT));
  if (!chosen) return null;
  const refuse = (message: string) => {
    editor.session.error(`Import underlay: ${message}`);
    return null;
  };
  if (chosen.size > UNDERLAY_MAX_BYTES) return refuse(underlayTooLarge(chosen.size));
  const source = sourceOf(chosen.name);
  if (!source) return refuse(`${chosen.name} is not a drawing the app can show: choose a PNG, a JPEG or a DXF (a PDF page can be saved as PNG first).`);
  const extent = await extentOf(chosen, source);
  if ('error' in extent) return refuse(extent.error);
  const { base64 } = await toUpload(chosen);
  const result = runAction(editor, 'underlay.add', {
    hallId,
    name: chosen.name.replace(/\.[^.]+$/, '').slice(0, 120) || 'Underlay',
    source,
    data: base64,
    widthUnits: extent.width,
    heightUnits: extent.height,
  });
  if (!result.ok || !result.ids?.[0]) return null;
  editor.session.set({ selection: new Set(result.ids) });
  return result.ids[0];
}
