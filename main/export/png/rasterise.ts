import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SHEET_FONT } from './sheet-svg.ts';

/**
 * The rasteriser's WebAssembly and the sheet's font (Arimo, regular and bold: Helvetica's metrics under the SIL OFL)
 * are files in their installed packages, read at run time as pdfkit's font metrics are; neither depends on the fonts
 * a machine happens to have.
 */
const require = createRequire(import.meta.url);
const FONT_FILES = ['@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf', '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf'];

let ready: Promise<Uint8Array[]> | undefined;

/** The WebAssembly can be started once per thread; the fonts are read with it. */
function start(): Promise<Uint8Array[]> {
  ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))).then(() => FONT_FILES.map((file) => new Uint8Array(readFileSync(require.resolve(file)))));
  return ready;
}

/** An SVG whose user unit is the millimetre, as a PNG at `pxPerMm` pixels per millimetre, on white. */
export async function svgToPng(svg: string, pxPerMm: number): Promise<{ png: Uint8Array; width: number; height: number }> {
  const fontBuffers = await start();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: pxPerMm },
    background: '#ffffff',
    font: { fontBuffers, defaultFontFamily: SHEET_FONT, sansSerifFamily: SHEET_FONT },
  });
  try {
    const image = resvg.render();
    try {
      return { png: image.asPng(), width: image.width, height: image.height };
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
