/**
 * Factor-pack installation: whatever a new pack looks like (corrupt manifest, wrong or missing files,
 * rows without keys, a load failing half-way), readers see a whole pack: the old generation stays
 * active unless the new one was installed completely.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDexieFactorSource, installFactorPacks } from '../../lib/factors/cache';
import type { PackManifest, TableFile } from '../../lib/factors/tables';
import { makeTestPack as pack } from '../../lib/factors/test-pack';
import { budget } from './budget';

type Corruption = (files: Map<string, unknown>) => void;
/** Changes file `f` when an earlier corruption left it an object (corruptions compose). */
function edit<T>(m: Map<string, unknown>, f: string, change: (file: T) => void): void {
  const file = m.get(f);
  if (typeof file === 'object' && file !== null) {
    try {
      change(file as T);
    } catch {
      // that part is already gone: the pack is broken enough
    }
  }
}
const FILES = ['manifest.json', 'cpi.json', 'vat.json'];
/** One way a pack can be broken; `value` is arbitrary JSON-ish data to put somewhere. */
const corruption: fc.Arbitrary<[string, Corruption]> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...FILES), fc.anything())
    .map(([f, v]): [string, Corruption] => [`${f} replaced by ${JSON.stringify(v)?.slice(0, 40)}`, (m) => m.set(f, v)]),
  fc.constantFrom(...FILES).map((f): [string, Corruption] => [`${f} missing`, (m) => m.delete(f)]),
  fc
    .tuple(fc.constantFrom('cpi.json', 'vat.json'), fc.anything())
    .map(([f, v]): [string, Corruption] => [
      `${f} rows replaced`,
      (m) => edit<{ rows: unknown }>(m, f, (file) => (file.rows = v)),
    ]),
  fc
    .tuple(
      fc.constantFrom('cpi.json', 'vat.json'),
      fc.oneof(fc.constant(undefined), fc.constant(null), fc.object(), fc.array(fc.nat())),
    )
    .map(([f, key]): [string, Corruption] => [
      `${f} first row key ${JSON.stringify(key)}`,
      (m) => edit<{ rows: { key: unknown }[] }>(m, f, (file) => (file.rows[0]!.key = key)),
    ]),
  fc
    .tuple(fc.constantFrom('cpi.json', 'vat.json'), fc.constantFrom('vat', 'cpi', 'spend', '__proto__'))
    .map(([f, t]): [string, Corruption] => [
      `${f} claims table ${t}`,
      (m) => edit<{ table: string }>(m, f, (file) => (file.table = t)),
    ]),
  fc
    .tuple(fc.nat(1), fc.anything())
    .map(([i, v]): [string, Corruption] => [
      `manifest entry ${i} field changed`,
      (m) => edit<PackManifest>(m, 'manifest.json', (man) => Object.assign(man.tables[i]!, { rows: v })),
    ]),
);

let n = 0;
describe('factor-pack installation', () => {
  it('keeps the old generation active unless the new pack is installed whole', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(corruption, { minLength: 1, maxLength: 3 }),
        fc.option(fc.constantFrom(...FILES)),
        async (cs, failing) => {
          const dbName = `factors-property-${++n}`;
          await installFactorPacks(async (f) => structuredClone(pack('p1', 0.19).get(f)), { dbName });
          const next = pack('p2', 0.25);
          for (const [, c] of cs) c(next);
          const load = async (f: string) => {
            if (f === failing) throw new Error(`load failed: ${f}`);
            if (!next.has(f)) throw new Error(`missing ${f}`);
            return structuredClone(next.get(f));
          };
          let installed = false;
          try {
            installed = (await installFactorPacks(load, { dbName })).installed;
          } catch {
            // a refused pack: fine, as long as readers still see the old one below
          }
          const source = createDexieFactorSource({ dbName });
          const version = await source.version();
          const de = (await source.get('vat', ['DE'])).get('DE');
          const cpi = (await source.get('cpi', ['2022'])).get('2022');
          if (version === 'p1') {
            expect(installed).toBe(false);
            expect(de?.standard).toBe(0.19);
            expect(cpi?.cpi).toBe(292.655);
          } else {
            // Only a pack the installer accepted as whole may become active: every row it declares is readable.
            expect(version).toBe('p2');
            const manifest = await source.manifest();
            for (const entry of manifest.tables) {
              const file = next.get(entry.file) as TableFile;
              const rows = await source.get(
                entry.table,
                file.rows.map((r) => String(r.key)),
              );
              expect(rows.size, `${entry.file} after ${cs.map(([d]) => d).join(', ')}`).toBe(
                new Set(file.rows.map((r) => String(r.key))).size,
              );
            }
          }
        },
      ),
      budget(60),
    );
  });
});
