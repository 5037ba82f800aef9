import { Plane, Raycaster, Vector2, Vector3, WebGLRenderer, AmbientLight, DirectionalLight, Color } from 'three';
import type { Point } from '../../shared/model/index.ts';
import type { ViewCommands } from '../editor/actions/types.ts';
import type { Editor } from '../editor/editor.ts';
import type { ColorMode } from '../editor/session.ts';
import { hallAt } from '../editor/locate.ts';
import type { PlanPointer } from '../editor/tools/index.ts';
import { CameraRig, type Projection } from './camera-rig.ts';
import { applySceneTheme, onThemeChange, sceneTheme } from './scene-theme.ts';
import type { CameraView } from '../editor/session-memory.ts';
import { LabelOverlay } from './labels.ts';
import { worldLabels } from './label-sources.ts';
import type { ScreenBox } from './label-placement.ts';
import { loopNear } from './pipe-pick.ts';
import { BuswayLayer } from './busway-layer.ts';
import { openScenarioRetrofit } from './retrofit-overlay.ts';
import { SceneSync } from './scene-sync.ts';
import { UnderlayLayer } from './underlay-layer.ts';
import { calibrationOf } from '../editor/tools/calibrate-tool.ts';
import type { CameraPose } from '../../shared/model/index.ts';
import { animatePose, poseOf } from './camera-pose.ts';
import { captureViewport, type CapturedImage, type CaptureOptions } from './viewport-capture.ts';

/** Screen space left free around what "frame" shows, px: room for the labels outside a hall and for the legend. */
const FIT_MARGIN_PX = 48;

export interface ViewportStats {
  /** Draw calls of the last rendered frame. */
  readonly drawCalls: number;
  /** Frames rendered since the viewport was created: it stays put while nothing changes. */
  readonly frames: number;
  /** Main-thread time of the last `renderer.render` call, ms. */
  readonly lastRenderMs: number;
  readonly racks: number;
  readonly projection: Projection;
}

/**
 * The viewport as React sees it: a small controller object around a canvas. It renders on demand (a dirty
 * flag, at most one render per animation frame), turns pointer events into plan events for the editor's
 * tools, and picks through a spatial index. No three.js object leaves this module.
 */
