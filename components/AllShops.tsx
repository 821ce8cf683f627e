/**
 * The options page's opt-in for every shop: one optional host permission for all sites, after which
 * the small detector runs everywhere and loads the rest only on pages with products. A view only.
 */
export interface AllShopsProps {
  enabled: boolean;
  onChange(enable: boolean): void;
}

export function AllShops({ enabled, onChange }: AllShopsProps) {
  return (
    <section data-testid="all-shops">
      <h2>Every shop</h2>
      <label>
        <input
          type="checkbox"
          data-testid="all-shops-toggle"
          checked={enabled}
          onChange={(e) => onChange((e.target as HTMLInputElement).checked)}
        />{' '}
        Look for products on every site I visit
      </label>
      <p class="muted small">
        A small check runs on each page; extraction and badges load only where a product, a listing or an order is
        found. Pages without products stay untouched, and nothing is sent anywhere.
      </p>
    </section>
  );
}
