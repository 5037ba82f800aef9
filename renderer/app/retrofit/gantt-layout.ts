import type { ScheduleTask } from '../../../shared/analysis/retrofit/index.ts';

/** Where each piece of the Gantt chart goes, in SVG pixels; the weeks are the schedule's, unchanged. */
export interface GanttLayout {
  readonly width: number;
  readonly height: number;
  readonly chart: { readonly x0: number; readonly x1: number; readonly top: number; readonly bottom: number };
  readonly rows: readonly GanttRow[];
  readonly ticks: readonly { readonly x: number; readonly week: number }[];
  readonly links: readonly { readonly from: string; readonly to: string; readonly d: string; readonly critical: boolean }[];
  readonly milestones: readonly { readonly label: string; readonly week: number; readonly x: number; readonly labelY: number; readonly anchor: 'start' | 'end' }[];
}

export interface GanttRow {
  readonly task: ScheduleTask;
  readonly y: number;
  readonly h: number;
  readonly lines: readonly string[];
  readonly x0: number;
  readonly x1: number;
  /** A task of no duration (an energisation) is drawn as a diamond. */
  readonly milestone: boolean;
}

const LABEL_WIDTH = 200;
/** Characters per label line: a conservative count for 11 px UI type in the label column, so no line is cut. */
export const LABEL_CHARS = 30;
const LINE_H = 13;
const BAR_H = 10;
const HEADER = 44;
const AXIS = 22;
const STEPS = [1, 2, 4, 8, 13, 26, 52, 104, 208];

/** Breaks a task name into lines of at most `max` characters at spaces (a longer word gets a line of its own). */
export function wrapLabel(text: string, max = LABEL_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The week step of the axis: the smallest of 1, 2, 4, 8, 13, 26, 52 … weeks that leaves at most ten ticks. */
export function tickStep(lastWeek: number): number {
  return STEPS.find((s) => lastWeek / s <= 10) ?? STEPS[STEPS.length - 1]!;
}

export function ganttLayout(tasks: readonly ScheduleTask[], milestones: readonly { label: string; week: number }[], width: number): GanttLayout {
  const lastWeek = Math.max(1, ...tasks.map((t) => t.endWeek), ...milestones.map((m) => m.week));
  const step = tickStep(lastWeek);
  const span = Math.ceil(lastWeek / step) * step;
  const x0 = LABEL_WIDTH + 8;
  const x1 = width - 14;
  const x = (week: number) => x0 + ((x1 - x0) * week) / span;
  let y = HEADER;
  const rows = tasks.map((task): GanttRow => {
    const lines = wrapLabel(task.name);
    const h = Math.max(22, lines.length * LINE_H + 8);
    const row = { task, y, h, lines, x0: x(task.startWeek), x1: x(task.endWeek), milestone: task.endWeek === task.startWeek };
    y += h;
    return row;
  });
  const byId = new Map(rows.map((r) => [r.task.id, r]));
  const links = rows.flatMap((to) =>
    to.task.dependsOn.flatMap((id) => {
      const from = byId.get(id);
      if (!from) return [];
      const ax = from.x1;
      const ay = from.y + from.h / 2;
      const bx = to.x0;
      const by = to.y + to.h / 2;
      // Down from the end of the predecessor, then across to the start of the task.
      const d = `M${ax},${ay} L${ax},${by} L${bx},${by}`;
      return [{ from: id, to: to.task.id, d, critical: from.task.critical && to.task.critical }];
    }),
  );
  const ticks = Array.from({ length: span / step + 1 }, (_, i) => ({ week: i * step, x: x(i * step) }));
  // Milestone labels on their own line each, above the chart, so that two close dates never overprint. A label
  // reads away from the middle of the chart; the one that reaches furthest out goes on top, so that the marker
  // lines dropping from the labels above never cross the text of a label below.
  const half = (x0 + x1) / 2;
  const placed = milestones
    .map((m) => ({ ...m, x: x(m.week), anchor: x(m.week) > half ? ('end' as const) : ('start' as const) }))
    .sort((a, b) => Math.abs(b.x - half) - Math.abs(a.x - half))
    .map((m, i) => ({ ...m, labelY: 14 + i * 14 }));
  return { width, height: y + AXIS, chart: { x0, x1, top: HEADER, bottom: y }, rows, ticks, links, milestones: placed };
}

export const GANTT = { LINE_H, BAR_H, LABEL_WIDTH } as const;
