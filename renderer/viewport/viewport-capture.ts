import { Color as ThreeColor, SRGBColorSpace, WebGLRenderTarget, type Camera, type Color, type Scene, type Texture, type WebGLRenderer } from 'three';

export type CaptureScale = 1 | 2 | 4;

export interface CaptureOptions {
  /** Pixels per CSS pixel of the viewport: 2 gives an image twice as wide and tall as the view on screen. */
  readonly scale: CaptureScale;
  /** Leave out the background, so only the model is opaque. */
  readonly transparent: boolean;
}

export interface CapturedImage {
  readonly png: Blob;
  readonly width: number;
  readonly height: number;
}

/**
 * Renders the scene once more, off screen, at `scale` times the view's CSS size, and encodes it as PNG. The canvas on
 * screen is not touched: the render goes to its own target, so the next frame on screen is the same as the last.
 */
export async function captureViewport(
  renderer: WebGLRenderer,
  scene: Scene,
  camera: Camera,
  cssSize: { readonly width: number; readonly height: number },
  options: CaptureOptions,
  labels: HTMLElement,
): Promise<CapturedImage> {
  const width = Math.round(cssSize.width * options.scale);
  const height = Math.round(cssSize.height * options.scale);
  const limit = Math.min(renderer.capabilities.maxTextureSize, renderer.getContext().getParameter(renderer.getContext().MAX_RENDERBUFFER_SIZE) as number);
  if (width < 1 || height < 1) throw new Error('the 3D view has no size to capture');
  if (width > limit || height > limit) {
    throw new Error(`${width} × ${height} pixels is more than this graphics driver renders in one image (at most ${limit} per side): choose a smaller scale`);
  }
  const target = new WebGLRenderTarget(width, height);
  target.texture.colorSpace = SRGBColorSpace;
  const background = scene.background as Color | Texture | null;
  const previousTarget = renderer.getRenderTarget();
  const clearColor = renderer.getClearColor(new ThreeColor());
  const clearAlpha = renderer.getClearAlpha();
  const pixels = new Uint8Array(width * height * 4);
  try {
    if (options.transparent) scene.background = null;
    renderer.setRenderTarget(target);
    renderer.setClearColor(0x000000, 0);
    renderer.clear();
    renderer.render(scene, camera);
    renderer.readRenderTargetPixels(target, 0, 0, width, height, pixels);
  } finally {
    scene.background = background;
    renderer.setRenderTarget(previousTarget);
    renderer.setClearColor(clearColor, clearAlpha);
    target.dispose();
  }
  return { png: await encodePng(pixels, width, height, (ctx) => drawLabels(ctx, labels, options.scale)), width, height };
}

/**
 * The viewport's labels are HTML over the canvas: each one shown is drawn into the image where it stands, in its own
 * computed font, colours and box, so the image reads as the view on screen does.
 */
function drawLabels(ctx: OffscreenCanvasRenderingContext2D, root: HTMLElement, scale: number): void {
  const origin = root.getBoundingClientRect();
  ctx.save();
  ctx.scale(scale, scale);
  ctx.textBaseline = 'middle';
  for (const el of root.querySelectorAll<HTMLElement>('.vp-label')) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || el.textContent === '') continue;
    const r = el.getBoundingClientRect();
    const x = r.left - origin.left;
    const y = r.top - origin.top;
    ctx.fillStyle = style.backgroundColor;
    ctx.fillRect(x, y, r.width, r.height);
    ctx.font = style.font;
    ctx.fillStyle = style.color;
    ctx.save();
    ctx.beginPath();
    ctx.rect(x, y, r.width, r.height);
    ctx.clip();
    ctx.fillText(el.textContent ?? '', x + parseFloat(style.paddingLeft), y + r.height / 2);
    ctx.restore();
  }
  ctx.restore();
}

/** GL rows run bottom-up and blending over a clear background leaves colours premultiplied: turn both around, then draw the overlay. */
async function encodePng(pixels: Uint8Array, width: number, height: number, overlay: (ctx: OffscreenCanvasRenderingContext2D) => void): Promise<Blob> {
  const image = new ImageData(width, height);
  const row = width * 4;
  for (let y = 0; y < height; y++) {
    const from = (height - 1 - y) * row;
    image.data.set(pixels.subarray(from, from + row), y * row);
  }
  const data = image.data;
  for (let i = 0; i < data.length; i += 4) {
    const a = data[i + 3]!;
    if (a === 0 || a === 255) continue;
    data[i] = Math.min(255, Math.round((data[i]! * 255) / a));
    data[i + 1] = Math.min(255, Math.round((data[i + 1]! * 255) / a));
    data[i + 2] = Math.min(255, Math.round((data[i + 2]! * 255) / a));
  }
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.putImageData(image, 0, 0);
  overlay(ctx);
  return canvas.convertToBlob({ type: 'image/png' });
}
