/**
 * The listing highlight: a floating switch (components/HighlightControl.tsx) and the outline it puts
 * on the lowest-footprint third of the tiles shown. The page's own inline outline is kept and put
 * back exactly when the user turns it off, the page navigates or the script goes away.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HighlightControl } from '../../components/HighlightControl';
import { HIGHLIGHT_CSS } from '../../components/badge-css';
import { lowestThird } from '../../lib/inpage/highlight';
import { mountView, pageTheme, type Mounted } from './badge';

export interface ListedTile {
  anchor: Element;
  kg: number | null;
}

/** Marks tiles in the page; `undo` restores what the page had. */
function marker(dark: boolean) {
  let marked: { el: HTMLElement; outline: string; offset: string }[] = [];
  const undo = () => {
    for (const m of marked) {
      m.el.style.outline = m.outline;
      m.el.style.outlineOffset = m.offset;
      m.el.removeAttribute('data-embodied-lowest');
    }
    marked = [];
  };
  const mark = (el: HTMLElement) => {
    marked.push({ el, outline: el.style.outline, offset: el.style.outlineOffset });
    // Non-text contrast (WCAG 1.4.11, 3:1) against the page's own background.
    el.style.outline = `3px solid ${dark ? '#93d4a2' : '#1d7a35'}`;
    el.style.outlineOffset = '2px';
    el.setAttribute('data-embodied-lowest', '');
  };
  return { mark, undo };
}

export async function mountHighlight(
  ctx: ContentScriptContext,
  tiles: () => readonly ListedTile[],
): Promise<Pick<Mounted<unknown>, 'remove'>> {
  const theme = pageTheme(document.body);
  const { mark, undo } = marker(theme === 'dark');
  const onToggle = (on: boolean) => {
    undo();
    if (!on) return { n: 0, total: 0 };
    const list = tiles().filter((t) => t.anchor.isConnected);
    const lowest = lowestThird(list.map((t) => t.kg));
    for (const i of lowest) {
      const el = list[i]!.anchor;
      if (el instanceof HTMLElement) mark(el);
    }
    return { n: lowest.size, total: list.filter((t) => t.kg !== null).length };
  };
  const view = await mountView<null>(ctx, document.body, {
    append: 'last',
    css: HIGHLIGHT_CSS,
    initial: null,
    view: () => <HighlightControl onToggle={onToggle} theme={theme} />,
  });
  return {
    remove() {
      undo();
      view.remove();
    },
  };
}
