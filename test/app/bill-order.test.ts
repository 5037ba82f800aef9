import { describe, expect, it } from 'vitest';
import type { BillLine } from '../../shared/analysis/index.ts';
import { billLinesShown } from '../../renderer/app/bill-order.ts';

const line = (id: string, item: string, groupName: string, totalUsd: number, leadTimeWeeks: number | null): BillLine => ({
  id,
  category: 'power',
  item,
  catalogId: null,
  group: groupName,
  groupName,
  quantity: 1,
  unit: 'ea',
  capacity: null,
  redundancy: null,
  unitCostUsd: totalUsd,
  totalUsd,
  leadTimeWeeks,
  derivation: `1 ea × $${totalUsd}`,
  source: 'assumed',
  scope: 'landlord',
});

const LINES = [line('a', 'UPS frame', 'Busway 3A', 300, 36), line('b', 'Busway 1,600 A', 'Row 10', 132, null), line('c', 'Switchboard', 'Row 9', 810, 48)];

describe('bill order and filter', () => {
  it("keeps the report's order until a column is chosen, and sorts numbers and names as people read them", () => {
    expect(billLinesShown(LINES, '', { key: 'report', descending: false }).map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(billLinesShown(LINES, '', { key: 'total', descending: true }).map((l) => l.id)).toEqual(['c', 'a', 'b']);
    // Row 9 before Row 10: numeric order within names.
    expect(billLinesShown(LINES, '', { key: 'group', descending: false }).map((l) => l.groupName)).toEqual(['Busway 3A', 'Row 9', 'Row 10']);
    // An unknown lead time sorts as the longest.
    expect(billLinesShown(LINES, '', { key: 'lead', descending: true }).map((l) => l.id)).toEqual(['b', 'c', 'a']);
  });

  it('filters on item, group, derivation and source, any case', () => {
    expect(billLinesShown(LINES, 'busway', { key: 'report', descending: false }).map((l) => l.id)).toEqual(['a', 'b']);
    expect(billLinesShown(LINES, '$810', { key: 'report', descending: false }).map((l) => l.id)).toEqual(['c']);
    expect(billLinesShown(LINES, 'nothing like it', { key: 'report', descending: false })).toEqual([]);
  });
});
