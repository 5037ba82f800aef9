import type { ActionMenu } from '../../../shared/contract/events.ts';
import type { DocRecord } from '../../../shared/model/index.ts';
import type { CatalogIndex } from '../../../shared/catalog/catalog-index.ts';
import type { History } from '../history.ts';
import type { Session } from '../session.ts';
import type { DocumentStore } from '../store.ts';

/** What the viewport offers to actions; the editor core knows it only through this interface. */
export interface ViewCommands {
  fitToSelection(): void;
  fitAll(): void;
  toggleProjection(): void;
}

export interface ActionContext {
  readonly store: DocumentStore;
  readonly history: History;
  readonly session: Session;
  readonly catalog: CatalogIndex;
  readonly view: ViewCommands | null;
  /** Why the project is read-only here (another window holds it), or null: document edits are refused while set. */
  readonly readOnlyReason: string | null;
  /** Records copied with Mod+C, as plain data. */
  clipboard: readonly DocRecord[];
}

export type ActionResult = { readonly ok: true; readonly ids?: readonly string[] } | { readonly ok: false; readonly message: string };

export const done = (ids?: readonly string[]): ActionResult => (ids ? { ok: true, ids } : { ok: true });
export const refused = (message: string): ActionResult => ({ ok: false, message });

/**
 * A user operation, one per file, registered by id and used alike by the toolbar, the menu, the keyboard
 * and the command palette. Actions with arguments are run by tools and panels; the others also by keys.
 */
export interface Action<Args = void> {
  readonly id: string;
  readonly label: string;
  /** e.g. 'Mod+Z', 'Shift+Mod+Z', 'Delete', 'H'. Mod is Ctrl, or Cmd on macOS. */
  readonly shortcut?: string;
  readonly group: 'edit' | 'tool' | 'view' | 'create' | 'history' | 'color';
  /** Changes the document, or picks a tool that does: refused while the project is read-only. */
  readonly edits?: boolean;
  /**
   * 'project': may touch records of any scenario (scenario copy and delete, undo and redo). Every other action is
   * held to the open scenario: a write outside it is refused and the whole action changes nothing.
   */
  readonly scope?: 'scenario' | 'project';
  /**
   * The menu bar menu of an action that runs without arguments (those with a shortcut go in one by default: see
   * menu-entries.ts).
   */
  readonly menu?: ActionMenu;
  enabled?(ctx: ActionContext): boolean;
  run(ctx: ActionContext, args: Args): ActionResult;
}
