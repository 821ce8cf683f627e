// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasProductSignals, originPatternFor, userSitePatterns } from './user-sites';

describe('user sites', () => {
  it.each([
    ['shop.example.com', '*://shop.example.com/*'],
    ['https://Shop.Example.com/p/1?x=2', '*://shop.example.com/*'],
    ['  www.bol.com ', '*://www.bol.com/*'],
    ['localhost', null],
    ['javascript:alert(1)', null],
    ['', null],
    ['file:///etc/passwd', null],
  ])('%s -> %s', (input, pattern) => expect(originPatternFor(input)).toBe(pattern));

  it('keeps only granted single-host origins the built-in script does not cover', () => {
    expect(userSitePatterns(['*://www.bol.com/*', '*://*.amazon.de/*', '<all_urls>', '*://www.bol.com/*'], ['*://*.amazon.de/*'])).toEqual([
      '*://www.bol.com/*',
    ]);
  });

  it('detects product signals cheaply', () => {
    document.body.innerHTML = '<p>hello</p>';
    expect(hasProductSignals(document)).toBe(false);
    document.head.innerHTML = '<meta property="og:type" content="product">';
    expect(hasProductSignals(document)).toBe(true);
  });
});
