import { getAction, runAction } from '../editor/actions/index.ts';
import type { Editor } from '../editor/editor.ts';
import { formatShortcut } from '../editor/shortcuts.ts';
import { Icon, type IconName } from './icons.tsx';

/**
 * A toolbar button bound to a registered action, shown as its icon or its text; its tooltip names the action and the
 * shortcut. Editing actions are off in a read-only project.
 */
export function ActionButton(props: { editor: Editor; id: string; text?: string; icon?: IconName; active?: boolean; disabled?: boolean }) {
  const action = getAction(props.id);
  if (!action) return null;
  const readOnly = action.edits === true && props.editor.readOnlyReason !== null;
  const label = action.shortcut ? `${action.label} (${formatShortcut(action.shortcut)})` : action.label;
  const tip = readOnly ? `${label}: not available, the project is read-only` : label;
  return (
    <button
      type="button"
      className={`tb-button${props.icon ? ' tb-icon' : ''}${props.active ? ' active' : ''}`}
      title={tip}
      aria-label={action.label}
      aria-pressed={props.active}
      disabled={props.disabled || readOnly}
      data-action={props.id}
      onClick={() => runAction(props.editor, props.id)}
    >
      {props.icon ? <Icon name={props.icon} /> : props.text}
    </button>
  );
}
