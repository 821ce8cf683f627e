/** Mounts Preact views in their own closed shadow roots beside anchor elements. */
import { render, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Badge } from '../../components/Badge';
import type { BadgeState } from '../../components/badge-look';
import { staticBadge } from '../../components/badge-static';
import type { BuyResult } from '../../components/BuyControl';
import { BADGE_CSS, PANEL_CSS } from '../../components/badge-css';
import { I18nContext } from '../../components/i18n';
import { PanelSlot } from '../../components/panel-slot';
import { LazyPanel, loadPanel } from './lazy-panel';
import { themeUpwards, type Theme } from '../../lib/content/theme';
import { createI18nFor, EN_MESSAGES, pickLocale, type I18n } from '../../lib/i18n/core';
import { EN_NUMBERS } from '../../lib/i18n/plain-number';
import { handedCatalogue } from '../../lib/content/catalogue-handover';
import { send } from '../../lib/messaging/client';
import { MAX_RECORD_QUANTITY } from '../../lib/messaging/limits';
import type { EstimateReply, ProductMessage } from '../../lib/messaging/protocol';
import type { Correction } from '../../lib/corrections';
import type { OfferedVariant } from '../../lib/inpage/offered-variants';
import type { PageReaders } from '../../lib/inpage/page-readers';
import type { Estimate } from '../../lib/estimate/schema';
import { mountShadowHost } from './shadow-host';

export interface Mounted<S> {
  update(state: S): void;
  remove(): void;
}

let i18n: I18n | null = null;
/**
 * The browser's language (not the page's): the user reads the badge, not the shop. Only English is
 * bundled here; the background hands over the catalogue of the browser's language with this script
 * (entrypoints/background/inject.ts). A catalogue for another locale (or none) means English.
 */
function pageI18n(): I18n {
  if (i18n) return i18n;
  const locale = pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
  const given = handedCatalogue();
  // Numbers with the handed-over symbols, not Intl: see lib/i18n/plain-number.ts (no symbols: Intl).
  i18n =
    given?.locale === locale
      ? createI18nFor(locale, given.catalogue, given.numbers)
      : createI18nFor('en', EN_MESSAGES, EN_NUMBERS);
  return i18n;
}

/** Style reads shared by the badges placed in one task (a listing's tiles share their ancestors). */
let themeCache: Map<Element, Theme | null> | null = null;
/** The canvas's scheme (color-scheme on <html>), read once per task like the backgrounds. */
let canvasTheme: Theme | null | undefined;

/** The page's scheme around `anchor`, when it has one (else the badge follows the system). */
export function pageTheme(anchor: Element): Theme | null {
  if (!themeCache) {
    themeCache = new Map();
    canvasTheme = undefined;
    setTimeout(() => (themeCache = null));
  }
  const found = themeUpwards<Element>(
    anchor,
    (el) => el.parentElement,
    (el) => getComputedStyle(el).backgroundColor,
    themeCache,
  );
  // Transparent all the way up: the canvas is white unless the page opts into dark (color-scheme).
  if (found) return found;
  // Read once per task: a style read after the previous badge's insertion would force a style pass.
  if (canvasTheme === undefined)
    canvasTheme = /dark/.test(getComputedStyle(document.documentElement).colorScheme) ? null : 'light';
  return canvasTheme;
}

/**
 * What brings a still view to life: the first pointer over it, press, focus, key or click. Listened
 * for in the capture phase at the view's container, so the view's own handlers are in place before
 * the event reaches its target (a listener added to a node further along the event's path runs).
 */
const WAKE_EVENTS = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'click'] as const;

/**
 * One closed shadow root holding a view of `state`, redrawn on every update. With `still`, the
 * view is first drawn without Preact (the same nodes, no handlers) and redrawn so on updates, until
 * the user first reaches it: Preact then renders over those nodes, keeping them (focus included).
 */
export async function mountView<S>(
  ctx: ContentScriptContext,
  anchor: Element,
  opts: {
    append: 'after' | 'before' | 'last';
    css: string;
    /** Styles only the woken view uses (the badge's panel): parsed when the user first reaches it. */
    lateCss?: string;
    initial: S;
    view: (state: S) => VNode;
    still?: (state: S, i: I18n) => Node;
  },
): Promise<Mounted<S>> {
  let state = opts.initial;
  const i = pageI18n();
  // The caller keeps the handle and removes it (page.ts: on invalidation and navigation).
  const host = ctx.isInvalid ? null : mountShadowHost('embodied-badge', opts.css, anchor, opts.append);
  let container: HTMLElement | null = host?.container ?? null;
  let still = opts.still;
  const draw = () => {
    if (!container) return;
    if (still) return container.replaceChildren(still(state, i));
    render(
      <I18nContext.Provider value={i}>
        <PanelSlot.Provider value={LazyPanel}>{opts.view(state)}</PanelSlot.Provider>
      </I18nContext.Provider>,
      container,
    );
  };
  const wake = () => {
    if (!still) return;
    still = undefined;
    for (const type of WAKE_EVENTS) container?.removeEventListener(type, wake, true);
    if (opts.lateCss) host?.addStyles(opts.lateCss);
    draw();
  };
  if (still) for (const type of WAKE_EVENTS) container?.addEventListener(type, wake, true);
  else if (opts.lateCss) host?.addStyles(opts.lateCss);
  draw();
  return {
    update(next) {
      state = next;
      draw();
    },
    remove: () => {
      if (container && !still) render(null, container);
      container = null;
      host?.remove();
    },
  };
}

export type MountedBadge = Mounted<BadgeState>;

/** `read`, run once on first use. */
function once<A extends unknown[], T>(read: (...args: A) => T): (...args: A) => T {
  let done = false;
  let value: T;
  return (...args) => {
    if (!done) [done, value] = [true, read(...args)];
    return value;
  };
}

