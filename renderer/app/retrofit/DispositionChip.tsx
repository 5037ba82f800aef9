import type { RetrofitLine } from '../../../shared/analysis/retrofit/index.ts';
import { LINE_DISPOSITION_COLORS, toCss } from '../../viewport/colors.ts';

/** A line disposition as a small coloured tag, in the colours of the viewport's disposition mode. */
export function DispositionChip(props: { disposition: RetrofitLine['disposition']; title?: string }) {
  return (
    <span className="disp-chip" style={{ borderColor: toCss(LINE_DISPOSITION_COLORS[props.disposition]), color: toCss(LINE_DISPOSITION_COLORS[props.disposition]) }} title={props.title}>
      {props.disposition}
    </span>
  );
}
