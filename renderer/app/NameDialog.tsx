import { useRef, useState, type FormEvent } from 'react';
import { useModal } from './modal.ts';

/** Asks for one name (Electron has no window.prompt). Enter submits, Escape cancels; a refusal shows at the field. */
export function NameDialog(props: {
  title: string;
  initial: string;
  submitLabel: string;
  /** Returns an error message to show, or null when the name was taken. */
  onSubmit: (name: string) => string | null;
  onClose: () => void;
}) {
  const [name, setName] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const panel = useRef<HTMLFormElement>(null);
  useModal(panel, props.onClose);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const message = props.onSubmit(name);
    if (message === null) props.onClose();
    else setError(message);
  };
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={props.title} onClick={props.onClose}>
      <form className="dialog" ref={panel} tabIndex={-1} onClick={(e) => e.stopPropagation()} onSubmit={submit} data-testid="name-dialog">
        <h2>{props.title}</h2>
        <div className={error ? 'field invalid' : 'field'}>
          <label className="field-label" htmlFor="name-dialog-input">
            Name
          </label>
          <input id="name-dialog-input" data-testid="name-dialog-input" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
          {error && <span className="field-error">{error}</span>}
        </div>
        <div className="dialog-buttons">
          <button type="button" className="tb-button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="tb-button active">
            {props.submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
