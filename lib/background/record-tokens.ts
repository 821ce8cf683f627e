/**
 * One-time record tokens: the background hands one out with each estimate it makes for a web
 * page's tab, and accepts `purchase.record` from a content script only with a token that it
 * issued for that tab, that site and that exact product, unexpired and unused. So the ledger holds
 * only what the background itself estimated for the page the user was on.
 *
 * A token is `payload.mac`: payload = [tabId, site, expiry, nonce], mac = HMAC-SHA-256 over the
 * payload and the product's fingerprint with a per-session secret. Issuing writes nothing; using
 * one records its nonce as spent. Secret and spent nonces live in session storage (through
 * `TokenPersistence`) so that a stopped and restarted worker still honours a token it issued.
 */
export interface TokenPersistence {
  loadSecret(): Promise<Uint8Array | null>;
  saveSecret(secret: Uint8Array): Promise<void>;
  /** Spent nonces with their expiry (ms since epoch). */
  loadSpent(): Promise<Record<string, number>>;
  saveSpent(spent: Record<string, number>): Promise<void>;
}

export interface TokenClaims {
  tabId: number;
  /** The sender tab's site (see site.ts). */
  site: string;
  /** Fingerprint of the product as estimated (estimator-service productKey). */
  product: string;
}

export type TokenCheck =
  | { ok: true; nonce: string }
  | { ok: false; reason: 'malformed' | 'forged' | 'expired' | 'spent' | 'wrong-tab' | 'wrong-site' };

export const TOKEN_TTL_MS = 30 * 60_000;

export function memoryTokenPersistence(): TokenPersistence {
  let secret: Uint8Array | null = null;
  let spent: Record<string, number> = {};
  return {
    loadSecret: async () => secret,
    saveSecret: async (s) => void (secret = s),
    loadSpent: async () => ({ ...spent }),
    saveSpent: async (s) => void (spent = { ...s }),
  };
}

const enc = new TextEncoder();
const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export function createRecordTokens(store: TokenPersistence, opts: { now?: () => number; ttlMs?: number } = {}) {
  const now = opts.now ?? Date.now;
  const ttl = opts.ttlMs ?? TOKEN_TTL_MS;
  let key: Promise<CryptoKey> | null = null;
  let spent: Promise<Map<string, number>> | null = null;
  /** Nonces being used by a record in flight: a second use of the same token waits for no one. */
  const inFlight = new Set<string>();

  function hmacKey(): Promise<CryptoKey> {
    key ??= (async () => {
      let secret = await store.loadSecret();
      if (!secret) {
        secret = crypto.getRandomValues(new Uint8Array(32));
        await store.saveSecret(secret);
      }
      return crypto.subtle.importKey('raw', secret as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    })().catch((e) => {
      key = null;
      throw e;
    });
    return key;
  }
  const spentNonces = () => (spent ??= store.loadSpent().then((r) => new Map(Object.entries(r))));

  async function mac(payload: string, product: string): Promise<string> {
    const sig = await crypto.subtle.sign('HMAC', await hmacKey(), enc.encode(`${payload}\n${product}`));
    return b64url(new Uint8Array(sig));
  }

  return {
    async issue(c: TokenClaims): Promise<string> {
      const nonce = b64url(crypto.getRandomValues(new Uint8Array(12)));
      const payload = b64url(enc.encode(JSON.stringify([c.tabId, c.site, now() + ttl, nonce])));
      return `${payload}.${await mac(payload, c.product)}`;
    },

    /** Checks a token for these claims and reserves it; call `spend` or `release` afterwards. */
    async check(token: string, c: TokenClaims): Promise<TokenCheck> {
      const [payload, sig, extra] = token.split('.');
      if (!payload || !sig || extra !== undefined) return { ok: false, reason: 'malformed' };
      let claims: unknown;
      try {
        claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
      } catch {
        return { ok: false, reason: 'malformed' };
      }
      if (!Array.isArray(claims) || claims.length !== 4) return { ok: false, reason: 'malformed' };
      const [tabId, site, exp, nonce] = claims as [unknown, unknown, unknown, unknown];
      if (
        typeof tabId !== 'number' ||
        typeof site !== 'string' ||
        typeof exp !== 'number' ||
        typeof nonce !== 'string'
      ) {
        return { ok: false, reason: 'malformed' };
      }
      // The MAC covers the product: a token for one product is forged for any other.
      if ((await mac(payload, c.product)) !== sig) return { ok: false, reason: 'forged' };
      if (tabId !== c.tabId) return { ok: false, reason: 'wrong-tab' };
      if (site !== c.site) return { ok: false, reason: 'wrong-site' };
      if (exp < now()) return { ok: false, reason: 'expired' };
      if (inFlight.has(nonce) || (await spentNonces()).has(nonce)) return { ok: false, reason: 'spent' };
      inFlight.add(nonce);
      return { ok: true, nonce };
    },

    /** The record was made: the token can never be used again. */
    async spend(nonce: string): Promise<void> {
      const map = await spentNonces();
      const t = now();
      for (const [n, exp] of map) if (exp < t) map.delete(n); // expired tokens fail on expiry anyway
      map.set(nonce, t + ttl);
      inFlight.delete(nonce);
      await store.saveSpent(Object.fromEntries(map));
    },

    /** Nothing was recorded (e.g. same-day question): the token stays usable. */
    release(nonce: string): void {
      inFlight.delete(nonce);
    },
  };
}
export type RecordTokens = ReturnType<typeof createRecordTokens>;
