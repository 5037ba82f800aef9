import { crc32, deflateSync } from 'node:zlib';

/** A PNG file (8-bit RGB, no filter) of `width` × `height` pixels whose colour `paint(x, y)` gives, row 0 at the top. */
export function pngBytes(width: number, height: number, paint: (x: number, y: number) => readonly [number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) raw.set(paint(x, y), row + 1 + x * 3);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The test drawing: a white sheet with a red frame and a red cross, the colours a canvas check looks for. */
export function drawingPng(width = 64, height = 48): Buffer {
  return pngBytes(width, height, (x, y) => (x < 3 || y < 3 || x >= width - 3 || y >= height - 3 || Math.abs(x * height - y * width) < width * 2 ? [220, 20, 20] : [255, 255, 255]));
}
