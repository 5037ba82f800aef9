import { useState } from 'react';
import type { Editor } from '../../editor/editor.ts';
import type { ViewportController } from '../../viewport/viewport-controller.ts';
import { ViewsDialog } from './ViewsDialog.tsx';

/** The Views… and Present buttons: the tour's views, and presentation mode (which App shows in place of the chrome). */
export function PresentMenu(props: { editor: Editor; viewport: ViewportController | null; onPresent: () => void }) {
  const [views, setViews] = useState(false);
  return (
    <>
      <button type="button" className="tb-button" disabled={!props.viewport} title="Saved camera views: the presentation's tour" data-testid="views-open" onClick={() => setViews(true)}>
        Views…
      </button>
      <button type="button" className="tb-button" disabled={!props.viewport} title="Present: full screen, the tour of saved views with captions and key figures" data-testid="present" onClick={props.onPresent}>
        Present
      </button>
      {views && props.viewport && <ViewsDialog editor={props.editor} viewport={props.viewport} onClose={() => setViews(false)} />}
    </>
  );
}
