import { describe, expect, it } from 'vitest';
import { placePanel } from './panel-placement';

const vp = { width: 1280, height: 800 };
const at = (left: number, top: number) => ({ left, top, right: left + 100, bottom: top + 24 });

describe('placePanel', () => {
  it('opens below the badge, from its left edge', () => {
    expect(placePanel(at(100, 100), 300, vp, false)).toEqual({ left: 100, top: 128, width: 420, maxHeight: 664 });
  });

  it('flips above when there is no room below', () => {
    const p = placePanel(at(100, 700), 300, vp, false);
    expect(p.top + 300).toBeLessThanOrEqual(700);
    expect(p.top).toBeGreaterThanOrEqual(8);
  });

  it('clamps into a narrow (640 px) viewport and at 200% zoom (a 640 px wide CSS viewport)', () => {
    const p = placePanel(at(600, 100), 300, { width: 640, height: 400 }, false);
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.left + p.width).toBeLessThanOrEqual(632);
  });

  it('aligns to the badge’s right edge on right-to-left pages and stays inside', () => {
    const p = placePanel(at(1100, 100), 300, vp, true);
    expect(p.left + p.width).toBe(1200);
    const edge = placePanel(at(10, 100), 300, vp, true);
    expect(edge.left).toBe(8);
  });

  it('never wider than the viewport', () => {
    expect(placePanel(at(0, 0), 300, { width: 300, height: 500 }, false).width).toBe(284);
  });
});
