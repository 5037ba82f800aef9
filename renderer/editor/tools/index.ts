import type { ActionContext } from '../actions/types.ts';
import type { ToolId } from '../session.ts';
import { createHallTool, createRowTool } from './draw-tools.ts';
import { createEquipmentTool, createRackTool } from './place-tools.ts';
import { createSelectTool } from './select-tool.ts';
import type { PlanPointer, Tool } from './types.ts';

export type { PlanPointer, Tool } from './types.ts';

/** Routes pointer events to the tool the session names; one gesture at a time. */
export class ToolRouter {
  private readonly tools: Record<ToolId, Tool>;
  private active: Tool | null = null;

  constructor(private readonly ctx: ActionContext) {
    this.tools = {
      select: createSelectTool(ctx),
      hall: createHallTool(ctx),
      row: createRowTool(ctx),
      rack: createRackTool(ctx),
      equipment: createEquipmentTool(ctx),
    };
  }

  down(p: PlanPointer): void {
    this.active?.cancel();
    this.active = this.tools[this.ctx.session.state.tool];
    this.active.down(p);
  }

  move(p: PlanPointer): void {
    this.active?.move(p);
  }

  up(p: PlanPointer): void {
    const tool = this.active;
    this.active = null;
    tool?.up(p);
  }

  /** Returns whether a gesture was in progress. */
  cancel(): boolean {
    const tool = this.active;
    this.active = null;
    tool?.cancel();
    return tool !== null;
  }
}
