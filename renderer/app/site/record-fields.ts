import type { SiteRecordType } from '../../editor/actions/site-record-starts.ts';
import type { FieldUnit } from '../fields.tsx';
import { optionsOf } from '../schema-options.ts';

/** One editable field of a site record, as the Site panel lays it out with the shared field components. */
export type SiteField =
  | { readonly kind: 'text'; readonly field: string; readonly label: string }
  | { readonly kind: 'number'; readonly field: string; readonly label: string; readonly unit: FieldUnit; readonly nullable?: boolean }
  | { readonly kind: 'select'; readonly field: string; readonly label: string; readonly options: readonly (readonly [string, string])[] };

export const text = (field: string, label: string): SiteField => ({ kind: 'text', field, label });
export const num = (field: string, label: string, unit: FieldUnit, nullable = false): SiteField => ({ kind: 'number', field, label, unit, nullable });
export const choice = (field: string, label: string, values: readonly string[]): SiteField => ({ kind: 'select', field, label, options: optionsOf(values) });

/** A kind of site-as-built record: its type, title and fields. */
export interface SiteSection {
  readonly type: SiteRecordType;
  readonly title: string;
  /** Records that hang under a hall: only those of the open scenario's halls are shown. */
  readonly inOpenScenario?: true;
  readonly fields: readonly SiteField[];
}
