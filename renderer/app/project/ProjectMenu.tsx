import { useEffect, useRef, useState } from 'react';
import type { RecentProject } from '../../../shared/contract/project-files.ts';
import { getApi } from '../../api/index.ts';
import type { Editor } from '../../editor/editor.ts';
import type { AppCommand } from './app-commands.ts';
import { afterFileCommand, inBrowserMode } from './file-commands.ts';

/**
 * Browser mode's File menu (the desktop has its own menu bar): New, Open, Open Recent, Save a copy, Import and Close.
 * Escape or a click elsewhere closes it.
 */
export function ProjectMenu(props: { editor: Editor; commands: readonly AppCommand[] }) {
  const [open, setOpen] = useState(false);
  const [recent, setRecent] = useState<readonly RecentProject[] | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    setRecent(null);
    getApi()
      .files.recent({})
      .then(({ projects }) => setRecent(projects))
      .catch(() => setRecent([]));
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('pointerdown', away);
    window.addEventListener('keydown', escape);
    return () => {
      window.removeEventListener('pointerdown', away);
      window.removeEventListener('keydown', escape);
    };
  }, [open]);
  if (!inBrowserMode()) return null;
  const files = props.commands.filter((c) => c.group === 'project-files');
  const run = (command: AppCommand) => {
    setOpen(false);
    command.run();
  };
  const openRecent = (path: string) => {
    setOpen(false);
    getApi()
      .files.open({ path })
      .then(afterFileCommand)
      .catch((error: unknown) => props.editor.session.error(`Open recent: ${error instanceof Error ? error.message : String(error)}`));
  };
  return (
    <div className="project-menu" ref={root}>
      <button type="button" className="tb-button" aria-haspopup="menu" aria-expanded={open} data-testid="project-menu" title="New, open, save a copy, import, close" onClick={() => setOpen((o) => !o)}>
        File ▾
      </button>
      {open && (
        <div className="project-menu-list" role="menu" data-testid="project-menu-list">
          {files.map((c) => (
            <button key={c.id} type="button" role="menuitem" data-testid={c.id} disabled={!c.enabled} onClick={() => run(c)}>
              {c.label}
            </button>
          ))}
          <div className="project-menu-heading" role="presentation">
            Open recent
          </div>
          {recent === null && <div className="project-menu-note">Reading the list…</div>}
          {recent?.length === 0 && <div className="project-menu-note">No recent projects yet</div>}
          {recent?.map((p) => (
            <button key={p.path} type="button" role="menuitem" title={p.path} data-testid="recent-project" onClick={() => openRecent(p.path)}>
              {p.name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
