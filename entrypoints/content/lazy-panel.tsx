/**
 * The badge's panel as the content script fills its slot (components/panel-slot.ts): an empty
 * container that the panel's own file renders into once it is in this frame. That file is asked
 * for on the first open of any badge in the frame (one message; the background injects it) and
 * kept for the rest of the page's life.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { resolveOffered, type PanelSlotProps } from '../../components/panel-slot';
import { useI18n } from '../../components/i18n';
import { browser } from 'wxt/browser';
import { PAGE_PANEL } from '../../lib/content/inject-message';
import { panelApi, type PanelApi } from './panel-api';

let loading: Promise<PanelApi | null> | null = null;

/** The panel's API, loading its file into this frame the first time (null where it cannot be loaded). */
export function loadPanel(): Promise<PanelApi | null> {
  const api = panelApi();
  if (api) return Promise.resolve(api);
  loading ??= browser.runtime.sendMessage({ type: PAGE_PANEL }).then(
    () => panelApi(),
    () => null,
  );
  // A failed load (worker restarting, extension updated) may be tried again on the next open.
  return loading.then((got) => (got ? got : ((loading = null), null)));
}

export function LazyPanel(props: PanelSlotProps) {
  const i = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [api, setApi] = useState<PanelApi | null>(panelApi);
  useEffect(() => {
    if (api) return;
    let gone = false;
    void loadPanel().then((got) => !gone && got && setApi(got));
    return () => {
      gone = true;
    };
  }, [api]);
  // Drawn (again) on every change of the estimate or the handlers, as a child component would be.
  useEffect(() => {
    if (api && box.current)
      api.render(box.current, { ...props, offered: resolveOffered(props.offered, api.readers) }, i);
  });
  useEffect(() => {
    const el = box.current;
    return () => {
      if (el) panelApi()?.unmount(el);
    };
  }, []);
  return <div ref={box} />;
}
