/**
 * Where the estimate panel goes: below its badge if it fits, else above (flip), else wherever
 * there is more room with a scrolling body; always inside the viewport horizontally (clamp), started
 * from the badge's start edge (left, or right on right-to-left pages). Pure: rectangles in, box out.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  maxHeight: number;
}

const MARGIN = 8;
const GAP = 4;
const MAX_WIDTH = 420;

export function placePanel(
  anchor: Rect,
  panelHeight: number,
  viewport: { width: number; height: number },
  rtl: boolean,
): Placement {
  const width = Math.max(0, Math.min(MAX_WIDTH, viewport.width - 2 * MARGIN));
  const preferred = rtl ? anchor.right - width : anchor.left;
  const left = Math.min(Math.max(preferred, MARGIN), viewport.width - MARGIN - width);
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  if (panelHeight <= below || below >= above) {
    return { left, top: anchor.bottom + GAP, width, maxHeight: Math.max(below, 120) };
  }
  const h = Math.min(panelHeight, above);
  return { left, top: anchor.top - GAP - h, width, maxHeight: above };
}
