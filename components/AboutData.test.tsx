// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import manifest from '../public/factors/manifest.json';
import { AboutData, creditsBySource } from './AboutData';

describe('AboutData', () => {
  it('credits every shipped table, each source once, with its licence', () => {
    const credits = creditsBySource(manifest.tables);
    expect(credits.flatMap((c) => c.tables).sort()).toEqual(manifest.tables.map((t) => t.table).sort());
    const root = document.createElement('div');
    render(<AboutData version={manifest.version} tables={manifest.tables} />, root);
    for (const t of manifest.tables) {
      expect(root.textContent).toContain(t.source);
      expect(root.textContent).toContain(t.licence);
    }
    expect(root.textContent).toMatch(/ODbL/);
    expect(root.textContent).toMatch(/Open Government Licence/);
  });
});
