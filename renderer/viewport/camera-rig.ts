import { MOUSE, OrthographicCamera, PerspectiveCamera, Vector3, type Camera } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

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

  /** Frames world bounds: the whole box visible with a margin, from the current viewing direction. */
  fit(b: Bounds): void {
    const centre = new Vector3((b[0] + b[3]) / 2, (b[1] + b[4]) / 2, (b[2] + b[5]) / 2);
    const size = Math.max(b[3] - b[0], b[5] - b[2], (b[4] - b[1]) * 2, 2);
    this.controls.target.copy(centre);
    if (this.projection === 'plan') {
      const halfW = (b[3] - b[0]) / 2;
      const halfD = (b[5] - b[2]) / 2;
      this.setPlanHalfHeight(Math.max(halfD, halfW / this.aspect, 1) * 1.15);
      this.plan.position.set(centre.x, 500, centre.z + 0.01);
      this.plan.zoom = 1;
      this.plan.updateProjectionMatrix();
    } else {
      const dir = this.perspective.position.clone().sub(this.controls.target);
      if (dir.lengthSq() < 1e-6) dir.set(0.5, 0.6, 0.8);
      dir.normalize();
      const dist = (size * 0.75) / Math.tan((this.perspective.fov * Math.PI) / 360);
      this.perspective.position.copy(centre).addScaledVector(dir, dist);
      this.perspective.near = Math.max(0.05, dist / 1000);
      this.perspective.far = dist * 20 + 1000;
      this.perspective.updateProjectionMatrix();
    }
    this.controls.update();
  }

  /** How much larger label sprites must be drawn for the current camera to keep their screen size. */
  labelFactor(): number {
    if (this.projection === 'perspective') return 1;
    const viewHeight = (this.plan.top - this.plan.bottom) / this.plan.zoom;
    return viewHeight / (2 * Math.tan((this.perspective.fov * Math.PI) / 360));
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
