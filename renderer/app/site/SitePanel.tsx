import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DocRecord, HallRecord } from '../../../shared/model/index.ts';
import { getAction, runAction } from '../../editor/actions/index.ts';
import { hallsWithoutConstruction } from '../../editor/actions/site-record-add.ts';
import { isSiteRecord, siteRecordPhrase } from '../../editor/actions/site-record-starts.ts';
import type { Editor } from '../../editor/editor.ts';
import { NumberField, SelectField, TextField } from '../fields.tsx';
import { useDocumentVersion, useSession } from '../hooks.ts';
import { Icon } from '../icons.tsx';
import type { SiteField, SiteSection } from './record-fields.ts';
import { SITE_SECTIONS } from './site-sections.ts';
import './site.css';

type LengthUnit = ReturnType<typeof useSession>['lengthUnit'];

/** What takes the keyboard focus after an add or a remove: the new record's first field, or a button. */
type FocusTarget = { readonly record: string } | { readonly selector: string };

function Field({ editor, record, f, lu }: { editor: Editor; record: DocRecord; f: SiteField; lu: LengthUnit }) {
  const value = (record as unknown as Record<string, unknown>)[f.field];
  const base = { editor, id: record.id, field: f.field, label: f.label };
  switch (f.kind) {
    case 'text':
      return <TextField {...base} value={typeof value === 'string' ? value : ''} />;
    case 'number':
      return <NumberField {...base} unit={f.unit} lengthUnit={lu} value={typeof value === 'number' ? value : null} nullable={f.nullable} />;
    case 'select':
      return <SelectField {...base} value={String(value)} options={f.options} />;
  }
}

interface SectionProps {
  editor: Editor;
  section: SiteSection;
  lu: LengthUnit;
  onFocus: (target: FocusTarget) => void;
}

/** The open scenario's halls that lack a construction record, each with its own Add. */
function MissingConstructions({ editor, halls }: { editor: Editor; halls: readonly HallRecord[] }) {
  return (
    <ul className="site-missing">
      {halls.map((h) => (
        <li key={h.id} data-hall={h.id}>
          <span className="site-missing-name" title={h.name}>{h.name}</span>
          <span className="site-missing-note">no construction record</span>
          <button type="button" className="tb-button site-add" data-action="site.add.hallConstruction" title={`Add the construction record of ${h.name}`} onClick={() => runAction(editor, 'site.add.hallConstruction', { hallId: h.id })}>
            Add
          </button>
        </li>
      ))}
    </ul>
  );
}

function Section({ editor, section, lu, onFocus }: SectionProps) {
  const open = editor.session.state.scenarioId;
  const inOpen = (r: DocRecord) => {
    const hallId = (r as { hallId?: string }).hallId;
    return hallId !== undefined && editor.store.get(hallId, 'hall')?.scenarioId === open;
  };
  const records = editor.store.all(section.type).filter((r) => !section.inOpenScenario || inOpen(r));
  const addId = `site.add.${section.type}`;
  const action = getAction(addId);
  const remove = (index: number) => {
    const record = records[index]!;
    const next = records[index + 1] ?? records[index - 1];
    if (!runAction(editor, 'site.remove', { id: record.id }).ok) return;
    onFocus({ selector: next ? `[data-record="${next.id}"] .site-remove` : `[data-testid=site-${section.type}] .site-add` });
  };
  return (
    <section className="site-section" data-testid={`site-${section.type}`}>
      <div className="site-section-head">
        <h4>
          {section.title} <span className="site-count">{records.length}</span>
        </h4>
        {section.type !== 'hallConstruction' && action && (
          <button type="button" className="tb-button site-add" data-action={addId} title={`${action.label}: the status line then says what its starting figures are`} onClick={() => runAction(editor, addId)}>
            <Icon name="add" /> {action.label}
          </button>
        )}
      </div>
      {records.length === 0 && <p className="empty">None entered.</p>}
      {records.map((r, i) => (
        <div key={r.id} className="site-record" data-record={r.id}>
          {section.fields.map((f) => (
            <Field key={f.field} editor={editor} record={r} f={f} lu={lu} />
          ))}
          <button
            type="button"
            className="tb-button tb-icon site-remove"
            aria-label={`Remove ${siteRecordPhrase(r)}`}
            title={`Remove ${siteRecordPhrase(r)} (Undo brings it back)`}
            onClick={() => remove(i)}
          >
            <Icon name="delete" />
          </button>
        </div>
      ))}
      {section.type === 'hallConstruction' && <MissingConstructions editor={editor} halls={hallsWithoutConstruction(editor)} />}
    </section>
  );
}

/**
 * The site as built (substation, interconnect, …) as records: edited in place through the inspector's fields, added
 * and removed through the site-record actions, each one undo step.
 */
export function SitePanel(props: { editor: Editor }) {
  const { editor } = props;
  const s = useSession(editor);
  useDocumentVersion(editor);
  const root = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  // A record added on its own, here, from the menu or from the palette, takes the keyboard at its first field; not
  // one brought back by Undo (the keyboard stays where the user pressed it), nor a scenario copy's hall records.
  useEffect(
    () =>
      editor.store.listen(({ diff, origin }) => {
        const [added] = diff.added;
        if (origin === 'user' && diff.added.length === 1 && added && isSiteRecord(added)) setFocus({ record: added.id });
      }),
    [editor],
  );
  useLayoutEffect(() => {
    if (!focus || !root.current) return;
    const el = root.current.querySelector<HTMLElement>('record' in focus ? `[data-record="${focus.record}"] input, [data-record="${focus.record}"] select` : focus.selector);
    setFocus(null);
    if (!el) return;
    el.scrollIntoView({ block: 'nearest' });
    el.focus();
    if (el instanceof HTMLInputElement) el.select();
  }, [focus]);
  return (
    <div className="site-panel" data-testid="site-panel" ref={root}>
      <fieldset className="inspector-fields" disabled={editor.readOnlyReason !== null}>
        {SITE_SECTIONS.map((section) => (
          <Section key={section.type} editor={editor} section={section} lu={s.lengthUnit} onFocus={setFocus} />
        ))}
      </fieldset>
    </div>
  );
}
