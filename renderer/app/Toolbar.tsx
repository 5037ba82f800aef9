import type { Editor } from '../editor/editor.ts';
import { formatShortcut } from '../editor/shortcuts.ts';
import { ActionButton } from './ActionButton.tsx';
import { useHistoryVersion, useSession } from './hooks.ts';
import { Icon, type IconName } from './icons.tsx';

const TOOLS: readonly (readonly [string, string, IconName])[] = [
  ['tool.select', 'select', 'select'],
  ['tool.hall', 'hall', 'hall'],
  ['tool.row', 'row', 'row'],
  ['tool.rack', 'rack', 'rack'],
  ['tool.equipment', 'equipment', 'equipment'],
  ['tool.pipe', 'pipe', 'pipe'],
  ['tool.measure', 'measure', 'measure'],
];

/** One line of tools at 1280 px: icon buttons named by their tooltips, grouped by what they do. */
export function Toolbar(props: { editor: Editor; onHelp: () => void; onPalette: () => void }) {
  const { editor } = props;
  const s = useSession(editor);
  const { canUndo, canRedo } = useHistoryVersion(editor);
  const catalog = editor.catalog.catalog;
  return (
    <header className="toolbar" role="toolbar" aria-label="Tools" data-testid="toolbar">
      <span className="brand">Powerhall</span>
      <div className="tb-group" role="group" aria-label="Tools">
        {TOOLS.map(([id, tool, icon]) => (
          <ActionButton key={id} editor={editor} id={id} icon={icon} active={s.tool === tool} />
        ))}
      </div>
      <div className="tb-group" role="group" aria-label="What the tools place">
        <select data-testid="rack-profile" aria-label="Rack profile" title="Rack profile for the rack and row tools" value={s.rackProfileId} onChange={(e) => editor.session.set({ rackProfileId: e.target.value })}>
          {catalog.rackProfiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} · {p.itKw} kW
            </option>
          ))}
        </select>
        <select data-testid="equipment-item" aria-label="Equipment" title="Equipment for the equipment tool" value={s.equipmentCatalogId} onChange={(e) => editor.session.set({ equipmentCatalogId: e.target.value })}>
          {editor.catalog.placeableItems().map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      </div>
      <div className="tb-group" role="group" aria-label="History">
        <ActionButton editor={editor} id="history.undo" icon="undo" disabled={!canUndo} />
        <ActionButton editor={editor} id="history.redo" icon="redo" disabled={!canRedo} />
      </div>
      <div className="tb-group" role="group" aria-label="Edit">
        <ActionButton editor={editor} id="row.fillSelected" icon="fill" />
        <ActionButton editor={editor} id="selection.rotate" icon="rotate" />
        <ActionButton editor={editor} id="selection.duplicate" icon="duplicate" />
        <ActionButton editor={editor} id="selection.delete" icon="delete" />
      </div>
      <div className="tb-group" role="group" aria-label="Connect">
        <ActionButton editor={editor} id="loop.create" icon="loop" />
        <ActionButton editor={editor} id="feed.create" icon="feed" />
      </div>
      <div className="tb-group" role="group" aria-label="View">
        <ActionButton editor={editor} id="view.fitSelection" icon="frame" />
        <ActionButton editor={editor} id="view.toggleProjection" icon="projection" />
        <ActionButton editor={editor} id="view.toggleUnits" text={s.lengthUnit} />
        <select data-testid="color-mode" aria-label="Colour by" title="Colour racks by" value={s.colorMode} onChange={(e) => editor.session.set({ colorMode: e.target.value as typeof s.colorMode })}>
          <option value="kw">Colour: rack kW (1)</option>
          <option value="loop">Colour: cooling loop (2)</option>
          <option value="feed">Colour: power feed (3)</option>
          <option value="check">Colour: check status (4)</option>
          <option value="disposition">Colour: retrofit disposition (5)</option>
        </select>
      </div>
      <span className="tb-spacer" />
      <button type="button" className="tb-button tb-icon" title={`Command palette (${formatShortcut('Mod+K')})`} aria-label="Command palette" data-testid="palette-open" onClick={props.onPalette}>
        <Icon name="palette" />
      </button>
      <button type="button" className="tb-button tb-icon" title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts" onClick={props.onHelp}>
        <Icon name="help" />
      </button>
    </header>
  );
}
