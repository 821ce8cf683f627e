/** Styles for the in-page badge, injected into its shadow root (the page's CSS can't reach it). */
export const BADGE_CSS = `
:host { all: initial; }
.embodied { font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2b1f;
  display: inline-flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 4px 0; position: relative; }
.pill { display: inline-flex; gap: 4px; align-items: center; border: 1px solid #8fb996; background: #eef7ef;
  color: #1d4d27; border-radius: 999px; padding: 2px 10px; font: inherit; cursor: pointer; }
.pill:hover { background: #dff0e1; }
.pill.tier-unknown { background: #f3f3f3; border-color: #bbb; color: #444; }
.compact .pill { font-size: 12px; padding: 1px 8px; }
.bought { font: inherit; border: 1px solid #1d4d27; background: #1d4d27; color: #fff; border-radius: 6px;
  padding: 2px 10px; cursor: pointer; }
.bought:disabled { background: #5b8a63; border-color: #5b8a63; cursor: default; }
.panel { position: absolute; top: 100%; left: 0; z-index: 2147483647; width: min(420px, 90vw); margin-top: 4px;
  background: #fff; color: #1d2b1f; border: 1px solid #8fb996; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.head { display: flex; gap: 4px; align-items: baseline; }
.close { margin-left: auto; border: 0; background: none; font-size: 18px; cursor: pointer; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 8px 0; }
dt { font-weight: 600; }
dd { margin: 0; }
.steps, .factors { margin: 6px 0; padding-left: 18px; }
.steps span { font-weight: 600; }
.muted { color: #5a6b5d; }
.small { font-size: 11px; margin: 6px 0 0; }
.flags { color: #7a4b00; }
`;

/** The order card reuses the badge's look with a box around it. */
export const ORDER_CSS = `${BADGE_CSS}
.order { border: 1px solid #8fb996; background: #f6fbf6; border-radius: 8px; padding: 6px 10px; }
`;
