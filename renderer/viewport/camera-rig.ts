import { MOUSE, OrthographicCamera, PerspectiveCamera, Vector3, type Camera } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { CameraView } from '../editor/session-memory.ts';

export type Projection = 'perspective' | 'plan';

type Bounds = readonly [number, number, number, number, number, number];

/**
 * A perspective camera and an orthographic plan camera sharing one target. Left button belongs to the tools;
 * right drag orbits (pans in plan), middle drag pans, the wheel zooms.
 */
export class CameraRig {
  readonly perspective = new PerspectiveCamera(45, 1, 0.1, 20000);
  readonly plan = new OrthographicCamera(-50, 50, 50, -50, -1000, 5000);
  projection: Projection = 'perspective';
  readonly controls: OrbitControls;
  private aspect = 1;
  private size = { width: 1, height: 1 };

  constructor(
    private readonly dom: HTMLElement,
    onChange: () => void,
  ) {
    this.perspective.position.set(60, 60, 90);
    this.controls = this.makeControls(this.perspective, onChange);
  }

  get camera(): Camera {
    return this.projection === 'plan' ? this.plan : this.perspective;
  }

  resize(width: number, height: number): void {
    this.size = { width: Math.max(1, width), height: Math.max(1, height) };
    this.aspect = width / Math.max(1, height);
    this.perspective.aspect = this.aspect;
    this.perspective.updateProjectionMatrix();
    const halfH = (this.plan.top - this.plan.bottom) / 2;
    this.plan.left = -halfH * this.aspect;
    this.plan.right = halfH * this.aspect;
    this.plan.updateProjectionMatrix();
  }

  setProjection(p: Projection): void {
    if (p === this.projection) return;
    const target = this.controls.target.clone();
    this.projection = p;
    if (p === 'plan') {
      const dist = this.perspective.position.distanceTo(target);
      this.setPlanHalfHeight(dist * Math.tan((this.perspective.fov * Math.PI) / 360));
      // A hair south of straight down, so that OrbitControls keeps plan north (−z) at the top of the screen.
      this.plan.position.set(target.x, 500, target.z + 0.01);
      this.plan.lookAt(target);
    }
    this.controls.object = this.camera;
    this.controls.enableRotate = p === 'perspective';
    this.controls.mouseButtons = { LEFT: null as unknown as MOUSE, MIDDLE: MOUSE.PAN, RIGHT: p === 'plan' ? MOUSE.PAN : MOUSE.ROTATE };
    this.controls.update();
  }

  /**
   * Frames world bounds from the current viewing direction with `marginPx` of screen left free on every side, room
   * for the labels that stand outside what they name (a hall's name and dimensions).
   */
  fit(b: Bounds, marginPx = 0): void {
    const centre = new Vector3((b[0] + b[3]) / 2, (b[1] + b[4]) / 2, (b[2] + b[5]) / 2);
    this.controls.target.copy(centre);
    // The share of the view's height and width that the margins leave for the bounds.
    const freeH = Math.max(0.2, 1 - (2 * marginPx) / this.size.height);
    const freeW = Math.max(0.2, 1 - (2 * marginPx) / this.size.width);
    if (this.projection === 'plan') {
      const halfW = (b[3] - b[0]) / 2;
      const halfD = (b[5] - b[2]) / 2;
      this.setPlanHalfHeight(Math.max(halfD / freeH, halfW / freeW / this.aspect, 1));
      this.plan.position.set(centre.x, 500, centre.z + 0.01);
      this.plan.zoom = 1;
      this.plan.updateProjectionMatrix();
    } else {
      const dir = this.perspective.position.clone().sub(this.controls.target);
      if (dir.lengthSq() < 1e-6) dir.set(0.5, 0.6, 0.8);
      dir.normalize();
      // The bounds' enclosing sphere fits the narrower of the two fields of view, less the margins.
      // Never closer than a 4 m sphere: a single CDU framed alone still shows what stands around it.
      const radius = Math.max(0.5 * Math.hypot(b[3] - b[0], b[4] - b[1], b[5] - b[2]), 4);
      const vHalf = (this.perspective.fov * Math.PI) / 360;
      const half = Math.min(Math.atan(Math.tan(vHalf) * freeH), Math.atan(Math.tan(vHalf) * this.aspect * freeW));
      const dist = radius / Math.sin(half);
      this.perspective.position.copy(centre).addScaledVector(dir, dist);
      this.perspective.near = Math.max(0.05, dist / 1000);
      this.perspective.far = dist * 20 + 1000;
      this.perspective.updateProjectionMatrix();
    }
    this.controls.update();
  }

  /** Where the camera is, to be put back later (after a reload, on coming back to a scenario). */
  view(): CameraView {
    const camera = this.projection === 'plan' ? this.plan : this.perspective;
    const t = this.controls.target;
    return {
      projection: this.projection,
      position: [camera.position.x, camera.position.y, camera.position.z],
      target: [t.x, t.y, t.z],
      zoom: this.plan.zoom,
      planHalfHeight: (this.plan.top - this.plan.bottom) / 2,
    };
  }

  setView(view: CameraView): void {
    this.setProjection(view.projection);
    this.controls.target.set(...view.target);
    if (view.projection === 'plan') {
      this.setPlanHalfHeight(view.planHalfHeight);
      this.plan.zoom = view.zoom;
      this.plan.position.set(...view.position);
      this.plan.updateProjectionMatrix();
    } else this.perspective.position.set(...view.position);
    this.controls.update();
  }

  dispose(): void {
    this.controls.dispose();
  }

  private setPlanHalfHeight(half: number): void {
    this.plan.top = half;
    this.plan.bottom = -half;
    this.plan.left = -half * this.aspect;
    this.plan.right = half * this.aspect;
    this.plan.updateProjectionMatrix();
  }

  private makeControls(camera: Camera, onChange: () => void): OrbitControls {
    const controls = new OrbitControls(camera, this.dom);
    controls.enableDamping = false;
    controls.screenSpacePanning = true;
    controls.maxPolarAngle = Math.PI / 2 - 0.02;
    controls.zoomToCursor = true;
    controls.mouseButtons = { LEFT: null as unknown as MOUSE, MIDDLE: MOUSE.PAN, RIGHT: MOUSE.ROTATE };
    controls.addEventListener('change', onChange);
    return controls;
  }
}
