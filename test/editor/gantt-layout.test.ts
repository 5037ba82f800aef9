import { describe, expect, it } from 'vitest';
import type { ScheduleTask } from '../../shared/analysis/retrofit/index.ts';
import { ganttLayout, LABEL_CHARS, tickStep, wrapLabel } from '../../renderer/app/retrofit/gantt-layout.ts';

const task = (id: string, startWeek: number, endWeek: number, dependsOn: string[] = [], critical = false): ScheduleTask => ({ id, name: id, startWeek, endWeek, critical, dependsOn, derivation: '' });

describe('Gantt layout', () => {
  it('wraps a long task name at spaces into lines that fit the label column', () => {
    const lines = wrapLabel('Procurement, power: HV/MV large power transformer 100 MVA, up to 345 kV');
    expect(lines.join(' ')).toBe('Procurement, power: HV/MV large power transformer 100 MVA, up to 345 kV');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(LABEL_CHARS);
    expect(lines.length).toBe(3);
  });

  it('picks an axis step that leaves at most ten ticks', () => {
    expect(tickStep(9)).toBe(1);
    expect(tickStep(40)).toBe(4);
    // 160 weeks: 13 would give 12.3 ticks, 26 gives 6.2.
    expect(tickStep(160)).toBe(26);
  });

  it('scales bars to the weeks, links each task to what it depends on, and stacks milestone labels', () => {
    // Chart from x0 = 208 to x1 = 600 - 14 = 586 over a 20-week span (step 2, 10 ticks): 18.9 px a week.
    const l = ganttLayout([task('a', 0, 10, [], true), task('b', 10, 20, ['a'], true), task('m', 20, 20, ['b'])], [{ label: 'first', week: 10 }, { label: 'full', week: 20 }], 600);
    const [a, b, m] = l.rows;
    expect(a!.x0).toBe(208);
    expect(b!.x0).toBeCloseTo(208 + 378 / 2, 6);
    expect(b!.x1).toBe(586);
    expect(m!.milestone).toBe(true);
    expect(l.links.map((k) => [k.from, k.to, k.critical])).toEqual([['a', 'b', true], ['b', 'm', false]]);
    expect(l.ticks).toHaveLength(11);
    // 'full' stands further from the middle (397) than 'first' does: it takes the top line.
    expect(l.milestones.map((x) => [x.label, x.labelY, x.anchor])).toEqual([['full', 14, 'end'], ['first', 28, 'start']]);
  });
});
