import { useEffect, useState, type FormEvent } from 'react';
import type { RecentProject } from '../../../shared/contract/project-files.ts';
import { getApi } from '../../api/index.ts';
import { afterFileCommand, openProjectFile } from './file-commands.ts';

/** What browser mode shows when no project is open (after Close): make one, open one, or pick a recent one. */
export function StartScreen() {
  const [recent, setRecent] = useState<readonly RecentProject[]>([]);
  const [name, setName] = useState('New project');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getApi()
      .files.recent({})
      .then(({ projects }) => setRecent(projects))
      .catch(() => setRecent([]));
  }, []);
  const attempt = (run: () => Promise<void>) => {
    setError(null);
    run().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const create = (e: FormEvent) => {
    e.preventDefault();
    attempt(async () => afterFileCommand(await getApi().files.newProject({ name })));
  };
  return (
    <main className="start-screen" data-testid="start-screen">
      <h1>Powerhall</h1>
      <p>No project is open.</p>
      <form className="start-row" onSubmit={create}>
        <label htmlFor="start-name">New project</label>
        <input id="start-name" value={name} onChange={(e) => setName(e.target.value)} data-testid="start-name" />
        <button type="submit" className="tb-button active" data-testid="start-new">
          Create
        </button>
      </form>
      <div className="start-row">
        <button type="button" className="tb-button" data-testid="start-open" onClick={() => attempt(() => openProjectFile(null))}>
          Open a project file…
        </button>
      </div>
      {recent.length > 0 && (
        <section>
          <h2>Recent</h2>
          <ul className="start-recent">
            {recent.map((p) => (
              <li key={p.path}>
                <button type="button" className="tb-button" title={p.path} data-testid="start-recent" onClick={() => attempt(async () => afterFileCommand(await getApi().files.open({ path: p.path })))}>
                  {p.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}
