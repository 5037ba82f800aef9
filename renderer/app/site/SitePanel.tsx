import type { DocRecord } from '../../../shared/model/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { NumberField, SelectField, TextField } from '../fields.tsx';
import { useDocumentVersion, useSession } from '../hooks.ts';
import type { SiteField, SiteSection } from './record-fields.ts';
import { SITE_SECTIONS } from './site-sections.ts';
import './site.css';

function Field({ editor, record, f, lu }: { editor: Editor; record: DocRecord; f: SiteField; lu: ReturnType<typeof useSession>['lengthUnit'] }) {
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

function Section({ editor, section, lu }: { editor: Editor; section: SiteSection; lu: ReturnType<typeof useSession>['lengthUnit'] }) {
  const open = editor.session.state.scenarioId;
  const inOpen = (r: DocRecord) => {
    const hallId = (r as { hallId?: string }).hallId;
    return hallId !== undefined && editor.store.get(hallId, 'hall')?.scenarioId === open;
  };
  const records = editor.store.all(section.type).filter((r) => !section.inOpenScenario || inOpen(r));
  return (
    <section className="site-section" data-testid={`site-${section.type}`}>
      <h4>{section.title}</h4>
      {records.length === 0 && <p className="empty">None entered.</p>}
      {records.map((r) => (
        <div key={r.id} className="site-record" data-record={r.id}>
          {section.fields.map((f) => (
            <Field key={f.field} editor={editor} record={r} f={f} lu={lu} />
          ))}
        </div>
      ))}
    </section>
  );
}

/** The site as built (substation, interconnect, …) as records, edited in place through the inspector's fields. */
export function SitePanel(props: { editor: Editor }) {
  const { editor } = props;
  const s = useSession(editor);
  useDocumentVersion(editor);
  return (
    <div className="site-panel" data-testid="site-panel">
      <fieldset className="inspector-fields" disabled={editor.readOnlyReason !== null}>
        {SITE_SECTIONS.map((section) => (
          <Section key={section.type} editor={editor} section={section} lu={s.lengthUnit} />
        ))}
      </fieldset>
    </div>
  );
}
