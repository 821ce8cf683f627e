// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { placeOutsideInteractive } from './badge-placement';

function dom(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('placeOutsideInteractive', () => {
  it('moves a badge meant for a price inside a product link to just after the link', () => {
    const d = dom('<div class="tile"><a href="/dp/1" id="link"><span class="price" id="p">$9</span></a></div>');
    const out = placeOutsideInteractive(d.getElementById('p')!, 'after');
    expect(out.anchor.id).toBe('link');
    expect(out.append).toBe('after');
  });

  it('takes the outermost of nested links and buttons', () => {
    const d = dom('<a href="/x" id="outer"><div role="button"><span id="p">$9</span></div></a>');
    expect(placeOutsideInteractive(d.getElementById('p')!, 'after').anchor.id).toBe('outer');
  });

  it('never appends inside a tile that is itself a link', () => {
    const d = dom('<a href="/x" id="tile"><h2>Title</h2></a>');
    expect(placeOutsideInteractive(d.getElementById('tile')!, 'last')).toMatchObject({ append: 'after' });
  });

  it('leaves a badge that is outside any link where it was', () => {
    const d = dom('<div><a href="/x">Title</a><span id="p">$9</span></div>');
    const p = d.getElementById('p')!;
    expect(placeOutsideInteractive(p, 'after')).toEqual({ anchor: p, append: 'after' });
  });
});
