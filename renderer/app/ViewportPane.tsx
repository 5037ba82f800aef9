import { useEffect, useRef } from 'react';
import type { Editor } from '../editor/editor.ts';
import { ViewportController } from '../viewport/viewport-controller.ts';

/** Mounts the three.js viewport in a div and disposes it on unmount; React never holds three objects. */
export function ViewportPane(props: { editor: Editor; onController: (c: ViewportController | null) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const { editor, onController } = props;
  useEffect(() => {
    const controller = new ViewportController(ref.current!, editor);
    onController(controller);
    // End-to-end tests and the benchmark read frame counts and project plan points through this handle.
    const handle = window as unknown as { powerhallViewport?: ViewportController };
    handle.powerhallViewport = controller;
    return () => {
      onController(null);
      if (handle.powerhallViewport === controller) delete handle.powerhallViewport;
      controller.dispose();
    };
  }, [editor, onController]);
  return <div className="viewport" ref={ref} data-testid="viewport" />;
}
