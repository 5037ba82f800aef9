import type { Drawing, DrawItem } from '../../../shared/report-views/drawings/drawing.ts';
import { fitText, textWidthMm } from '../../../shared/report-views/drawings/drawing.ts';
import { PENS } from '../../../shared/report-views/drawings/pens.ts';

const HIGHLIGHT = '#0a84ff';
/** The smallest text the PDF writer sets (3 pt), in mm: below it a text is cut rather than shrunk further. */
const MIN_TEXT_MM = 1.06;

/** As the PDF writer fits a text to its box: a smaller size first, then cut with an ellipsis. */
function fitted(text: string, size: number, maxWidth: number | undefined): { size: number; text: string } {
  if (maxWidth === undefined || textWidthMm(text, size) <= maxWidth) return { size, text };
  const smaller = Math.max(MIN_TEXT_MM, (size * maxWidth) / textWidthMm(text, size));
  return { size: smaller, text: fitText(text, smaller, maxWidth) };
}

function arrowHead(points: readonly (readonly [number, number])[]): string | null {
  const last = points[points.length - 1];
  const prev = points[points.length - 2];
  if (!last || !prev) return null;
  const a = Math.atan2(last[1] - prev[1], last[0] - prev[0]);
  const s = 1.6;
  const p = (angle: number) => `${last[0] - s * Math.cos(angle)},${last[1] - s * Math.sin(angle)}`;
  return `${last[0]},${last[1]} ${p(a - 0.4)} ${p(a + 0.4)}`;
}

function Item(props: { item: DrawItem; selected: ReadonlySet<string>; onPick: (ids: readonly string[]) => void }) {
  const { item } = props;
  switch (item.kind) {
    case 'rect': {
      const pen = PENS[item.pen];
      const ids = item.recordIds;
      const on = ids !== undefined && ids.some((id) => props.selected.has(id));
      return (
        <rect
          x={item.x}
          y={item.y}
          width={item.w}
          height={item.h}
          fill={on ? '#dcebff' : (pen.fill ?? (ids !== undefined ? '#ffffff' : 'none'))}
          stroke={on ? HIGHLIGHT : pen.color}
          strokeWidth={on ? 0.8 : pen.width}
          strokeDasharray={pen.dash?.join(' ')}
          className={ids !== undefined ? 'drawing-pick' : undefined}
          data-record-ids={ids?.join(' ')}
          data-selected={ids !== undefined ? String(on) : undefined}
          onClick={ids !== undefined ? () => props.onPick(ids) : undefined}
        />
      );
    }
    case 'line': {
      const pen = PENS[item.pen];
      const points = item.points.map(([x, y]) => `${x},${y}`).join(' ');
      const head = item.arrow ? arrowHead(item.points) : null;
      return (
        <g>
          {item.closed ? (
            <polygon points={points} fill="none" stroke={pen.color} strokeWidth={pen.width} strokeDasharray={pen.dash?.join(' ')} />
          ) : (
            <polyline points={points} fill="none" stroke={pen.color} strokeWidth={pen.width} strokeDasharray={pen.dash?.join(' ')} />
          )}
          {head && <polygon points={head} fill={pen.color} />}
        </g>
      );
    }
    case 'text': {
      const anchor = item.align === 'center' ? 'middle' : item.align === 'right' ? 'end' : 'start';
      const { size, text } = fitted(item.text, item.size, item.maxWidth);
      return (
        <text x={item.x} y={item.y} fontSize={size} fontWeight={item.bold ? 700 : 400} textAnchor={anchor} dominantBaseline="text-before-edge" pointerEvents="none">
          {text}
        </text>
      );
    }
  }
}

/** A drawing from shared/report-views as SVG at `pxPerMm`; boxes that stand for records select them. */
export function DrawingSvg(props: { drawing: Drawing; pxPerMm: number; selected: ReadonlySet<string>; onPick: (ids: readonly string[]) => void }) {
  const { drawing } = props;
  return (
    <svg
      className="drawing-svg"
      viewBox={`0 0 ${drawing.widthMm} ${drawing.heightMm}`}
      width={drawing.widthMm * props.pxPerMm}
      height={drawing.heightMm * props.pxPerMm}
      role="img"
      aria-label={`${drawing.number} ${drawing.title}`}
      fontFamily="Helvetica, Arial, sans-serif"
      fill="#111111"
    >
      <rect x={0} y={0} width={drawing.widthMm} height={drawing.heightMm} fill="#ffffff" />
      {drawing.items.map((item, i) => (
        <Item key={i} item={item} selected={props.selected} onPick={props.onPick} />
      ))}
    </svg>
  );
}
