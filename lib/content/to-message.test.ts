import { describe, expect, it } from 'vitest';
import { ProductInputSchema } from '../messaging/protocol';
import { pageLang, toMessage } from './to-message';

describe('toMessage: the page language goes with the product (#15)', () => {
  it('keeps a language tag as pages write it', () => {
    for (const tag of ['de', 'pt-BR', 'zh_Hant', 'en-GB', 'fil']) expect(pageLang(tag)).toBe(tag);
    expect(pageLang('  ja ')).toBe('ja');
  });
  it('drops what is no language tag, so the message still passes the schema', () => {
    for (const bad of ['', 'x', 'english please', 'de,en', '{{lang}}', 'a'.repeat(40), null, undefined])
      expect(pageLang(bad)).toBeNull();
    const m = toMessage({ title: 'Termos 1 l' }, 'https://shop.example/p', '{{ page.lang }}');
    expect(m).not.toHaveProperty('lang');
    expect(ProductInputSchema.safeParse(m).success).toBe(true);
  });
  it('sends it, and the background schema accepts it', () => {
    const m = toMessage({ title: 'Wanderrucksack Gipfel 32', price: 89 }, 'https://shop.example/p', 'de-DE');
    expect(m.lang).toBe('de-DE');
    expect(ProductInputSchema.parse(m).lang).toBe('de-DE');
  });
});
