/**
 * The page specs (./page-spec.ts) from the registry: what the product bundle needs to know of the
 * shops in the page, as plain data (no code, no RegExp objects). Built at build time (wxt.config.ts
 * puts them in the bundle as JSON text, `__EMBODIED_PAGE_SPECS_JSON__`, and the detector gets the
 * `full` shops' patterns), so the bundle carries neither the adapters nor their code hooks.
 *
 * - A shop whose product needs code (an adapter module, or a spec with a product hook) is `full`:
 *   its product pages get the whole on-demand script, which runs that code.
 * - Otherwise the page reads the spec's elements (title, shown price, badge anchor) and the worker
 *   applies the spec's rules to what was read (lib/extract/facts.ts).
 */
import { ADAPTERS, specOf } from './index';
import type { PageSpec } from './page-spec';

/** Every shop of the registry, in its order. */
export function pageSpecs(): PageSpec[] {
  return ADAPTERS.map((a) => {
    const spec = specOf(a);
    return {
      matches: a.matches,
      full: !spec || !!spec.hooks?.product,
      pages: (spec?.pages ?? []).map((p) => [p.kind, p.path.source, p.path.flags] as PageSpec['pages'][number]),
      title: spec?.title ?? null,
      price: spec?.price?.selectors ?? [],
      anchor: spec?.anchor ?? [],
      anchorHasText: !!spec?.anchorHasText,
    };
  });
}
