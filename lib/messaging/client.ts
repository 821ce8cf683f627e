/**
 * Typed sender. Imports only types from the protocol so that Zod stays out of the content script.
 */
import { browser } from 'wxt/browser';
import type { Request, Response } from './protocol';

export async function send<T extends Request>(request: T): Promise<Response<T['type']>> {
  const reply = (await browser.runtime.sendMessage(request)) as Response<T['type']> | undefined;
  if (!reply) return { ok: false, error: 'no reply from the background worker' };
  return reply;
}
