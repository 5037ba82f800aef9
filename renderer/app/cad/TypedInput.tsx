import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { Point } from '../../../shared/model/index.ts';
import type { Editor } from '../../editor/editor.ts';
import type { TypedKind } from '../../editor/tools/index.ts';
import type { ViewportController } from '../../viewport/viewport-controller.ts';
import { useSession } from '../hooks.ts';
import { isModalOpen, useModal } from '../modal.ts';
import { localeSeparators } from '../number-text.ts';
import { readTypedFigure } from './typed-figure.ts';

const BOX_WIDTH = 280;

interface Entry {
  readonly text: string;
  readonly kind: TypedKind;
  readonly at: Point;
}

const isTyping = (t: EventTarget | null): boolean => t instanceof HTMLElement && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);

/**
 * After the first click of a hall or row, a digit opens a small input at the drawing's start: Enter draws at the
 * typed size (one undo step), Escape cancels the drawing. The digit goes to the input, not to the colour keys.
 */
export function TypedInput(props: { editor: Editor; controller: ViewportController | null }) {
  const { editor } = props;
  const [entry, setEntry] = useState<Entry | null>(null);
  const close = useCallback(() => setEntry(null), []);
  useEffect(() => {
    if (entry) return;
    const onKey = (e: KeyboardEvent) => {
      if (isModalOpen() || isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || !/^[0-9.,]$/.test(e.key)) return;
      const prompt = editor.tools.typedPrompt();
      if (!prompt) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      setEntry({ text: e.key, ...prompt });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [editor, entry]);
  if (!entry || !props.controller) return null;
  return <TypedBox editor={editor} controller={props.controller} entry={entry} onDone={close} />;
}

function TypedBox(props: { editor: Editor; controller: ViewportController; entry: Entry; onDone: () => void }) {
  const { editor, entry, onDone } = props;
  const [text, setText] = useState(entry.text);
  const [error, setError] = useState<string | null>(null);
  const panel = useRef<HTMLFormElement>(null);
  const cancel = () => {
    editor.tools.cancel();
    editor.session.set({ status: null });
    onDone();
  };
  useModal(panel, cancel);
  const session = useSession(editor);
  // A second click can finish the drawing while the box is open: the box then has nothing left to set.
  useEffect(() => {
    if (!editor.tools.typedPrompt()) onDone();
  }, [editor, session, onDone]);
  const lu = session.lengthUnit;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const figure = readTypedFigure(text, entry.kind, lu, localeSeparators());
    const refusal = figure.ok ? editor.tools.typed(figure.value) : figure.message;
    if (refusal === null) onDone();
    else setError(refusal);
  };
  const p = props.controller.project(entry.at);
  // The box stands on the far side of the start from the pointer, clear of the drawing's extent and its length.
  const toward = session.measure && !session.measure.done ? props.controller.project(session.measure.b) : p;
  const left = toward.x >= p.x ? p.x - 14 - BOX_WIDTH : p.x + 14;
  const place = {
    left: Math.max(4, Math.min(left, window.innerWidth - BOX_WIDTH - 4)),
    ...(toward.y >= p.y ? { bottom: Math.max(4, window.innerHeight - (p.y - 14)) } : { top: Math.max(4, p.y + 14) }),
  };
  const label = entry.kind === 'size' ? `Width × depth (${lu})` : `Length (${lu}) or “n slots”`;
  return (
    <form
      ref={panel}
      className="typed-input"
      tabIndex={-1}
      onSubmit={submit}
      data-testid="typed-input"
      style={place}
    >
      <label htmlFor="typed-input-text">{label}</label>
      <input
        id="typed-input-text"
        data-testid="typed-input-text"
        autoFocus
        value={text}
        aria-invalid={error !== null}
        onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
      />
      <span className="typed-hint">{error ?? 'Enter to draw · Esc to cancel'}</span>
    </form>
  );
}
