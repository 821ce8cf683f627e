import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { idsOf, pageIds } from './page-ids';

describe('pageIds', () => {
  it('maps each id to its first element, a form whose control is named "id" by its attribute', () => {
    const doc = parseDocument(
      '<html><body><div id="a">1</div><form id="buy"><input name="id" value="B0X"></form><p id="a">2</p><form><input name="id"></form></body></html>',
    );
    expect([...idsOf(doc).keys()]).toEqual(['a', 'buy']);
    const ids = pageIds(doc);
    expect(ids.get('a')?.textContent).toBe('1');
    expect(ids.get('buy')?.tagName).toBe('FORM');
  });
});
