import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../i18n';
import { CATALOGUE_GLOBAL, handedCatalogue } from './catalogue-handover';

describe('catalogue handover', () => {
  it('reads a well-formed catalogue of a known locale', () => {
    const g = { [CATALOGUE_GLOBAL]: { locale: 'de', catalogue: CATALOGUES.de } };
    expect(handedCatalogue(g)?.catalogue.messages['badge.rough']).toBe('grob');
  });
  it('ignores a missing, unknown or malformed one (English is used)', () => {
    expect(handedCatalogue({})).toBeNull();
    expect(handedCatalogue({ [CATALOGUE_GLOBAL]: { locale: 'xx', catalogue: CATALOGUES.de } })).toBeNull();
    expect(
      handedCatalogue({
        [CATALOGUE_GLOBAL]: { locale: 'de', catalogue: { messages: { a: 1 }, flags: {}, steps: {} } },
      }),
    ).toBeNull();
    expect(handedCatalogue({ [CATALOGUE_GLOBAL]: { locale: 'de' } })).toBeNull();
  });
  it("keeps the locale's number symbols when well formed, drops them otherwise (the badge then uses Intl)", () => {
    const numbers = { decimal: ',', group: '.', minGroup: 1 };
    const g = { [CATALOGUE_GLOBAL]: { locale: 'de', catalogue: CATALOGUES.de, numbers } };
    expect(handedCatalogue(g)?.numbers).toEqual(numbers);
    const bad = { [CATALOGUE_GLOBAL]: { locale: 'de', catalogue: CATALOGUES.de, numbers: { decimal: ',' } } };
    expect(handedCatalogue(bad)).not.toBeNull();
    expect(handedCatalogue(bad)?.numbers).toBeUndefined();
  });
});
