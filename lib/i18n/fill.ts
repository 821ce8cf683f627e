/** Placeholder filling shared by the in-page and the popup/options catalogues. */
export type Params = Record<string, string | number>;

/** "{n} items" + {n: 3} -> "3 items"; an unknown placeholder stays as written. */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
}
