const ACRONYMS = new Set(['cdu', 'ups', 'rdhx', 'crah', 'pdu', 'hv', 'mv', 'lv', 'dc', 'wan']);

/** An equipment kind as an engineer writes it: 'cdu' → 'CDU', 'hv-transformer' → 'HV transformer', 'heat-rejection' → 'heat rejection'. */
export function assetKindWords(kind: string): string {
  return kind
    .split('-')
    .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w))
    .join(' ');
}
