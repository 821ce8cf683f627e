import { describe, expect, it } from 'vitest';
import { matchesHostPatterns, sameSite, siteOf } from './site';

describe('siteOf', () => {
  it.each([
    ['https://www.otto.de/p/x', 'otto.de'],
    ['https://smile.amazon.co.uk/dp/1', 'amazon.co.uk'],
    ['http://localhost:8080/x', 'localhost'],
    ['https://shop.example.com.au/x', 'example.com.au'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['file:///tmp/a.html', null],
    ['not a url', null],
  ])('%s -> %s', (url, site) => expect(siteOf(url)).toBe(site));

  it('same site only for http(s) URLs of one site', () => {
    expect(sameSite('https://www.amazon.com/dp/1', 'https://amazon.com/gp/your-account/order-details')).toBe(true);
    expect(sameSite('https://amazon.com.evil.example/', 'https://www.amazon.com/')).toBe(false);
    expect(sameSite('javascript:1', 'javascript:1')).toBe(false);
  });
});

describe('matchesHostPatterns', () => {
  const patterns = ['*://*.otto.de/*', '*://shop.example.com/*'];
  it('covers the domain and its subdomains for *. patterns, the exact host otherwise', () => {
    expect(matchesHostPatterns('https://www.otto.de/p/1', patterns)).toBe(true);
    expect(matchesHostPatterns('https://otto.de/', patterns)).toBe(true);
    expect(matchesHostPatterns('https://shop.example.com/x', patterns)).toBe(true);
    expect(matchesHostPatterns('https://a.shop.example.com/x', patterns)).toBe(false);
    expect(matchesHostPatterns('https://nototto.de/', patterns)).toBe(false);
    expect(matchesHostPatterns('https://otto.de.evil.example/', patterns)).toBe(false);
    expect(matchesHostPatterns('file:///otto.de/', patterns)).toBe(false);
    expect(matchesHostPatterns(undefined, patterns)).toBe(false);
  });
});
