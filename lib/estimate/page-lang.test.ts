/**
 * The page's language (`<html lang>`, sent with each product by lib/content/to-message.ts) reaches
 * the classifier, as the shop's host does: the classifier's rules that need a language (German and
 * Dutch compounds, head-first weighting, false friends) work on real pages only with it.
 */
import { describe, expect, it } from 'vitest';
import { loadRuntime } from '../../scripts/estimate/runtime';
import { estimateProducts } from './index';
import type { ProductInput } from './input';

const runtime = loadRuntime();
const one = async (p: ProductInput) => (await estimateProducts([p], await runtime))[0]!;

const BACKPACKS = 100;
const SHIRTS_AND_TOPS = 212;

describe("the page's language and host reach the classifier (#15)", () => {
  it('a German compound is split on a German page', async () => {
    const title = 'Wanderrucksack Gipfel 32';
    expect((await one({ title, lang: 'de' })).categoryId).toBe(BACKPACKS);
    expect((await one({ title })).categoryId).not.toBe(BACKPACKS);
  });
  it('a word shared by two languages takes the page language\'s meaning ("Tee" is a T-shirt in English)', async () => {
    expect((await one({ title: 'Organic Tee', lang: 'en-GB' })).categoryId).toBe(SHIRTS_AND_TOPS);
  });
  it("a 'title' that is the shop's own name, as its host writes it, gets no category", async () => {
    expect((await one({ title: 'Coffee Circle' })).categoryId).not.toBeNull();
    const e = await one({ title: 'Coffee Circle', url: 'https://www.coffeecircle.com/de/p/123' });
    expect(e.categoryId).toBeNull();
  });
});
