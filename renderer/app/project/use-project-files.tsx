import './project.css';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getApi } from '../../api/index.ts';
import type { Editor } from '../../editor/editor.ts';
import { NameDialog } from '../NameDialog.tsx';
import type { AppCommand } from './app-commands.ts';
import { afterFileCommand, fileKind, importFile, inBrowserMode, openProjectFile, saveProjectAs } from './file-commands.ts';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * New, Open, Save As, Import and Close as app commands (the palette, the browser-mode File menu, and the desktop menu's
 * Import, which asks the window so that a CSV goes into the scenario it shows), the name dialog New asks with in
 * browser mode, and the drop zone: a project dropped on the window opens, a JSON or CSV is imported.
 */
export function useProjectFiles(editor: Editor): { commands: readonly AppCommand[]; element: ReactNode } {
  const [naming, setNaming] = useState(false);
  const [dropping, setDropping] = useState(false);
  const attempt = useCallback(
    (label: string, run: () => Promise<void>) => {
      run().catch((error: unknown) => editor.session.error(`${label}: ${message(error)}`));
    },
    [editor],
  );

  const commands = useMemo((): AppCommand[] => {
    const file = (id: string, label: string, run: () => Promise<void> | void, shortcut?: string): AppCommand => ({
      id,
      label,
      menu: 'File',
      group: 'project-files',
      enabled: true,
      native: true,
      ...(shortcut ? { shortcut } : {}),
      run: () => attempt(label, async () => run()),
    });
    return [
      file('file.new', 'New project…', async () => {
        if (inBrowserMode()) setNaming(true);
        else afterFileCommand(await getApi().files.newProject({ name: 'New project' }));
      }),
      file('file.open', 'Open project…', () => openProjectFile(null)),
      file('file.saveAs', inBrowserMode() ? 'Save a copy (download)…' : 'Save As…', saveProjectAs),
      file('file.import', 'Import JSON or CSV…', () => importFile(editor.session.state.scenarioId, null)),
      file('file.close', 'Close project', async () => afterFileCommand(await getApi().files.close({}))),
    ];
  }, [editor, attempt]);

  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDropping(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDropping(false);
    };
    const drop = (e: DragEvent) => {
      setDropping(false);
      const dropped = e.dataTransfer?.files[0];
      if (!dropped) return;
      const kind = fileKind(dropped.name);
      // On the desktop a dropped project is left to Chromium, whose navigation to it the shell turns into Open.
      if (kind === 'project' && !inBrowserMode()) return;
      e.preventDefault();
      if (kind === 'project') attempt(`Open ${dropped.name}`, () => openProjectFile(dropped));
      else if (kind === 'import') attempt(`Import ${dropped.name}`, () => importFile(editor.session.state.scenarioId, dropped));
      else editor.session.error(`${dropped.name}: drop a Powerhall project (.powerhall), an interchange JSON or a CSV of racks or equipment`);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [editor, attempt]);

  const element = (
    <>
      {dropping && (
        <div className="drop-zone" data-testid="drop-zone" aria-hidden="true">
          Drop a project (.powerhall) to open it, or an interchange JSON or a CSV of racks or equipment to import it
        </div>
      )}
      {naming && (
        <NameDialog
          title="New project"
          initial="New project"
          submitLabel="Create"
          onSubmit={(name) => {
            if (name.trim().length === 0) return 'A project needs a name.';
            attempt('New project', async () => afterFileCommand(await getApi().files.newProject({ name })));
            return null;
          }}
          onClose={() => setNaming(false)}
        />
      )}
    </>
  );
  return { commands, element };
}
