/**
 * Messages from the on-demand part to the background with the browser's own `browser` / `chrome`
 * namespace (runtime.sendMessage returns a promise in both MV3 browsers), not wxt/browser: that is
 * the webextension polyfill, which this script would evaluate on every product page.
 */
import type { Request, Response } from '../../lib/messaging/protocol';

interface RuntimeApi {
  runtime?: { sendMessage(message: unknown): Promise<unknown> };
}

/** The polyfill's one difference that matters here: a port closed without a reply is "no reply", not an error. */
const NO_REPLY = /message port closed before a response was received/i;

export function sendMessage(message: unknown): Promise<unknown> {
  const g = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
  const runtime = (g.browser ?? g.chrome)?.runtime;
  if (!runtime) return Promise.reject(new Error('the extension was updated or removed'));
  return runtime.sendMessage(message).catch((e: unknown) => {
    if (e instanceof Error && NO_REPLY.test(e.message)) return undefined;
    throw e;
  });
}

/** Typed like lib/messaging/client.ts's `send`. */
export async function send<T extends Request>(request: T): Promise<Response<T['type']>> {
  const reply = (await sendMessage(request)) as Response<T['type']> | undefined;
  if (!reply) return { ok: false, error: 'no reply from the background worker' };
  return reply;
}
