import type { Product } from '../extract/types';
import type { ProductMessage } from '../messaging/protocol';

/** A language tag as pages write it in `<html lang>` ("de", "pt-BR", "zh_Hant"). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;

/** The page's `<html lang>` when it is a language tag, else null (a page may write anything there). */
export function pageLang(raw: string | null | undefined): string | null {
  const tag = raw?.trim() ?? '';
  return tag.length <= 35 && LANGUAGE_TAG.test(tag) ? tag : null;
}

/**
 * Drops nulls and empty lists so the message is small and passes the background's schema. `lang`
 * is the page's language (`<html lang>`): the classifier's hint for a word that is ambiguous
 * between languages.
 */
export function toMessage(
  p: Partial<Product> & { title: string },
  pageUrl: string,
  lang?: string | null,
): ProductMessage {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  out.url ??= pageUrl;
  const tag = pageLang(lang);
  if (tag) out.lang = tag;
  return out as ProductMessage;
}
