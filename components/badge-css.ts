/**
 * Styles for the in-page badge, injected into its shadow root (the page's CSS can't reach it).
 * Light by default; dark when the page is dark ('.dark'), or when the system is and the page has
 * no clear scheme of its own (not '.light'). Every text/background pair meets WCAG 2.2 AA (4.5:1).
 * Each theme also sets color-scheme, so the panel's scrollbar and native controls match it (a
 * white scrollbar track showed in the dark panel in the Firefox screenshots).
 */
const LIGHT = `--fg: #1d2b1f; --muted: #4a5a4d; --bg: #ffffff; --line: #8fb996; --pill-bg: #eef7ef; --pill-fg: #1d4d27;
  --pill-hover: #dff0e1; --btn-bg: #1d4d27; --btn-fg: #ffffff; --btn-off: #3d6b45; --warn-fg: #6b4200; --warn-bg: #fff6e0;
  --none-bg: #f1f1f1; --none-fg: #3d3d3d; --focus: #0b57d0; --shadow: rgba(0,0,0,.18); color-scheme: light;`;
const DARK = `--fg: #e6eee7; --muted: #b3c2b6; --bg: #1a201b; --line: #5f8f69; --pill-bg: #203326; --pill-fg: #cdebd3;
  --pill-hover: #2a4331; --btn-bg: #93d4a2; --btn-fg: #0c1f11; --btn-off: #6fae7f; --warn-fg: #ffd98a; --warn-bg: #3a2e12;
  --none-bg: #2b2b2b; --none-fg: #e0e0e0; --focus: #8ab4f8; --shadow: rgba(0,0,0,.6); color-scheme: dark;`;

/** The closed badge's styles: the pill, its tip and tags, the bought control. */
export const BADGE_CSS = `
:host { all: initial; }
.embodied { ${LIGHT} }
@media (prefers-color-scheme: dark) { .embodied:not(.light) { ${DARK} } }
.embodied.dark { ${DARK} }
.embodied { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: var(--fg); display: inline-flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 4px 0; position: relative; }
button, input, select, summary { font: inherit; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.pill-wrap { position: relative; display: inline-flex; }
.pill { display: inline-flex; gap: 4px; align-items: center; border: 1px solid var(--line); background: var(--pill-bg);
  color: var(--pill-fg); border-radius: 999px; padding: 2px 10px; cursor: pointer; }
.pill:hover { background: var(--pill-hover); }
.pill.tier-unknown, .pill.tier-none { background: var(--none-bg); border-color: var(--line); color: var(--none-fg); }
.pill.rough { border-style: dashed; }
.rough-tag { font-size: 11px; padding: 0 5px; border-radius: 999px; background: var(--warn-bg); color: var(--warn-fg); }
.tip { display: none; position: absolute; left: 0; bottom: calc(100% + 4px); white-space: nowrap; z-index: 2147483647;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 6px; padding: 2px 8px;
  box-shadow: 0 2px 8px var(--shadow); font-size: 12px; }
.pill-wrap:hover .tip, .pill:focus-visible + .tip { display: block; }
.pill[aria-expanded="true"] + .tip { display: none; }
.similar-tag { font-size: 11px; display: inline-flex; gap: 2px; padding: 0 5px; border-radius: 999px; border: 1px solid var(--line); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.corrected-tag { font-size: 11px; padding: 0 5px; border-radius: 999px; border: 1px solid var(--line); }
.compact .rough-tag, .compact .corrected-tag { display: none; }
.compact .pill { font-size: 12px; padding: 1px 8px; }
.buy { display: inline-flex; gap: 6px; align-items: center; }
.qty { width: 3.5em; padding: 1px 4px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
.bought { border: 1px solid var(--btn-bg); background: var(--btn-bg); color: var(--btn-fg); border-radius: 6px;
  padding: 2px 10px; cursor: pointer; }
.bought:disabled { background: var(--btn-off); border-color: var(--btn-off); cursor: default; }
.same-day { color: var(--fg); }
`;

/**
 * The open panel's styles (components/EstimatePanel.tsx and what it holds), added to a badge's root
 * when the user first reaches the badge (entrypoints/content/badge.tsx), before the panel can open:
 * a page parses only the closed badge's rules at load.
 */
export const PANEL_CSS = `
.similar-explain { font-size: 12px; }
.choices { margin: 4px 0; padding-inline-start: 18px; }
.panel { position: fixed; z-index: 2147483647; box-sizing: border-box; overflow: auto; scrollbar-color: var(--muted) var(--bg); max-width: calc(100vw - 16px);
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 6px 24px var(--shadow); text-align: start; }
.panel:focus { outline: none; }
.panel p { margin: 6px 0; }
.head { display: flex; gap: 8px; align-items: baseline; }
.title { font-size: 16px; margin: 0; font-weight: 700; }
.sub { margin: 0 0 4px; }
h3 { font-size: 13px; margin: 10px 0 2px; font-weight: 700; }
.close { margin-inline-start: auto; border: 0; background: none; color: var(--fg); font-size: 20px; line-height: 1;
  cursor: pointer; padding: 0 4px; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 8px 0; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
ul, ol { margin: 4px 0; padding-inline-start: 18px; }
.steps .label { font-weight: 600; }
.steps .working { display: block; color: var(--muted); }
.steps, .factors { overflow-wrap: anywhere; }
details { margin: 6px 0; }
summary { cursor: pointer; font-weight: 600; }
.corrected { font-weight: 600; }
.correct form { display: grid; gap: 6px; margin-top: 6px; }
.correct label { display: grid; gap: 2px; }
.correct input, .correct select { max-width: 100%; padding: 2px 4px; border: 1px solid var(--line); border-radius: 6px;
  background: var(--bg); color: var(--fg); }
.correct-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.correct-actions button { border: 1px solid var(--btn-bg); background: var(--btn-bg); color: var(--btn-fg); border-radius: 6px;
  padding: 2px 10px; cursor: pointer; }
.correct-actions button[type="button"] { background: none; color: var(--fg); border-color: var(--line); }
.muted { color: var(--muted); }
.small, small { font-size: 11px; }
.small { margin: 8px 0 0; }
.rough-note { background: var(--warn-bg); color: var(--warn-fg); border-radius: 6px; padding: 4px 8px; }
`;

/** The order card reuses the badge's look (its lines' panels included) with a box around it. */
export const ORDER_CSS = `${BADGE_CSS}${PANEL_CSS}
.order { border: 1px solid var(--line); background: var(--bg); border-radius: 8px; padding: 6px 10px; }
.order .lines { width: 100%; }
.order label { display: flex; gap: 6px; align-items: baseline; }
`;

/** The listing highlight switch: a small box floating at the bottom end corner of the window. */
export const HIGHLIGHT_CSS = `${BADGE_CSS}${PANEL_CSS}
.highlight { position: fixed; bottom: 16px; inset-inline-end: 16px; z-index: 2147483646; margin: 0; max-width: min(360px, calc(100vw - 32px));
  background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 6px 10px; box-shadow: 0 4px 16px var(--shadow); }
.highlight-status:empty { display: none; }
`;
