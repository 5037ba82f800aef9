import { fitFont, MARGIN, mm, PAGE_H, PAGE_W, winAnsi, type Pdf } from './pdf-units.ts';

/** The app's 3D view on its own page, fitted inside the margins under a one-line heading. */
export function renderPage(doc: Pdf, png: Uint8Array, caption: string): void {
  doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 });
  fitFont(doc, '3D view', 5, true);
  doc.fillColor('#111111').text('3D view', mm(MARGIN), mm(MARGIN), { lineBreak: false });
  const text = winAnsi(caption);
  fitFont(doc, text, 2.6, false, PAGE_W - 2 * MARGIN);
  doc.fillColor('#555555').text(text, mm(MARGIN), mm(MARGIN + 8), { lineBreak: false });
  const top = MARGIN + 14;
  const box = { w: PAGE_W - 2 * MARGIN, h: PAGE_H - top - MARGIN };
  doc.image(Buffer.from(png.buffer, png.byteOffset, png.byteLength), mm(MARGIN), mm(top), { fit: [mm(box.w), mm(box.h)], align: 'center', valign: 'center' });
  doc.undash().lineWidth(mm(0.2)).strokeColor('#999999').rect(mm(MARGIN), mm(top), mm(box.w), mm(box.h)).stroke();
}
