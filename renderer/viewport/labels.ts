import { CanvasTexture, LinearFilter, Sprite, SpriteMaterial, type Object3D, type Vector3 } from 'three';

/**
 * A text label that keeps the same size on screen at any zoom (no size attenuation), so dimensions and
 * names stay readable from the whole-site view down to a single rack.
 */
export function makeLabel(text: string, options: { color?: string; background?: string; pixelHeight?: number } = {}): Sprite {
  const font = 28;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  ctx.font = `${font}px system-ui, sans-serif`;
  const width = Math.ceil(ctx.measureText(text).width) + 16;
  canvas.width = width;
  canvas.height = font + 12;
  ctx.font = `${font}px system-ui, sans-serif`;
  if (options.background) {
    ctx.fillStyle = options.background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.fillStyle = options.color ?? '#d8dee9';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, 8, canvas.height / 2 + 1);
  const texture = new CanvasTexture(canvas);
  texture.minFilter = LinearFilter;
  const material = new SpriteMaterial({ map: texture, sizeAttenuation: false, depthTest: false, transparent: true });
  const sprite = new Sprite(material);
  // Scale is in clip-space units when size attenuation is off: roughly `pixelHeight` px on a 900 px tall view.
  const h = (options.pixelHeight ?? 14) / 700;
  sprite.scale.set((h * canvas.width) / canvas.height, h, 1);
  sprite.userData.baseScale = sprite.scale.clone();
  sprite.renderOrder = 10;
  sprite.userData.label = text;
  return sprite;
}

export function disposeLabel(sprite: Sprite): void {
  sprite.material.map?.dispose();
  sprite.material.dispose();
}

/**
 * Without size attenuation three keeps a sprite's screen size only under a perspective camera; under the
 * orthographic plan camera its scale is in world units. `factor` converts (1 in perspective).
 */
export function scaleLabels(root: Object3D, factor: number): void {
  root.traverse((o) => {
    const base = o.userData.baseScale as Vector3 | undefined;
    if (base && o instanceof Sprite) o.scale.copy(base).multiplyScalar(factor);
  });
}
