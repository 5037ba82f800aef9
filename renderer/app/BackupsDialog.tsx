import { useEffect, useRef, useState } from 'react';
import type { BackupInfo } from '../../shared/contract/services.ts';
import { getApi } from '../api/index.ts';
import { formatBytes, formatDateTime } from './format.ts';
import { useModal } from './modal.ts';

type Load = { kind: 'loading' } | { kind: 'ready'; backups: BackupInfo[] } | { kind: 'error'; message: string };

/**
 * The project's backups (taken before migrations, every few minutes while it changes, and before a restore) and
 * "Restore": the backup replaces the project, what it held is kept as a backup, and the window reloads it.
 */
export function BackupsDialog(props: { readOnlyReason: string | null; onClose: () => void }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [busy, setBusy] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  useModal(panel, props.onClose);
  useEffect(() => {
    getApi()
      .backups.list({})
      .then((backups) => setLoad({ kind: 'ready', backups }))
      .catch((error: unknown) => setLoad({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
  }, []);
  const restore = async (path: string) => {
    setBusy(path);
    try {
      await getApi().backups.restore({ path });
      window.location.reload();
    } catch (error) {
      setBusy(null);
      setLoad({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label="Backups" onClick={props.onClose}>
      <div className="dialog wide" ref={panel} tabIndex={-1} onClick={(e) => e.stopPropagation()} data-testid="backups-dialog">
        <h2>Restore from backup</h2>
        {props.readOnlyReason && <p className="field-error">Read-only: {props.readOnlyReason}</p>}
        {load.kind === 'loading' && <p className="empty">Reading backups…</p>}
        {load.kind === 'error' && <p className="field-error">{load.message}</p>}
        {load.kind === 'ready' && load.backups.length === 0 && (
          <p className="empty">No backups yet: one is taken every few minutes while the project changes, and before each upgrade.</p>
        )}
        {load.kind === 'ready' && load.backups.length > 0 && (
          <table className="bill">
            <thead>
              <tr>
                <th>Taken</th>
                <th>Why</th>
                <th className="num">Size</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {load.backups.map((b) => (
                <tr key={b.path} title={b.path}>
                  <td>{formatDateTime(b.takenAt)}</td>
                  <td>{b.reason.replaceAll('-', ' ')}</td>
                  <td className="num">{formatBytes(b.bytes)}</td>
                  <td className="num">
                    <button type="button" className="tb-button" disabled={busy !== null || props.readOnlyReason !== null} onClick={() => void restore(b.path)}>
                      {busy === b.path ? 'Restoring…' : 'Restore'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="dialog-buttons">
          <button type="button" className="tb-button" onClick={props.onClose} autoFocus>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
