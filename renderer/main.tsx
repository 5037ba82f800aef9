import { createRoot } from 'react-dom/client';
import { ApiError } from '../shared/contract/envelope.ts';
import { getApi } from './api/index.ts';
import { App } from './app/App.tsx';
import { createEditor } from './editor/editor.ts';
import { Persistence } from './editor/persistence.ts';
import { StartScreen } from './app/project/StartScreen.tsx';
import './app/styles.css';

/** Loads the open project and the catalog through the typed API, then mounts the editor. */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  root.render(<div className="boot">Opening project…</div>);
  const api = getApi();
  // Another project (or none) is served now (browser mode's Open, New, Import or Close in some tab): load again.
  api.events.project.replaced(() => window.location.reload());
  try {
    const [info, doc, catalog] = await Promise.all([api.project.info({}), api.project.load({}), api.catalog.get({})]);
    const editor = createEditor(doc, catalog, { readOnlyReason: info.readOnlyReason });
    const persistence = new Persistence(editor.store, api, info.revision, editor.history);
    document.title = `${info.readOnlyReason ? '[read-only] ' : ''}${info.name} · Powerhall`;
    // End-to-end tests compare the app's live report with the CLI's and the contract's through this handle.
    (window as unknown as { powerhallReport?: () => string }).powerhallReport = () => JSON.stringify(editor.live.current);
    root.render(<App editor={editor} persistence={persistence} info={info} />);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not-found' && window.powerhall === undefined) {
      document.title = 'Powerhall';
      root.render(<StartScreen />);
      return;
    }
    root.render(
      <div className="boot error" role="alert">
        Could not open the project: {error instanceof Error ? error.message : String(error)}
      </div>,
    );
  }
}

void start();
