/** Which country's shelf price this is (for VAT): from the shop's host, else from the currency. */

const TLD_COUNTRY: [suffix: string, country: string][] = [
  ['.co.uk', 'GB'],
  ['.uk', 'GB'],
  ['.co.jp', 'JP'],
  ['.jp', 'JP'],
  ['.com.au', 'AU'],
  ['.au', 'AU'],
  ['.co.nz', 'NZ'],
  ['.nz', 'NZ'],
  ['.de', 'DE'],
  ['.fr', 'FR'],
  ['.es', 'ES'],
  ['.it', 'IT'],
  ['.nl', 'NL'],
  ['.be', 'BE'],
  ['.at', 'AT'],
  ['.ie', 'IE'],
  ['.pt', 'PT'],
  ['.fi', 'FI'],
  ['.se', 'SE'],
  ['.dk', 'DK'],
  ['.pl', 'PL'],
  ['.cz', 'CZ'],
  ['.ch', 'CH'],
  ['.no', 'NO'],
  ['.ca', 'CA'],
  ['.us', 'US'],
  ['.com.mx', 'MX'],
  ['.com.br', 'BR'],
  ['.in', 'IN'],
];

/** Currencies used by one country only in our VAT table. EUR is shared, so it is absent. A Map: the key is page text. */
const CURRENCY_COUNTRY = new Map<string, string>(
  Object.entries({
    USD: 'US',
    GBP: 'GB',
    JPY: 'JP',
    CAD: 'CA',
    AUD: 'AU',
    NZD: 'NZ',
    CHF: 'CH',
    SEK: 'SE',
    DKK: 'DK',
    NOK: 'NO',
    PLN: 'PL',
    CZK: 'CZ',
  }),
);

export interface CountryGuess {
  country: string | null;
  basis: string;
}

/** The URL's host, lower case, or null when there is no URL or it does not parse. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function countryOf(url: string | null | undefined, currency: string | null | undefined): CountryGuess {
  const host = hostOf(url);
  const cur = currency?.toUpperCase() ?? null;
  if (host) {
    const hit = TLD_COUNTRY.find(([suffix]) => host.endsWith(suffix));
    if (hit) {
      const expected = cur ? CURRENCY_COUNTRY.get(cur) : undefined;
      // amazon.de showing GBP is rare; when host and currency disagree, the currency wins
      // if it names a single country.
      if (expected && expected !== hit[1] && !(cur === 'EUR'))
        return { country: expected, basis: `currency ${cur} (host ${host} disagrees)` };
      return { country: hit[1], basis: `shop host ${host}` };
    }
  }
  const single = cur ? CURRENCY_COUNTRY.get(cur) : undefined;
  if (single) return { country: single, basis: `currency ${cur}` };
  if (host && host.endsWith('.com') && (!cur || cur === 'USD')) return { country: 'US', basis: `shop host ${host}` };
  return { country: null, basis: cur ? `currency ${cur} (no single country)` : 'no host or currency' };
}

const EURO_COUNTRIES = new Set([
  'AT',
  'BE',
  'DE',
  'ES',
  'FI',
  'FR',
  'IE',
  'IT',
  'NL',
  'PT',
  'GR',
  'LU',
  'SK',
  'SI',
  'EE',
  'LV',
  'LT',
  'CY',
  'MT',
  'HR',
]);

/** The currency shelf prices are shown in for a country, when the page did not say. */
export function currencyOfCountry(country: string | null): string | null {
  if (!country) return null;
  if (EURO_COUNTRIES.has(country)) return 'EUR';
  return [...CURRENCY_COUNTRY].find(([, c]) => c === country)?.[0] ?? null;
}
