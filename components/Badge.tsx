/**
 * The in-page badge: "≈ N kg CO2e" next to the price, its range on hover and focus, a rough look
 * for doubtful figures, and a dialog that shows the work. No browser extension APIs here: the
 * content script passes data and callbacks in.
 */
import { useContext, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placePanel } from '../lib/content/panel-placement';
import { BuyControl, type OnBought } from './BuyControl';
import { badgeLook, LEAF_PATH, SIMILAR_MARK, type BadgeState } from './badge-look';
import type { OnCorrect } from './CorrectionForm';
import { PanelSlot, type OfferedSource } from './panel-slot';
import { useI18n } from './i18n';
import { keepFromPage, userOnly } from './user-event';

export interface BadgeProps {
  state: BadgeState;
  /** Compact badges sit in listing tiles; they open the same panel. */
  compact?: boolean;
  /** Absent where recording makes no sense (e.g. listing tiles). */
  onBought?: OnBought;
  /** Saves the user's correction and shows the new estimate; absent where nothing can be corrected. */
  onCorrect?: OnCorrect;
  /** 'dark' or 'light' when the page has a clear colour scheme; otherwise the system's is followed. */
  theme?: 'dark' | 'light' | null;
  /**
   * Conditions the page offers the product in (the panel shows what the other choice would change),
   * or how to read them: read by the panel when it first opens, not on the way to the badge.
   */
  offered?: OfferedSource;
  /** Told each time the user opens the panel (what only the panel shows is read then, not before). */
  onOpen?: () => void;
}

export function Badge({ state, compact, onBought, onCorrect, theme, offered, onOpen }: BadgeProps) {
  const i = useI18n();
  const Panel = useContext(PanelSlot);
  const [open, setOpen] = useState(false);
  const pill = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const { ready, rough, text, rootClass, pillClass, range } = badgeLook(state, i, compact, theme);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) pill.current?.focus();
  };

  // A layout effect, not useEffect: Preact runs plain effects from a requestAnimationFrame callback,
  // so every badge mounted (a listing mounts dozens) put extension code into the page's next
  // rendering task, and a panel opened would be placed one frame late. A closed badge does nothing here.
  useLayoutEffect(() => {
    if (!open) return;
    const el = panel.current;
    const btn = pill.current;
    if (!el || !btn) return;
    const view = el.ownerDocument.defaultView!;
    const place = () => {
      const rtl = view.getComputedStyle(btn).direction === 'rtl';
      const p = placePanel(
        btn.getBoundingClientRect(),
        el.scrollHeight,
        { width: view.innerWidth, height: view.innerHeight },
        rtl,
      );
      Object.assign(el.style, {
        left: `${p.left}px`,
        top: `${p.top}px`,
        width: `${p.width}px`,
        maxHeight: `${p.maxHeight}px`,
      });
    };
    place();
    // The panel's body may come in a moment later (loaded on the first open) or grow (a
    // correction): placed again whenever its size changes.
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(place) : null;
    resized?.observe(el);
    el.focus();
    const host = (el.getRootNode() as ShadowRoot).host ?? null;
    const inside = (e: Event) => e.composedPath().some((n) => n === host || n === el || n === btn);
    const onPointer = (e: Event) => {
      if (e.isTrusted && !inside(e)) close(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.isTrusted && e.key === 'Escape') close(true);
    };
    view.addEventListener('pointerdown', onPointer, true);
    view.addEventListener('keydown', onKey, true);
    view.addEventListener('resize', place);
    view.addEventListener('scroll', place, true);
    return () => {
      resized?.disconnect();
      view.removeEventListener('pointerdown', onPointer, true);
      view.removeEventListener('keydown', onKey, true);
      view.removeEventListener('resize', place);
      view.removeEventListener('scroll', place, true);
    };
  }, [open]);

  return (
    <div class={rootClass} onClick={keepFromPage} onKeyDown={keepFromPage}>
      <span class="pill-wrap">
        <button
          ref={pill}
          type="button"
          class={pillClass}
          data-testid="embodied-badge"
          aria-expanded={open}
          aria-haspopup="dialog"
          title={ready ? i.t('badge.hint') : undefined}
          onClick={userOnly(() => {
            if (open) return close(false);
            setOpen(true);
            onOpen?.();
          })}
        >
          <svg class="leaf" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
            <path d={LEAF_PATH} fill="currentColor" />
          </svg>
          <span data-testid="embodied-badge-text">{text}</span>
          {ready?.similar && (
            <span
              class={`similar-tag ${ready.similar.relative}`}
              data-testid="embodied-badge-similar"
              data-relative={ready.similar.relative}
            >
              <span aria-hidden="true">{SIMILAR_MARK[ready.similar.relative]}</span>
              <span class={compact ? 'sr-only' : ''}>{i.t(`similar.tag.${ready.similar.relative}`)}</span>
            </span>
          )}
          {rough && <span class="rough-tag">{i.t('badge.rough')}</span>}
          {ready?.corrected && (
            <span class="corrected-tag" data-testid="embodied-badge-corrected">
              {i.t('correct.by')}
            </span>
          )}
        </button>
        {range && (
          <span class="tip" role="tooltip" data-testid="embodied-badge-range">
            {range[0]}
            {range[1]}
          </span>
        )}
      </span>
      {!compact && onBought && <BuyControl onBought={onBought} />}
      {open && (ready || state.status === 'error') && (
        <div
          ref={panel}
          class="panel"
          role="dialog"
          aria-labelledby="embodied-panel-title"
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.isTrusted && e.key === 'Escape') close(true);
          }}
        >
          {ready ? (
            Panel && <Panel estimate={ready} onClose={() => close(true)} onCorrect={onCorrect} offered={offered} />
          ) : (
            <p id="embodied-panel-title">{state.status === 'error' ? state.message : ''}</p>
          )}
        </div>
      )}
    </div>
  );
}
