import type { ColorMode, ToolId } from '../session.ts';
import { registerAction } from './registry.ts';
import { done, refused } from './types.ts';

const tool = (id: ToolId, label: string, shortcut: string) =>
  registerAction<void>({
    id: `tool.${id}`,
    label,
    shortcut,
    group: 'tool',
    edits: id !== 'select' && id !== 'measure',
    run(ctx) {
      if (ctx.history.inGesture) ctx.history.cancelGesture();
      ctx.session.set({ tool: id, selectionBox: null, measure: null });
      return done();
    },
  });

export const toolSelect = tool('select', 'Select and move', 'V');
export const toolHall = tool('hall', 'Draw hall', 'H');
export const toolRow = tool('row', 'Draw row', 'W');
export const toolRack = tool('rack', 'Place racks (Shift: fill row)', 'K');
export const toolEquipment = tool('equipment', 'Place equipment (outside halls: in the yard)', 'E');
export const toolPipe = tool('pipe', 'Draw pipe run from a CDU to rows', 'I');
export const toolMeasure = tool('measure', 'Measure a distance (two clicks)', 'M');

const color = (mode: ColorMode, label: string, shortcut: string) =>
  registerAction<void>({
    id: `color.${mode}`,
    label,
    shortcut,
    group: 'color',
    run(ctx) {
      ctx.session.set({ colorMode: mode });
      return done();
    },
  });

export const colorKw = color('kw', 'Colour by rack kW', '1');
export const colorLoop = color('loop', 'Colour by cooling loop', '2');
export const colorFeed = color('feed', 'Colour by power feed', '3');
export const colorCheck = color('check', 'Colour by check status', '4');
export const colorDisposition = color('disposition', 'Colour by retrofit disposition (against the baseline)', '5');

export const viewFit = registerAction<void>({
  id: 'view.fitSelection',
  label: 'Frame selection',
  shortcut: 'F',
  group: 'view',
  run(ctx) {
    if (!ctx.view) return refused('no viewport');
    if (ctx.session.state.selection.size) ctx.view.fitToSelection();
    else ctx.view.fitAll();
    return done();
  },
});

export const viewFitAll = registerAction<void>({
  id: 'view.fitAll',
  label: 'Frame everything',
  shortcut: 'Shift+F',
  group: 'view',
  run(ctx) {
    ctx.view?.fitAll();
    return done();
  },
});

export const viewProjection = registerAction<void>({
  id: 'view.toggleProjection',
  label: 'Plan / perspective view',
  shortcut: 'P',
  group: 'view',
  run(ctx) {
    ctx.view?.toggleProjection();
    return done();
  },
});

export const unitsToggle = registerAction<void>({
  id: 'view.toggleUnits',
  label: 'Metres / feet',
  shortcut: 'U',
  group: 'view',
  run(ctx) {
    ctx.session.set({ lengthUnit: ctx.session.state.lengthUnit === 'm' ? 'ft' : 'm' });
    return done();
  },
});

export const snapToggle = registerAction<void>({
  id: 'view.toggleSnap',
  label: 'Snap to grid, walls and rows (on / off)',
  shortcut: 'S',
  group: 'view',
  run(ctx) {
    const snap = !ctx.session.state.snap;
    ctx.session.set({ snap });
    ctx.session.info(snap ? 'Snap on: grid, hall walls and row edges' : 'Snap off: points keep the centimetre');
    return done();
  },
});
