/**
 * The on-demand content script bundles English only: the other catalogues are handed over by the
 * background, one language at a time (lib/content/catalogue-handover.ts). This walks its runtime
 * imports (type-only imports are erased) as the popup's import test does.
 */
import { describe, expect, it } from 'vitest';
import { graph } from '../../scripts/lib/import-graph';

describe('on-demand content script imports', () => {
  it('bundles no catalogue but English', () => {
    const files = [...graph('entrypoints/on-demand.content.ts')];
    expect(files).toContain('lib/i18n/en.ts');
    expect(files.filter((f) => /^lib\/i18n\/(de|fr|es|zh-CN|index)\.ts$/.test(f))).toEqual([]);
  });

  it("bundles no panel: a badge's panel is its own file, loaded on the first open", () => {
    const files = [...graph('entrypoints/on-demand.content.ts')];
    expect(files).toContain('components/Badge.tsx');
    const panel = ['components/EstimatePanel.tsx', 'components/CorrectionForm.tsx', 'components/OtherChoices.tsx'];
    expect(files.filter((f) => panel.includes(f))).toEqual([]);
    expect([...graph('entrypoints/in-page-panel.tsx')]).toEqual(expect.arrayContaining(panel));
  });
});
