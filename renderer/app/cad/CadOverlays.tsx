import type { Editor } from '../../editor/editor.ts';
import type { ViewportController } from '../../viewport/viewport-controller.ts';
import { useSession } from '../hooks.ts';
import { MeasureOverlay } from './MeasureOverlay.tsx';
import { RowArrayDialog } from './RowArrayDialog.tsx';
import { TypedInput } from './TypedInput.tsx';
import './cad-input.css';

/** The precise-input layer over the viewport: typed figures while drawing, the measure reading, the array dialog. */
export function CadOverlays(props: { editor: Editor; controller: ViewportController | null }) {
  const prompt = useSession(props.editor).prompt;
  return (
    <>
      <TypedInput editor={props.editor} controller={props.controller} />
      <MeasureOverlay editor={props.editor} controller={props.controller} />
      {prompt === 'row-array' && <RowArrayDialog editor={props.editor} />}
    </>
  );
}