export class ViewportController implements ViewCommands {
  readonly canvas: HTMLCanvasElement;
  private readonly renderer: WebGLRenderer;
  private readonly rig: CameraRig;
  private stopMove: () => void = () => {};
  readonly sync: SceneSync;
  private readonly raycaster = new Raycaster();
  private readonly floor = new Plane(new Vector3(0, 1, 0), 0);
  private readonly scratch = new Vector3();
  private frameRequested = false;
  private frames = 0;
  private drawCalls = 0;
  private lastRenderMs = 0;
  private readonly resizeObserver: ResizeObserver;
  private readonly disposers: (() => void)[] = [];
  private pointerDown = false;
  private readonly labels: LabelOverlay;
  private readonly busways = new BuswayLayer();
  private readonly underlays = new UnderlayLayer(() => this.requestRender());
  /** What the labels were last read from: the report, the document version and the session they show. */
  private labelsFrom: readonly unknown[] = [];
  private hoverPoint: { x: number; y: number } | null = null;
  private shownReport: object | null = null;
  private shownMode: ColorMode | null = null;
  private shownRetrofit: object | null = null;
  private reportPending = false;
  private readingReport = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly editor: Editor,
  ) {
    this.renderer = new WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
    this.renderer.info.autoReset = true;
    this.canvas = this.renderer.domElement;
    this.canvas.tabIndex = 0;
    this.canvas.dataset.testid = 'viewport-canvas';
    container.appendChild(this.canvas);
    this.labels = new LabelOverlay(container);
    this.rig = new CameraRig(this.canvas, () => this.requestRender());
    this.sync = new SceneSync(editor.store, editor.catalog, (rack) => editor.live.analyzer.rackLoad(rack)?.itKw ?? null, editor.session.state, () => this.requestRender());
    this.applyTheme();
    // The OS theme changes while the app runs (Electron follows nativeTheme): the scene follows at once.
    this.disposers.push(onThemeChange(() => this.applyTheme()));
    const sun = new DirectionalLight(0xffffff, 1.6);
    sun.position.set(0.4, 1, 0.25);
    this.sync.scene.add(new AmbientLight(0xffffff, 1.1), sun, this.busways.object, this.underlays.root);
    this.disposers.push(this.underlays.follow(editor));
    this.disposers.push(editor.session.subscribe(() => this.sync.setSession(editor.session.state)));
    // The report is read back once per frame, in the frame that draws the edits: labels and outlines never lag.
    const onReport = () => {
      this.reportPending = true;
      this.requestRender();
    };
    this.disposers.push(
      editor.live.subscribe(onReport),
      // The labels show loops or feeds by colour mode; other session changes leave them as they are.
      editor.session.subscribe(() => {
        if (editor.session.state.colorMode !== this.shownMode) onReport();
      }),
    );
    this.readReport();
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(container);
    this.listen();
    this.resize();
    this.fitAll();
    editor.view = this;
  }

  /** Marks the scene dirty; it is drawn once on the next animation frame. */
  requestRender(): void {
    // While a frame reads the report back it is already drawing what that changes.
    if (this.frameRequested || this.readingReport) return;
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      this.render();
    });
  }

  /** Check outlines, check colours and the loops' and feeds' labels, from the live report. */
  private readReport(): void {
    const report = this.editor.live.current;
    if (report === this.shownReport && this.editor.session.state.colorMode === this.shownMode) return;
    this.shownReport = report;
    this.shownMode = this.editor.session.state.colorMode;
    this.sync.setChecks(report.checks);
    const retrofit = this.shownMode === 'disposition' ? openScenarioRetrofit(this.editor) : null;
    if (retrofit !== this.shownRetrofit) {
      this.shownRetrofit = retrofit;
      this.sync.setRetrofit(retrofit);
    }
  }

  fitToSelection(): void {
    const b = this.sync.boundsOf(this.editor.session.state.selection);
    if (b) this.rig.fit(b, FIT_MARGIN_PX);
    this.requestRender();
  }

  fitAll(): void {
    const b = this.sync.boundsOf(null);
    if (b) this.rig.fit(b, FIT_MARGIN_PX);
    this.requestRender();
  }

  /** Selects a record and frames it (a click on a check). */
  focus(id: string): void {
    this.editor.session.select([id]);
    this.fitToSelection();
  }

  private applyTheme(): void {
    const theme = sceneTheme();
    applySceneTheme(theme);
    this.sync.scene.background = new Color(theme.background);
    this.requestRender();
  }

  cameraView(): CameraView {
    return this.rig.view();
  }

  setCameraView(view: CameraView): void {
    this.rig.setView(view);
    this.requestRender();
  }

  /** Calls `listener` whenever the camera moves: the user orbits, pans or zooms, or a command frames the view. */
  onCameraChange(listener: () => void): () => void {
    this.rig.controls.addEventListener('change', listener);
    return () => this.rig.controls.removeEventListener('change', listener);
  }

  toggleProjection(): void {
    this.rig.setProjection(this.rig.projection === 'plan' ? 'perspective' : 'plan');
    this.fitAll();
  }

  /** Where the camera stands and looks, for a saved view. */
  cameraPose(): CameraPose {
    return poseOf(this.rig);
  }

  /** Moves the camera to a saved pose, smoothly over `ms` (0: at once); a new move stops the one under way. */
  showPose(pose: CameraPose, ms: number): void {
    this.stopMove();
    this.stopMove = animatePose(this.rig, pose, ms, () => this.requestRender());
  }

  /** The view as a PNG image at a multiple of its size on screen, rendered off screen. */
  capture(options: CaptureOptions): Promise<CapturedImage> {
    this.sync.flush();
    return captureViewport(this.renderer, this.sync.scene, this.rig.camera, { width: this.container.clientWidth, height: this.container.clientHeight }, options, this.labels.root);
  }

  stats(): ViewportStats {
    return { drawCalls: this.drawCalls, frames: this.frames, lastRenderMs: this.lastRenderMs, racks: this.sync.racks.count, projection: this.rig.projection };
  }

  /**
   * The record under a client (CSS pixel) position: a loop's or feed's label, else rack or
   * equipment by ray, else a loop's pipe run within a few pixels, else row slot, else hall.
   */
  pick(clientX: number, clientY: number): { id: string | null; site: Point | null } {
    this.setRay(clientX, clientY);
    const ray = this.raycaster.ray;
    const p = ray.intersectPlane(this.floor, new Vector3());
    const site = p ? { x: p.x, y: p.z } : null;
    const r = this.canvas.getBoundingClientRect();
    const labelled = this.labels.hit(clientX - r.left, clientY - r.top);
    if (labelled && this.editor.store.get(labelled)) return { id: labelled, site };
    const hit = this.sync.index.raycast([ray.origin.x, ray.origin.y, ray.origin.z], [ray.direction.x, ray.direction.y, ray.direction.z]);
    if (hit) return { id: hit.id, site };
    const pipe = loopNear(this.editor.store, this.editor.catalog, this.editor.session.state.scenarioId, (x, h, y) => this.toScreen(x, h, y), clientX - r.left, clientY - r.top, 5);
    if (pipe) return { id: pipe, site };
    const busway = this.busways.feedNear((x, h, y) => this.toScreen(x, h, y), clientX - r.left, clientY - r.top, 5);
    if (busway) return { id: busway, site };
    if (!site) return { id: null, site };
    this.sync.flush();
    const rowId = this.sync.rowIndex.at(site.x, site.y);
    if (rowId) return { id: rowId, site };
    const underlayId = this.underlays.at(site);
    if (underlayId) return { id: underlayId, site };
    return { id: hallAt(this.editor.store, this.editor.session.state.scenarioId, site)?.id ?? null, site };
  }

  /** The labels on screen after the last frame, boxes in client (CSS pixel) coordinates, for tests. */
  placedLabels(): { key: string; id: string | null; kind: string; text: string; box: ScreenBox }[] {
    const r = this.canvas.getBoundingClientRect();
    return this.labels.placed().map((l) => ({ ...l, box: { ...l.box, x: l.box.x + r.left, y: l.box.y + r.top } }));
  }

  /** Client coordinates of a site point on the floor, for tests and overlays. */
  project(site: Point, height = 0): { x: number; y: number } {
    this.rig.camera.updateMatrixWorld();
    const v = new Vector3(site.x, height, site.y).project(this.rig.camera);
    const r = this.canvas.getBoundingClientRect();
    return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height };
  }

  dispose(): void {
    this.stopMove();
    this.editor.view = null;
    for (const d of this.disposers) d();
    this.resizeObserver.disconnect();
    this.rig.dispose();
    this.labels.dispose();
    this.busways.dispose();
    this.sync.dispose();
    this.renderer.dispose();
    this.canvas.remove();
  }

  private render(): void {
    if (this.reportPending) {
      this.reportPending = false;
      this.readingReport = true;
      this.readReport();
      this.readingReport = false;
    }
    this.readOverlays();
    this.sync.flush();
    const t0 = performance.now();
    this.renderer.render(this.sync.scene, this.rig.camera);
    this.lastRenderMs = performance.now() - t0;
    this.drawCalls = this.renderer.info.render.calls;
    this.layoutLabels();
    this.frames += 1;
    this.canvas.dataset.frames = String(this.frames);
  }

  /** Reads the labels and busways again, before the frame that draws them, when what they show changed. */
  private readOverlays(): void {
    const s = this.editor.session.state;
    const from = [this.editor.live.current, this.editor.store.version, s.scenarioId, s.colorMode, s.lengthUnit];
    if (from.every((v, i) => v === this.labelsFrom[i])) return;
    this.labelsFrom = from;
    this.labels.set(worldLabels(this.editor.store, this.editor.catalog, s, this.editor.live.current));
    this.busways.set(this.editor.store, this.editor.catalog, s.scenarioId, s.colorMode === 'feed');
  }

  /** Places the labels for this frame's camera. */
  private layoutLabels(): void {
    this.labels.layout((x, h, y) => this.toScreen(x, h, y), this.container.clientWidth, this.container.clientHeight, this.keepOutBoxes());
  }

  /** Panels laid over the viewport (the legend) that labels must not hide under, in viewport px. */
  private keepOutBoxes(): ScreenBox[] {
    const origin = this.container.getBoundingClientRect();
    const panels = this.container.parentElement?.querySelectorAll<HTMLElement>('[data-over-viewport]') ?? [];
    return [...panels].map((el) => {
      const b = el.getBoundingClientRect();
      return { x: b.left - origin.left, y: b.top - origin.top, w: b.width, h: b.height };
    });
  }

  /** A world point (site x, height h, site y) in px from the viewport's top-left, or null behind the camera. */
  private toScreen(x: number, h: number, y: number): { x: number; y: number } | null {
    const v = this.scratch.set(x, h, y).project(this.rig.camera);
    if (v.z < -1 || v.z > 1) return null;
    return { x: ((v.x + 1) / 2) * this.container.clientWidth, y: ((1 - v.y) / 2) * this.container.clientHeight };
  }

  private resize(): void {
    const w = this.container.clientWidth;
    const h = this.container.clientHeight;
    if (w === 0 || h === 0) return;
    this.renderer.setSize(w, h, false);
    this.canvas.style.width = `${w}px`;
    this.canvas.style.height = `${h}px`;
    this.rig.resize(w, h);
    this.requestRender();
  }

  private setRay(clientX: number, clientY: number): void {
    const r = this.canvas.getBoundingClientRect();
    // The camera may have moved since the last frame (a fit, a zoom): use where it is now.
    this.rig.camera.updateMatrixWorld();
    const ndc = new Vector2(((clientX - r.left) / r.width) * 2 - 1, -((clientY - r.top) / r.height) * 2 + 1);
    this.raycaster.setFromCamera(ndc, this.rig.camera);
  }

  /** Hover picks at most once per animation frame, whatever the pointer's event rate. */
  private hoverAt(clientX: number, clientY: number): void {
    const first = this.hoverPoint === null;
    this.hoverPoint = { x: clientX, y: clientY };
    if (!first) return;
    requestAnimationFrame(() => {
      const p = this.hoverPoint;
      this.hoverPoint = null;
      if (!p || this.pointerDown) return;
      const { id, site } = this.pick(p.x, p.y);
      this.editor.session.set({ hoverId: id });
      if (site) this.editor.tools.hover({ site, hitId: id, shift: false, mod: false });
    });
  }

  private planPointer(e: PointerEvent): PlanPointer | null {
    const { id, site } = this.pick(e.clientX, e.clientY);
    if (!site) return null;
    return { site, hitId: id, shift: e.shiftKey, mod: e.ctrlKey || e.metaKey };
  }

  private listen(): void {
    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void) => {
      this.canvas.addEventListener(type, fn);
      this.disposers.push(() => this.canvas.removeEventListener(type, fn));
    };
    on('pointerdown', (e) => {
      if (e.button !== 0) return;
      this.canvas.focus();
      const p = this.planPointer(e);
      if (!p || calibrationOf(this.editor).click(p.site)) return;
      this.pointerDown = true;
      this.canvas.setPointerCapture(e.pointerId);
      this.editor.tools.down(p);
    });
    on('pointermove', (e) => {
      if (!this.pointerDown) {
        this.hoverAt(e.clientX, e.clientY);
        return;
      }
      const p = this.planPointer(e);
      if (p) this.editor.tools.move(p);
    });
    on('pointerleave', () => this.editor.session.set({ hoverId: null }));
    on('pointerup', (e) => {
      if (e.button !== 0 || !this.pointerDown) return;
      this.pointerDown = false;
      const p = this.planPointer(e);
      if (p) this.editor.tools.up(p);
      else this.editor.tools.cancel();
    });
    on('dblclick', () => this.editor.tools.finish());
    on('contextmenu', (e) => e.preventDefault());
  }
}
