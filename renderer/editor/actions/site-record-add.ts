import type { HallRecord } from '../../../shared/model/index.ts';
import { EditRefused } from '../layout-rules.ts';
import { registerAction } from './registry.ts';
import { hallConstructionStart, siteRecordStart, siteRecordSentence, SITE_RECORD_TYPES, type SiteRecordStart, type SiteRecordType } from './site-record-starts.ts';
import { done, type ActionContext, type ActionResult } from './types.ts';

export interface SiteRecordAddArgs {
  /** For a hall construction: the hall it describes (else the selected hall, else the first without one). */
  readonly hallId?: string;
}

/** The open scenario's halls that have no construction record yet. */
export function hallsWithoutConstruction(ctx: Pick<ActionContext, 'store' | 'session'>): HallRecord[] {
  return ctx.store
    .childrenOf(ctx.session.state.scenarioId, 'hall')
    .filter((h) => ctx.store.childrenOf(h.id, 'hallConstruction').length === 0)
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
}

function constructionHall(ctx: ActionContext, hallId: string | undefined): HallRecord {
  const free = hallsWithoutConstruction(ctx);
  const picked = hallId ?? [...ctx.session.state.selection].find((id) => ctx.store.get(id, 'hall'));
  if (picked === undefined) {
    const first = free[0];
    if (!first) throw new EditRefused(ctx.store.childrenOf(ctx.session.state.scenarioId, 'hall').length === 0 ? 'the open scenario has no hall' : "every hall of the open scenario already has its construction record");
    return first;
  }
  const hall = ctx.store.get(picked, 'hall');
  if (!hall) throw new EditRefused('that hall no longer exists');
  if (hall.scenarioId !== ctx.session.state.scenarioId) {
    throw new EditRefused(`${hall.name} is a hall of scenario ${ctx.store.get(hall.scenarioId, 'scenario')?.name ?? hall.scenarioId}, not of the open one; nothing was changed`);
  }
  if (!free.some((h) => h.id === hall.id)) throw new EditRefused(`${hall.name} already has its construction record; a hall has one`);
  return hall;
}

function start(ctx: ActionContext, type: SiteRecordType, args: SiteRecordAddArgs | undefined): SiteRecordStart {
  if (type === 'hallConstruction') return hallConstructionStart(constructionHall(ctx, args?.hallId));
  const site = ctx.store.all('site')[0];
  if (!site) throw new EditRefused('the project has no site');
  return siteRecordStart(type, ctx.store, site);
}

/** Adds one record with its starting values as one undo step; the status line says what they were taken from. */
function add(ctx: ActionContext, type: SiteRecordType, args: SiteRecordAddArgs | undefined): ActionResult {
  const { record, basis } = start(ctx, type, args);
  ctx.store.transact((tx) => tx.put(record));
  ctx.session.info(`${siteRecordSentence(record)} added: ${basis}`);
  return done([record.id]);
}

const LABELS: Readonly<Record<SiteRecordType, string>> = {
  substation: 'Add substation',
  interconnect: 'Add interconnect',
  hallConstruction: 'Add hall construction',
  waterSupply: 'Add water supply',
  fibreRoute: 'Add fibre route',
  landParcel: 'Add land parcel',
  approval: 'Add approval',
  labour: 'Add labour record',
};

/** `site.add.fibreRoute`, …: one action per record type of the site as built, in the Edit menu and the palette. */
export const siteRecordAddActions = SITE_RECORD_TYPES.map((type) =>
  registerAction<SiteRecordAddArgs | undefined>({
    id: `site.add.${type}`,
    label: LABELS[type],
    group: 'create',
    edits: true,
    menu: 'Edit',
    run: (ctx, args) => add(ctx, type, args),
  }),
);
