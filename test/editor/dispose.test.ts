import { describe, expect, it } from 'vitest';
import { newEditor } from './fixtures.ts';

describe('editor.dispose', () => {
  it('ends every subscription the editor holds: later store changes reach neither history nor the live report', () => {
    const editor = newEditor();
    let reports = 0;
    editor.live.subscribe(() => (reports += 1));
    const site = editor.store.all('site')[0]!;
    editor.store.transact((tx) => tx.update(site.id, { name: 'Before dispose' }));
    expect(reports).toBe(1);
    expect(editor.history.canUndo).toBe(true);
    editor.dispose();
    const depth = editor.history.depth;
    editor.store.transact((tx) => tx.update(site.id, { name: 'After dispose' }));
    expect(reports).toBe(1);
    expect(editor.history.depth).toBe(depth);
  });
});
