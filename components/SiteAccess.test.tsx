// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { AllShops } from './AllShops';
import { SiteAccess } from './SiteAccess';

const view = (el: preact.JSX.Element) => {
  const root = document.createElement('div');
  render(el, root);
  return root;
};

describe('SiteAccess', () => {
  it('offers "always on this site" on a shop Embodied ran on once, and asks when clicked', () => {
    const onAlways = vi.fn();
    const root = view(<SiteAccess host="shop.example" status="not-allowed" ran={{ ok: true }} onAlways={onAlways} />);
    expect(root.textContent).toContain('once');
    (root.querySelector('[data-testid="always-on-site"]') as HTMLButtonElement).click();
    expect(onAlways).toHaveBeenCalledOnce();
  });
  it('offers nothing where Embodied already runs, and says so', () => {
    const root = view(<SiteAccess host="www.otto.de" status="built-in" ran={{ ok: true }} onAlways={() => {}} />);
    expect(root.querySelector('[data-testid="always-on-site"]')).toBeNull();
    expect(root.textContent).toContain('runs on www.otto.de');
  });
  it('shows why a run failed, and nothing on pages that are not web pages', () => {
    expect(
      view(
        <SiteAccess host="x.example" status="not-allowed" ran={{ ok: false, error: 'denied' }} onAlways={() => {}} />,
      ).textContent,
    ).toContain('denied');
    expect(view(<SiteAccess host={null} status="unsupported" ran={null} onAlways={() => {}} />).textContent).toBe('');
  });
});

describe('AllShops', () => {
  it('reports the toggle', () => {
    const onChange = vi.fn();
    const root = view(<AllShops enabled={false} onChange={onChange} />);
    const box = root.querySelector('[data-testid="all-shops-toggle"]') as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
