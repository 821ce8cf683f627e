/**
 * A forged message from the content script's own world: evaluated (over CDP) in the extension's
 * isolated world of a shop tab, where the content script runs, so the background sees the shop
 * tab as its sender exactly as for the real content script. Everything it tries must fail:
 * nothing recorded, nothing read. Self-contained: it is serialised with toString().
 */
/** The forged messages themselves, as run in the content script's world. */
export async function forgeMessages() {
  {
    const rt = ((globalThis as { browser?: { runtime: unknown } }).browser?.runtime ??
      (globalThis as unknown as { chrome: { runtime: unknown } }).chrome.runtime) as {
      sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; estimates?: { recordToken?: string }[] }>;
    };
    const product = { title: 'Forged 85 inch TV', price: 3999, currency: 'EUR', url: location.href };
    const rec = (over: Record<string, unknown>) =>
      rt.sendMessage({
        type: 'purchase.record',
        key: `forged-${Math.random()}`,
        product,
        quantity: 1,
        source: 'badge',
        ...over,
      });
    const est = await rt.sendMessage({
      type: 'estimate',
      products: [{ title: 'A harmless sock', url: location.href }],
    });
    const sockToken = est.estimates?.[0]?.recordToken ?? 'missing-token';
    return {
      madeUpToken: await rec({ recordToken: 'eyJ0YWIiOjF9.Zm9yZ2VkLXNpZ25hdHVyZQ' }),
      tokenOfAnotherProduct: await rec({ recordToken: sockToken }),
      javascriptUrl: await rec({
        recordToken: sockToken,
        product: { ...product, title: 'A harmless sock', url: 'javascript:alert(1)' },
      }),
      hugePrice: await rec({ recordToken: sockToken, product: { ...product, price: 99_999_999 } }),
      list: await rt.sendMessage({ type: 'purchase.list' }),
      overview: await rt.sendMessage({ type: 'ledger.overview' }),
      export: await rt.sendMessage({ type: 'ledger.export' }),
      erase: await rt.sendMessage({ type: 'ledger.erase' }),
    };
  }
}
