/**
 * Typed sender. Imports only types from the protocol so that Zod stays out of the content script.
 */
import { browser } from 'wxt/browser';
import type { Request, Response } from './protocol';

/**
 * The background's reply as a Response. The on-demand scripts call the browser's own
 * `runtime.sendMessage` (no polyfill, scripts/build/native-browser.ts), so a handler that failed
 * in the background comes back as the polyfill's rejection object (`__mozWebExtensionPolyfillReject__`,
 * from the background's polyfill in Chromium) rather than as a rejection: any reply without a
 * boolean `ok` is an error here, with its message when it has one.
 */
export function toResponse<R extends { ok: boolean }>(reply: unknown): R | { ok: false; error: string } {
  if (!reply) return { ok: false, error: 'no reply from the background worker' };
  if (typeof reply === 'object' && typeof (reply as { ok?: unknown }).ok === 'boolean') return reply as R;
  const message = (reply as { message?: unknown }).message;
  return { ok: false, error: typeof message === 'string' ? message : 'malformed reply from the background worker' };
}

export async function send<T extends Request>(request: T): Promise<Response<T['type']>> {
  return toResponse((await browser.runtime.sendMessage(request)) as unknown) as Response<T['type']>;
}
