// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../lib/i18n';
import { CorrectionForm, categoryChoices } from './CorrectionForm';
import { I18nContext } from './i18n';

function mount(node: preact.VNode) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<I18nContext.Provider value={createI18n('en')}>{node}</I18nContext.Provider>, root));
  return root;
}
const q = <T extends Element>(root: Element, id: string) => root.querySelector(`[data-testid=${id}]`) as T;

function submit(form: HTMLFormElement, trusted: boolean) {
  const e = new Event('submit', { bubbles: true, cancelable: true });
  if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
  form.dispatchEvent(e);
}

describe('CorrectionForm', () => {
  it('offers the detected category and its broader ones', () => {
    expect(categoryChoices('A > B > C')).toEqual(['A > B > C', 'A > B', 'A']);
    expect(categoryChoices(null)).toEqual([]);
  });

  it('sends only the fields the user set, on the user\u2019s own submit only', async () => {
    const onCorrect = vi.fn(async () => true);
    const root = mount(<CorrectionForm category="Apparel & Accessories > Clothing" onCorrect={onCorrect} />);
    q<HTMLInputElement>(root, 'embodied-correct-weight').value = '0,4';
    q<HTMLSelectElement>(root, 'embodied-correct-condition').value = 'used';
    q<HTMLSelectElement>(root, 'embodied-correct-category').value = 'Apparel & Accessories';
    const form = root.querySelector('form')!;
    submit(form, false);
    expect(onCorrect).not.toHaveBeenCalled();
    await act(async () => submit(form, true));
    expect(onCorrect).toHaveBeenCalledWith({
      category: 'Apparel & Accessories',
      weightKg: 0.4,
      quantity: null,
      condition: 'used',
    });
  });

  it('shows the kept correction, can undo it, and says when saving failed', async () => {
    const onCorrect = vi.fn(async () => false);
    const root = mount(<CorrectionForm category="A > B" corrected={{ weightKg: 2 }} onCorrect={onCorrect} />);
    expect(q<HTMLInputElement>(root, 'embodied-correct-weight').value).toBe('2');
    const reset = q<HTMLButtonElement>(root, 'embodied-correct-reset');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    await act(async () => {
      reset.dispatchEvent(click);
    });
    expect(onCorrect).toHaveBeenCalledWith(null);
    expect(root.querySelector('[role=alert]')?.textContent).toBe('The correction could not be saved.');
  });
});
