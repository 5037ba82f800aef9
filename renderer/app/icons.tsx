import type { ReactNode } from 'react';

// 16 px line icons for the toolbar, drawn in the current text colour. Each button that shows one also carries
// the action's name as its tooltip and accessible name.

const path = (d: string): ReactNode => <path d={d} />;

const ICONS = {
  select: path('M3 2l9 5-4 1.2L10.5 13 8.6 14 6.2 9.3 3 12z'),
  hall: path('M2 4h12v9H2zM2 7h12M6 7v6'),
  row: path('M2 6h12v4H2zM5 6v4M8 6v4M11 6v4'),
  rack: path('M4 2h8v12H4zM4 5h8M4 8h8M4 11h8'),
  equipment: path('M2 5h12v8H2zM5 5V3h6v2M5 9h6'),
  pipe: path('M2 4h5v8h7M2 6h3v8h9'),
  measure: path('M1.5 11l9.5-9.5 3.5 3.5L5 14.5zM4 8.5l1.5 1.5M6 6.5l2 2M8 4.5l1.5 1.5'),
  undo: path('M5 4L2 7l3 3M2 7h8a4 4 0 010 8H7'),
  redo: path('M11 4l3 3-3 3M14 7H6a4 4 0 000 8h3'),
  fill: path('M2 6h12v4H2zM4 8h8'),
  rotate: path('M12.5 5A5.5 5.5 0 102 9M12.5 5V1.5M12.5 5H9'),
  duplicate: path('M5 5h8v8H5zM3 11V3h8'),
  delete: path('M3 4h10M6 4V2h4v2M4.5 4l.8 10h5.4l.8-10'),
  loop: path('M3 8a5 5 0 0110 0M13 8a5 5 0 01-10 0M13 5v3h-3'),
  feed: path('M9 1L4 9h4l-1 6 5-8H8z'),
  frame: path('M2 5V2h3M11 2h3v3M14 11v3h-3M5 14H2v-3M6 6h4v4H6z'),
  projection: path('M8 2l6 3v6l-6 3-6-3V5zM2 5l6 3 6-3M8 8v6'),
  palette: path('M3 3h10v10H3zM5 6h6M5 8h6M5 10h3'),
  add: path('M8 3v10M3 8h10'),
  rename: path('M3 13l1-3 7-7 2 2-7 7zM9.5 4.5l2 2'),
  help: path('M6 6a2 2 0 114 0c0 1.5-2 1.5-2 3M8 12v.5'),
} as const;

export type IconName = keyof typeof ICONS;

export function Icon(props: { name: IconName }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {ICONS[props.name]}
    </svg>
  );
}
