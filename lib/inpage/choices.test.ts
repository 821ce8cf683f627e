// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { otherChoices } from './choices';
import { offeredConditions } from './offered-conditions';

const page = (html: string) =>
  new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('conditions the page offers', () => {
  it('reads schema.org offers with their itemCondition', () => {
    const doc = page(
      ld({
        '@type': 'Product',
        name: 'Phone',
        offers: [
          { '@type': 'Offer', price: 699, itemCondition: 'https://schema.org/NewCondition' },
          { '@type': 'Offer', price: 449, itemCondition: 'https://schema.org/RefurbishedCondition' },
        ],
      }),
    );
    expect(offeredConditions(doc)).toEqual(['new', 'refurbished']);
  });

  it('reads choice controls whose whole text is a condition, in several languages', () => {
    expect(offeredConditions(page('<main><a href="/o">Renewed from $199.00</a><label>New</label></main>'))).toEqual([
      'new',
      'refurbished',
    ]);
    expect(offeredConditions(page('<main><button>Neu</button><button>Gebraucht ab 80 €</button></main>'))).toEqual([
      'new',
      'used',
    ]);
    expect(
      offeredConditions(
        page('<main><select><option>Neuf</option><option>Reconditionné - Très bon état</option></select></main>'),
      ),
    ).toEqual(['new', 'refurbished']);
  });

  it('ignores navigation, long text and words that only start like a condition', () => {
    const doc = page(
      '<nav><a>Used</a></nav><header><a>Refurbished</a></header><main><a>New arrivals</a><a>Newest first</a>' +
        '<p>Used</p><a>Read how refurbished phones are tested before they are sold again</a></main>',
    );
    expect(offeredConditions(doc)).toEqual([]);
  });
});

describe('same product, other choices', () => {
  const newPhone = { kgCO2e: 60, low: 40, high: 90, flags: [] };
  it('applies the estimator rule to the new figure: refurbished 20%, used 10%', () => {
    const c = otherChoices(newPhone, ['new', 'refurbished', 'used']);
    expect(c.map((x) => [x.condition, x.kg, x.current])).toEqual([
      ['new', 60, true],
      ['refurbished', 12, false],
      ['used', 6, false],
    ]);
    expect(c[1].low).toBeCloseTo(4);
    expect(c[1].high).toBeCloseTo(40.5);
  });

  it('goes back to new from a refurbished estimate', () => {
    const c = otherChoices({ kgCO2e: 12, low: 4, high: 40.5, flags: ['condition-refurbished'] }, ['new']);
    expect(c.map((x) => [x.condition, Math.round(x.kg), x.current])).toEqual([
      ['new', 60, false],
      ['refurbished', 12, true],
    ]);
  });

  it('offers nothing when the page offers no other condition, or there is no figure', () => {
    expect(otherChoices(newPhone, ['new'])).toEqual([]);
    expect(otherChoices(newPhone, [])).toEqual([]);
    expect(otherChoices({ kgCO2e: null, low: null, high: null, flags: [] }, ['new', 'used'])).toEqual([]);
  });
});
