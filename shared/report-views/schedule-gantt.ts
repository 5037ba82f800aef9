import type { Schedule } from '../analysis/retrofit/schedule.ts';
import type { Drawing, DrawItem } from './drawings/drawing.ts';
import { fitText, formatNumber } from './drawings/drawing.ts';

// The schedule as a Gantt chart in drawing millimetres: one bar per task from its start to its end week, the
// critical path in the loss colour, quarter ticks, and first and full power marked.

/** Inner margin from the sheet's frame, the task names' column, and room right of the plot for the last bar's weeks. */
const PAD = 4;
const LABEL_W = 76;
const RIGHT = 18;
const TOP = 16;
const TEXT = 2.4;

export function ganttDrawing(schedule: Schedule, widthMm: number, heightMm: number): Drawing {
  const tasks = schedule.tasks;
  const endWeek = Math.max(1, schedule.fullPowerWeeks, ...tasks.map((t) => t.endWeek));
  const plotW = widthMm - LABEL_W - RIGHT;
  const rowH = Math.min(8, (heightMm - TOP - 10) / Math.max(1, tasks.length));
  const x = (week: number) => LABEL_W + (week / endWeek) * plotW;
  const bottom = TOP + tasks.length * rowH;
  const items: DrawItem[] = [
    { kind: 'rect', x: PAD, y: PAD, w: 3, h: 3, pen: 'chart-low', fill: true },
    { kind: 'text', x: PAD + 4, y: PAD, text: 'critical path', size: TEXT },
    { kind: 'rect', x: PAD + 32, y: PAD, w: 3, h: 3, pen: 'chart-total', fill: true },
    { kind: 'text', x: PAD + 36, y: PAD, text: 'task with float', size: TEXT },
  ];
  const step = endWeek > 156 ? 26 : 13;
  for (let week = 0; week <= endWeek; week += step) {
    items.push({ kind: 'line', points: [[x(week), TOP - 2], [x(week), bottom]], pen: 'dimension' });
    items.push({ kind: 'text', x: x(week), y: TOP - 6, text: `wk ${week}`, size: TEXT * 0.85, align: 'center' });
  }
  tasks.forEach((t, i) => {
    const y = TOP + i * rowH;
    items.push({ kind: 'text', x: PAD, y: y + rowH * 0.2, text: fitText(t.name, TEXT, LABEL_W - PAD - 3), size: TEXT, maxWidth: LABEL_W - PAD - 3 });
    const w = Math.max(0.4, x(t.endWeek) - x(t.startWeek));
    items.push({ kind: 'rect', x: x(t.startWeek), y: y + rowH * 0.15, w, h: rowH * 0.6, pen: t.critical ? 'chart-low' : 'chart-total', fill: true });
    items.push({ kind: 'text', x: x(t.endWeek) + 1, y: y + rowH * 0.2, text: `${formatNumber(t.startWeek)}–${formatNumber(t.endWeek)}`, size: TEXT * 0.85 });
  });
  // The two markers' labels sit on their own lines, so close weeks never print over each other.
  const markers = [
    [schedule.firstPowerWeeks, 'first power', bottom + 3],
    [schedule.fullPowerWeeks, 'full power', bottom + 7],
  ] as const;
  for (const [week, name, labelY] of markers) {
    items.push({ kind: 'line', points: [[x(week), TOP - 2], [x(week), labelY]], pen: 'accent' });
    items.push({ kind: 'text', x: x(week) - 1, y: labelY, text: `${name}, week ${formatNumber(week)}`, size: TEXT, align: 'right', bold: true });
  }
  return {
    title: 'Schedule to power',
    number: 'S-01',
    widthMm,
    heightMm,
    items,
    mmPerMetre: null,
    notes: ['Weeks from the decision to build.', schedule.derivation.slice(0, 90)],
  };
}
