import type { RetrofitLine } from '../../../shared/analysis/retrofit/index.ts';
import { LINE_DISPOSITION_COLORS, toCss } from '../../viewport/colors.ts';

/** A disposition as a small tag filled with its colour in the viewport's disposition mode (legible in either theme). */
export function Chip(props: { color: number; text: string; title?: string }) {
  return (
    <span className="disp-chip" style={{ background: toCss(props.color) }} title={props.title}>
      {props.text}
    </span>
  );
}

/** A line of the upgrade bill's disposition as a tag. */
export function DispositionChip(props: { disposition: RetrofitLine['disposition']; title?: string }) {
  return <Chip color={LINE_DISPOSITION_COLORS[props.disposition]} text={props.disposition} title={props.title} />;
}
