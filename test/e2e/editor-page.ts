import type { Page } from 'playwright-core';
import { createApiClient } from '../../shared/contract/client.ts';
import type { ProjectDocument } from '../../shared/model/index.ts';

/** The server's API as a test calls it, with the run's token (what the server holds, not what the screen shows). */
export function serverApi(serve: { origin: string; token: string }): ReturnType<typeof createApiClient> {
  return createApiClient(async (service, method, request) => {
    const response = await fetch(`${serve.origin}/api/${service}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-powerhall-token': serve.token },
      body: JSON.stringify(request),
    });
    return response.json();
  });
}

/** The project as the server has stored it, read through the API with the run's token (not from the screen). */
export async function storedProject(serve: { origin: string; token: string }): Promise<ProjectDocument> {
  return serverApi(serve).project.load({});
}

/** Racks per scenario id in a stored project. */
export function racksByScenario(doc: ProjectDocument): Record<string, number> {
  const hallScenario = new Map<string, string>(doc.halls.map((h) => [h.id, h.scenarioId]));
  const rowScenario = new Map<string, string | undefined>(doc.rows.map((r) => [r.id, hallScenario.get(r.hallId)]));
  const out: Record<string, number> = Object.fromEntries(doc.scenarios.map((s) => [s.id, 0]));
  for (const rack of doc.racks) {
    const scenario = rowScenario.get(rack.rowId);
    if (scenario) out[scenario] = (out[scenario] ?? 0) + 1;
  }
  return out;
}

/** Drives the real renderer through its canvas and DOM, as a user would; site points map to client pixels. */
export class EditorPage {
  constructor(readonly page: Page) {}

  async frames(): Promise<number> {
    return Number(await this.page.getAttribute('[data-testid=viewport-canvas]', 'data-frames'));
  }

  /** Waits until the viewport has drawn at least one frame after `since`. */
  async rendered(since: number): Promise<void> {
    await this.page.waitForFunction((n) => Number(document.querySelector('[data-testid=viewport-canvas]')?.getAttribute('data-frames')) > n, since);
  }

  /** Switches to the orthographic plan view (if not there) and waits for it to be drawn. */
  async planView(): Promise<void> {
    const projection = await this.page.evaluate(() => (window as unknown as ViewportWindow).powerhallViewport.stats().projection);
    if (projection === 'plan') return;
    const frames = await this.frames();
    await this.key('p');
    await this.rendered(frames);
  }

  async client(x: number, y: number): Promise<{ x: number; y: number }> {
    return this.page.evaluate(([px, py]) => (window as unknown as ViewportWindow).powerhallViewport.project({ x: px!, y: py! }), [x, y]);
  }

  async inCanvas(x: number, y: number): Promise<boolean> {
    const p = await this.client(x, y);
    const box = (await this.page.locator('[data-testid=viewport-canvas]').boundingBox())!;
    return p.x > box.x + 5 && p.y > box.y + 5 && p.x < box.x + box.width - 5 && p.y < box.y + box.height - 5;
  }

  async drag(from: [number, number], to: [number, number]): Promise<void> {
    const a = await this.client(...from);
    const b = await this.client(...to);
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    for (let i = 1; i <= 5; i++) await this.page.mouse.move(a.x + ((b.x - a.x) * i) / 5, a.y + ((b.y - a.y) * i) / 5);
    await this.page.mouse.up();
  }

  /** Zooms the plan in on a site rectangle with the wheel, as far as it still fits, so that clicks land on racks. */
  async zoomTo(min: [number, number], max: [number, number]): Promise<void> {
    await this.planView();
    await this.key('Shift+F');
    await this.rendered((await this.frames()) - 1);
    for (let i = 0; i < 20; i++) {
      const centre = await this.client((min[0] + max[0]) / 2, (min[1] + max[1]) / 2);
      await this.page.mouse.move(centre.x, centre.y);
      const frames = await this.frames();
      await this.page.mouse.wheel(0, -120);
      await this.rendered(frames);
      if (!(await this.inCanvas(...min)) || !(await this.inCanvas(...max))) {
        const back = await this.frames();
        await this.page.mouse.wheel(0, 120);
        await this.rendered(back);
        return;
      }
    }
  }

  async click(x: number, y: number, modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
    const p = await this.client(x, y);
    for (const m of modifiers) await this.page.keyboard.down(m);
    await this.page.mouse.click(p.x, p.y);
    for (const m of modifiers) await this.page.keyboard.up(m);
  }

  async key(combo: string): Promise<void> {
    await this.page.locator('[data-testid=viewport-canvas]').focus();
    await this.page.keyboard.press(combo);
  }

  async text(testId: string): Promise<string> {
    return (await this.page.textContent(`[data-testid=${testId}]`)) ?? '';
  }

  async waitText(testId: string, expected: string): Promise<void> {
    await this.page.waitForFunction(([id, want]) => document.querySelector(`[data-testid=${id}]`)?.textContent === want, [testId, expected]);
  }

  async saved(): Promise<void> {
    await this.page.waitForFunction(() => /^saved/.test(document.querySelector('[data-testid=save-state]')?.textContent ?? ''));
  }

  /** Share of canvas pixels near a site point whose colour is within `tolerance` of `rgb`. */
  async colourShare(site: [number, number], radiusPx: number, rgb: [number, number, number], tolerance = 40): Promise<number> {
    const c = await this.client(...site);
    return this.page.evaluate(
      ([cx, cy, r, cr, cg, cb, tol]) => {
        const canvas = document.querySelector('[data-testid=viewport-canvas]') as HTMLCanvasElement;
        const rect = canvas.getBoundingClientRect();
        const scale = canvas.width / rect.width;
        const probe = document.createElement('canvas');
        probe.width = canvas.width;
        probe.height = canvas.height;
        const ctx = probe.getContext('2d')!;
        ctx.drawImage(canvas, 0, 0);
        const x0 = Math.round((cx! - rect.left - r!) * scale);
        const y0 = Math.round((cy! - rect.top - r!) * scale);
        const size = Math.round(2 * r! * scale);
        const data = ctx.getImageData(x0, y0, size, size).data;
        let hits = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (Math.abs(data[i]! - cr!) + Math.abs(data[i + 1]! - cg!) + Math.abs(data[i + 2]! - cb!) < tol!) hits++;
        }
        return hits / (data.length / 4);
      },
      [c.x, c.y, radiusPx, ...rgb, tolerance] as const,
    );
  }
}

interface ViewportWindow {
  powerhallViewport: {
    project(p: { x: number; y: number }): { x: number; y: number };
    stats(): { projection: string };
  };
}
