import type { Editor } from '../editor/editor.ts';
import { ActionButton } from './ActionButton.tsx';
import { useHistoryVersion, useSession } from './hooks.ts';

const TOOLS = [
  ['tool.select', 'select', 'Select'],
  ['tool.hall', 'hall', 'Hall'],
  ['tool.row', 'row', 'Row'],
  ['tool.rack', 'rack', 'Rack'],
  ['tool.equipment', 'equipment', 'Equip.'],
  ['tool.pipe', 'pipe', 'Pipe'],
] as const;

export function Toolbar(props: { editor: Editor; onHelp: () => void }) {
  const { editor } = props;
  const s = useSession(editor);
  const { canUndo, canRedo } = useHistoryVersion(editor);
  const catalog = editor.catalog.catalog;
  return (
    <header className="toolbar" role="toolbar" aria-label="Tools">
      <span className="brand">Powerhall</span>
      <div className="tb-group">
        {TOOLS.map(([id, tool, text]) => (
          <ActionButton key={id} editor={editor} id={id} text={text} active={s.tool === tool} />
        ))}
      </div>
      <label className="tb-field" title="Rack profile for the rack and row tools">
        Rack
        <select data-testid="rack-profile" value={s.rackProfileId} onChange={(e) => editor.session.set({ rackProfileId: e.target.value })}>
          {catalog.rackProfiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} · {p.itKw} kW
            </option>
          ))}
        </select>
      </label>
      <label className="tb-field" title="Equipment for the equipment tool">
        Equip.
        <select data-testid="equipment-item" value={s.equipmentCatalogId} onChange={(e) => editor.session.set({ equipmentCatalogId: e.target.value })}>
          {editor.catalog.placeableItems().map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      </label>
      <div className="tb-group">
        <ActionButton editor={editor} id="history.undo" text="Undo" disabled={!canUndo} />
        <ActionButton editor={editor} id="history.redo" text="Redo" disabled={!canRedo} />
      </div>
      <div className="tb-group">
        <ActionButton editor={editor} id="row.fillSelected" text="Fill" />
        <ActionButton editor={editor} id="selection.rotate" text="Rotate" />
        <ActionButton editor={editor} id="selection.duplicate" text="Dup." />
        <ActionButton editor={editor} id="selection.delete" text="Delete" />
      </div>
      <div className="tb-group">
        <ActionButton editor={editor} id="loop.create" text="Loop" />
        <ActionButton editor={editor} id="feed.create" text="Feed" />
      </div>
      <div className="tb-group">
        <ActionButton editor={editor} id="view.fitSelection" text="Frame" />
        <ActionButton editor={editor} id="view.toggleProjection" text="Plan/3D" />
        <ActionButton editor={editor} id="view.toggleUnits" text={s.lengthUnit} />
      </div>
      <label className="tb-field">
        Colour
        <select data-testid="color-mode" value={s.colorMode} onChange={(e) => editor.session.set({ colorMode: e.target.value as typeof s.colorMode })}>
          <option value="kw">rack kW (1)</option>
          <option value="loop">cooling loop (2)</option>
          <option value="feed">power feed (3)</option>
          <option value="check">check status (4)</option>
          <option value="disposition">retrofit disposition (5)</option>
        </select>
      </label>
      <button type="button" className="tb-button" title="Keyboard shortcuts (?)" onClick={props.onHelp}>
        ?
      </button>
    </header>
  );
}
