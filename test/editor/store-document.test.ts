import { describe, expect, it } from 'vitest';
import { loadSampleDocument } from '../../main/app/sample-project.ts';
import { DocumentStore } from '../../renderer/editor/store.ts';
import { TYPE_LISTS } from '../../shared/model/index.ts';

describe('DocumentStore.toDocument', () => {
  it('gives back every record of every type it was loaded with (the site as built included)', () => {
    const doc = loadSampleDocument();
    const back = new DocumentStore(doc).toDocument();
    for (const key of Object.values(TYPE_LISTS)) {
      const given = (doc as unknown as Record<string, unknown[] | undefined>)[key] ?? [];
      expect((back as unknown as Record<string, unknown[]>)[key], key).toEqual(given);
    }
    expect(back.site).toEqual(doc.site);
  });
});
