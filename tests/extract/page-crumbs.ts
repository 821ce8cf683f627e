/**
 * A page's category trail as the whole extraction reads it and as the product bundle's facts do
 * (which must agree, or hand over to the whole extraction): for the tests of the page's own
 * category signals (lib/extract/generic/page-category-r22.test.ts, platform-category.test.ts).
 */
import { expect } from 'vitest';
import { extractPage } from '../../lib/extract';
import { parseDocument } from '../../lib/extract/load';
import { productFromFacts } from '../../lib/extract/facts';
import { collectProductFacts } from '../../lib/extract/facts-page';

export function crumbsBothWays(page: string, url: string): string[] {
  const whole = extractPage(parseDocument(page), url).product;
  const facts = collectProductFacts(parseDocument(page), url, null);
  const answer = facts.kind === 'facts' ? productFromFacts(facts.facts) : null;
  const viaFacts = answer?.kind === 'product' ? answer.product : answer?.kind === 'undecided' ? whole : null;
  expect(viaFacts?.category).toEqual(whole?.category);
  return whole?.category ?? [];
}
