import { describe, expect, it } from 'vitest';
import { toResponse } from './client';

describe('toResponse', () => {
  it('passes a well-formed reply through', () => {
    const ok = { ok: true, estimates: [] };
    expect(toResponse(ok)).toBe(ok);
    const err = { ok: false, error: 'built-in shops are off' };
    expect(toResponse(err)).toBe(err);
  });
  it('turns no reply into an error', () => {
    expect(toResponse(undefined)).toEqual({ ok: false, error: 'no reply from the background worker' });
  });
  it("turns the background polyfill's rejection object into an error with its message", () => {
    expect(toResponse({ __mozWebExtensionPolyfillReject__: true, message: 'pack missing' })).toEqual({
      ok: false,
      error: 'pack missing',
    });
  });
  it('turns any other reply into an error', () => {
    expect(toResponse('yes')).toEqual({ ok: false, error: 'malformed reply from the background worker' });
    expect(toResponse({ estimates: [] })).toEqual({ ok: false, error: 'malformed reply from the background worker' });
  });
});
