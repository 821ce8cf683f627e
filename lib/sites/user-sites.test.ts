import { describe, expect, it } from 'vitest';
import { detectorRegistration, originPatternFor, patternMatches, siteStatus, userSitePatterns } from './user-sites';

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
    expect(
      userSitePatterns(
        ['*://www.bol.com/*', '*://*.amazon.de/*', '<all_urls>', '*://www.bol.com/*'],
        ['*://*.amazon.de/*'],
      ),
    ).toEqual(['*://www.bol.com/*']);
  });
});

describe('all shops and the popup status', () => {
  const builtIn = ['*://*.amazon.de/*', '*://*.otto.de/*'];
  it('registers the detector everywhere but the built-in shops once the user opts in to all sites', () => {
    expect(detectorRegistration(['https://*/*', '*://www.bol.com/*'], builtIn)).toEqual({
      matches: ['https://*/*'],
      excludeMatches: builtIn,
    });
    expect(detectorRegistration(['*://www.bol.com/*'], builtIn)).toEqual({ matches: ['*://www.bol.com/*'] });
    expect(detectorRegistration([], builtIn)).toBeNull();
  });
  it('tells the popup what Embodied may do on the current page', () => {
    expect(siteStatus('https://www.otto.de/p/x/', [], builtIn)).toBe('built-in');
    expect(siteStatus('https://amazon.de/dp/1', [], builtIn)).toBe('built-in');
    expect(siteStatus('https://www.notamazon.de/x', [], builtIn)).toBe('not-allowed');
    expect(siteStatus('https://www.bol.com/nl/p/1', ['*://www.bol.com/*'], builtIn)).toBe('allowed');
    expect(siteStatus('https://shop.example/p/1', ['https://*/*'], builtIn)).toBe('all-sites');
    expect(siteStatus('http://shop.example/p/1', ['https://*/*'], builtIn)).toBe('not-allowed');
    expect(siteStatus('chrome://extensions/', ['https://*/*'], builtIn)).toBe('unsupported');
    expect(siteStatus(undefined, [], builtIn)).toBe('unsupported');
  });
  it('matches paths as globs', () => {
    expect(patternMatches('https://shop.example/p/*', new URL('https://shop.example/p/12?x=1'))).toBe(true);
    expect(patternMatches('https://shop.example/p/*', new URL('https://shop.example/q/12'))).toBe(false);
  });
});
