import type { ActionContext } from '../actions/types.ts';
import type { ToolId } from '../session.ts';
import { createHallTool, createRowTool } from './draw-tools.ts';
import { createMeasureTool } from './measure-tool.ts';
import { createPipeTool } from './pipe-tool.ts';
import { createEquipmentTool, createRackTool } from './place-tools.ts';
import { createSelectTool } from './select-tool.ts';
import { snapOnPlan } from './snapping.ts';
import type { PlanPointer, Tool, TypedKind, TypedValue } from './types.ts';

export type { PlanPointer, Tool, TypedKind, TypedValue } from './types.ts';

/**
 * Routes pointer events to the tool the session names; one gesture at a time. In a read-only project only the
 * select tool answers, and it only selects.
 */
export class ToolRouter {
  /** Ends the router's subscription to the session. */
  readonly dispose: () => void;
  private readonly tools: Record<ToolId, Tool>;
  private active: Tool | null = null;

  constructor(private readonly ctx: ActionContext) {
    this.tools = {
      select: createSelectTool(ctx),
      hall: createHallTool(ctx),
      row: createRowTool(ctx),
      rack: createRackTool(ctx),
      equipment: createEquipmentTool(ctx),
      pipe: createPipeTool(ctx),
      measure: createMeasureTool(ctx, (p) => snapOnPlan(ctx.store, ctx.catalog, ctx.session.state.scenarioId, p, ctx.session.state.snap)),
    };
    // A drawing left half done is dropped when another tool is picked.
    let tool = ctx.session.state.tool;
    this.dispose = ctx.session.subscribe(() => {
      const now = ctx.session.state.tool;
      if (now === tool) return;
      const left = this.tools[tool];
      tool = now;
      if (left.pending?.()) left.cancel();
    });
  }

  private get current(): Tool {
    return this.tools[this.ctx.session.state.tool];
  }

  down(p: PlanPointer): void {
    this.active?.cancel();
    const { tool } = this.ctx.session.state;
    if (tool !== 'select' && this.ctx.readOnlyReason !== null) {
      this.ctx.session.error(`The project is read-only: ${this.ctx.readOnlyReason}`);
      return;
    }
    this.active = this.current;
    this.active.down(p);
  }

  hover(p: PlanPointer): void {
    if (!this.active) this.current.hover?.(p);
  }

  /** Enter or double-click; returns whether a drawing was completed. */
  finish(): boolean {
    return this.current.finish?.() ?? false;
  }

  move(p: PlanPointer): void {
    this.active?.move(p);
  }

  up(p: PlanPointer): void {
    const tool = this.active;
    this.active = null;
    tool?.up(p);
  }

  /** What a figure typed now would set, and where the drawing started; null when the tool takes none now. */
  typedPrompt(): { readonly kind: TypedKind; readonly at: PlanPointer['site'] } | null {
    return this.current.typedPrompt?.() ?? null;
  }

  /** Completes the drawing at a typed figure; returns why it was refused, or null when it was drawn. */
  typed(value: TypedValue): string | null {
    const tool = this.current;
    return tool.typed ? tool.typed(value) : 'this tool takes no typed figure';
  }

  /** Returns whether a gesture (or a click-by-click drawing) was in progress. */
  cancel(): boolean {
    const tool = this.active ?? (this.current.pending?.() ? this.current : null);
    this.active = null;
    tool?.cancel();
    return tool !== null;
  }
}
