/**
 * `ownText` reads an element's one text node instead of building its textContent (a script's JSON
 * text, read for JSON-LD and server-rendered state). It must be the textContent, whatever the
 * element holds: no child, one text node, several, CDATA sections, comments, elements.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../lib/extract/load';
import { ownText } from '../../lib/extract/generic/text';
import { budget } from './budget';

const part = fc.oneof(
  fc.record({ text: fc.string({ maxLength: 12 }) }),
  fc.record({ cdata: fc.constantFrom('', '7', '{"a":1}') }),
  fc.record({ comment: fc.constantFrom('', 'x') }),
  fc.record({ element: fc.constantFrom('', 'b', '{"x":2}') }),
);

describe('ownText', () => {
  it('is the textContent of the element (generated children)', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 5 }), fc.constantFrom('script', 'div'), (parts, tag) => {
        const doc = parseDocument('<html><body></body></html>');
        const el = doc.createElement(tag);
        for (const p of parts) {
          if ('text' in p) el.append(doc.createTextNode(p.text));
          else if ('cdata' in p) el.append(doc.createCDATASection(p.cdata));
          else if ('comment' in p) el.append(doc.createComment(p.comment));
          else {
            const b = doc.createElement('b');
            b.textContent = p.element;
            el.append(b);
          }
        }
        doc.body.append(el);
        expect(ownText(el)).toBe(el.textContent ?? '');
      }),
      budget(300),
    );
  });

  it('reads a parsed script', () => {
    const doc = parseDocument('<html><body><script type="application/json">{"a": "<b>"}</script></body></html>');
    expect(ownText(doc.querySelector('script')!)).toBe('{"a": "<b>"}');
  });
});
