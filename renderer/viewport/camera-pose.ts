import type { CameraPose } from '../../shared/model/index.ts';
import type { CameraRig } from './camera-rig.ts';

/** The rig's camera as a saved view stores it: the rig's own view, the plan's zoom folded into the height it shows. */
export function poseOf(rig: CameraRig): CameraPose {
  const v = rig.view();
  const [px, py, pz] = v.position;
  const [tx, ty, tz] = v.target;
  return { projection: v.projection, position: { x: px, y: py, z: pz }, target: { x: tx, y: ty, z: tz }, planHalfHeightM: v.planHalfHeight / v.zoom };
}

/** Puts the rig's camera at a pose, through the rig's own setView. */
export function applyPose(rig: CameraRig, pose: CameraPose): void {
  const { position: p, target: t } = pose;
  rig.setView({ projection: pose.projection, position: [p.x, p.y, p.z], target: [t.x, t.y, t.z], zoom: 1, planHalfHeight: pose.planHalfHeightM });
}

const mix = (a: number, b: number, t: number) => a + (b - a) * t;
const mixPoint = (a: CameraPose['target'], b: CameraPose['target'], t: number) => ({ x: mix(a.x, b.x, t), y: mix(a.y, b.y, t), z: mix(a.z, b.z, t) });
/** Slow in, slow out. */
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** The pose `t` (0…1) of the way from `from` to `to`; a change of projection happens at the start. */
export function posesBetween(from: CameraPose, to: CameraPose, t: number): CameraPose {
  const e = ease(Math.min(1, Math.max(0, t)));
  // Across a change of projection the old position means nothing to the new camera: it moves from the target's side.
  const start = from.projection === to.projection ? from : { ...to, target: from.target, planHalfHeightM: from.planHalfHeightM };
  return {
    projection: to.projection,
    position: mixPoint(start.position, to.position, e),
    target: mixPoint(start.target, to.target, e),
    planHalfHeightM: mix(start.planHalfHeightM, to.planHalfHeightM, e),
  };
}

/**
 * Moves the camera to `to` over `ms`, one step per animation frame, calling `onFrame` after each. Returns a function
 * that stops the move where it is.
 */
export function animatePose(rig: CameraRig, to: CameraPose, ms: number, onFrame: () => void): () => void {
  const from = poseOf(rig);
  let stopped = false;
  let started: number | null = null;
  const step = (now: number) => {
    if (stopped) return;
    started ??= now;
    const t = ms <= 0 ? 1 : (now - started) / ms;
    applyPose(rig, t >= 1 ? to : posesBetween(from, to, t));
    onFrame();
    if (t < 1) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
  return () => {
    stopped = true;
  };
}