/**
 * Records a purchase. The ledger's contract: the one-time `recordToken` that came with this
 * product's estimate (no token, no record), and `allowSameDay` only when the user confirmed a second
 * purchase of the same product today; otherwise it answers `created: false, reason: 'same-day'`
 * (and keeps the token for that confirmation).
 */
async function record(
  product: ProductMessage,
  estimate: EstimateReply | null,
  quantity: number,
  again: boolean,
): Promise<BuyResult> {
  const recordToken = estimate?.recordToken;
  if (!recordToken) return 'failed';
  const reply = await send({
    type: 'purchase.record',
    // A fresh key per deliberate click: a retried message never records twice, a confirmed second purchase does.
    key: `badge-${crypto.randomUUID()}`,
    recordToken,
    product,
    quantity: Math.max(1, Math.min(MAX_RECORD_QUANTITY, quantity)),
    source: 'badge',
    ...(again ? { allowSameDay: true } : {}),
  });
  if (!reply.ok) return 'failed';
  if (reply.created) return 'saved';
  return reply.reason === 'same-day' ? 'same-day' : 'saved';
}

export async function mountBadge(
  ctx: ContentScriptContext,
  anchor: Element,
  opts: {
    compact: boolean;
    product: ProductMessage;
    append?: 'after' | 'last';
    /** The page's scheme at `anchor` when the caller knows it (a tile just added: its styles are not computed yet). */
    theme?: Theme | null;
    /** The first state drawn (the estimate, when it came with the product): one render, not "loading" then an update. */
    initial?: BadgeState;
    /**
     * The page's own product: the conditions and the sizes (with their own weights) the page offers
     * it in are read with the panel's readers (lib/inpage/page-readers.ts) when the panel first
     * opens, and the sizes estimated then (only the panel shows them). Not on the way to the badge:
     * this walks the page.
     */
    readsPage?: boolean;
  },
): Promise<MountedBadge> {
  let latest: BadgeState = opts.initial ?? { status: 'loading' };
  let mounted: MountedBadge | null = null;
  const offered = opts.readsPage ? once((readers: PageReaders) => readers.offeredConditions(document)) : undefined;
  // The background keeps the correction (for this page's own site only) and answers the new estimate.
  const onCorrect = opts.product.url
    ? async (correction: Correction | null) => {
        const reply = await send({ type: 'correction.set', product: opts.product, correction });
        if (!reply.ok) return false;
        mounted?.update({ status: 'ready', estimate: reply.estimate });
        return true;
      }
    : undefined;
  const theme = opts.theme !== undefined ? opts.theme : pageTheme(anchor);
  // Told of each opening of the panel: the other sizes are read then (set below when the page may offer some).
  let onOpen: (() => void) | undefined = undefined;
  const onBought = opts.compact
    ? undefined
    : ({ quantity, again }: { quantity: number; again: boolean }) =>
        record(opts.product, latest.status === 'ready' ? (latest.estimate as EstimateReply) : null, quantity, again);
  mounted = await mountView<BadgeState>(ctx, anchor, {
    append: opts.append ?? 'after',
    css: BADGE_CSS,
    lateCss: PANEL_CSS,
    initial: latest,
    still: (state, i) => {
      latest = state;
      return staticBadge(document, state, i, { compact: opts.compact, theme, buy: Boolean(onBought) });
    },
    view: (state) => {
      latest = state;
      return (
        <Badge
          state={state}
          compact={opts.compact}
          onBought={onBought}
          onCorrect={onCorrect}
          theme={theme}
          offered={state.status === 'ready' ? offered : undefined}
          onOpen={() => onOpen?.()}
        />
      );
    },
  });
  if (!opts.readsPage) return mounted;
  const variants = once((readers: PageReaders) => readers.offeredVariants(document));
  const badge = withVariants(mounted, opts.product, variants, latest);
  onOpen = badge.opened;
  return badge;
}

/**
 * The badge, with the other sizes added to a ready estimate: the same product at each variant's
 * weight, estimated by the background (lib/inpage/variant-choices.ts keeps only like-for-like ones).
 */
function withVariants(
  badge: MountedBadge,
  product: ProductMessage,
  offeredVariants: (readers: PageReaders) => readonly OfferedVariant[],
  initial: BadgeState,
): MountedBadge & { opened: () => void } {
  let asked: Estimate | null = null;
  let latest = initial;
  let open = false;
  // Asked once the estimate is in and the panel was opened, whichever comes last, with the readers
  // the panel's file brings (loaded by that first open).
  const ask = () => {
    const state = latest;
    if (!open || state.status !== 'ready' || state.estimate === asked || state.estimate.variants) return;
    const e = (asked = state.estimate);
    void loadPanel().then((api) => {
      // A panel that could not load is asked for again on the next open.
      if (!api) return void (asked === e && (asked = null));
      const readers = api.readers;
      const variants = offeredVariants(readers);
      if (!variants.length || asked !== e) return;
      // The offer's own mass, as the estimator reads it: the page's weight, else the title's ("…, 500 g").
      const ownMass = product.weightKg ?? readers.weightFromText(product.title);
      return send({
        type: 'estimate',
        products: variants.map((v) => ({ ...product, weightKg: v.weightKg, weightIsContent: true })),
      }).then((reply) => {
        const choices = reply.ok ? readers.variantChoices(e, ownMass, variants, reply.estimates) : [];
        if (choices.length && asked === e) update({ status: 'ready', estimate: { ...e, variants: choices } });
      });
    });
  };
  const update = (state: BadgeState) => {
    latest = state;
    badge.update(state);
    ask();
  };
  const opened = () => {
    open = true;
    ask();
  };
  return { update, remove: () => badge.remove(), opened };
}
