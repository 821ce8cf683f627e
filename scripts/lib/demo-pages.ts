/**
 * The bundled demo pages: real saved shop pages, served at their real URLs by request
 * interception so that the extension's production match patterns are what runs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PAGES_DIR = join(ROOT, 'tests', 'fixtures', 'pages');

export interface DemoPage {
  name: string;
  file: string;
  url: string;
  kind: 'product' | 'listing';
}

export const DEMO_PAGES: DemoPage[] = [
  {
    name: 'otto-fairphone',
    file: 'otto/fairphone-4-bundle.html',
    url: 'https://www.otto.de/p/fairphone-fairphone-4-bundle-mit-recable-usb-c-kabel-plus-charger-smartphone-6-3-zoll-48-mp-kamera-S0S5O0LN/',
    kind: 'product',
  },
  {
    name: 'zalando-tshirt',
    file: 'zalando-de/armedangels-tshirt.html',
    url: 'https://www.zalando.de/armedangels-jaames-turntables-t-shirt-print-acid-black-ar322o0bc-c11.html',
    kind: 'product',
  },
  {
    name: 'amazon-search',
    file: 'amazon-com/search-portable-charger.html',
    url: 'https://www.amazon.com/s?k=portable+charger',
    kind: 'listing',
  },
];

export function demoBody(page: Pick<DemoPage, 'file'>): Buffer {
  return readFileSync(join(PAGES_DIR, page.file));
}
