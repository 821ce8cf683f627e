import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { keyValuePairsFromJson, keyValuePairsFromScripts } from './json-state';
import { materialsFromSpecs } from './specs';

describe('label/value pairs in embedded JSON state', () => {
  it('reads key/value and name/value objects, unescaping JSON and "%25"', () => {
    const text = '{"attributes":[{"__typename":"ProductAttributeKeyValue","key":"Material Oberstoff","value":"100%25 Baumwolle"},'
      + '{"name":"Pflege","id":7,"value":"W\\u00e4sche 30 \\u00b0C"},{"label":"Link","value":"https://x.example/a"}]}';
    expect(keyValuePairsFromJson(text)).toEqual([['Material Oberstoff', '100% Baumwolle'], ['Pflege', 'Wäsche 30 °C']]);
  });

  it('is bounded: a limit on pairs and linear time on a huge adversarial blob', () => {
    const many = Array.from({ length: 500 }, (_, i) => `{"key":"k${i}","value":"v"}`).join(',');
    expect(keyValuePairsFromJson(many, 10)).toHaveLength(10);
    const evil = '{"key":"' + 'a\\"'.repeat(200_000) + '", "key":"x",'.repeat(50_000);
    const t = performance.now();
    keyValuePairsFromJson(evil);
    expect(performance.now() - t).toBeLessThan(1500);
  });

  it('scans JSON <script>s but not JSON-LD; a complete composition ignores a shareless construction label', () => {
    const doc = parseDocument(`<html><body>
      <script type="application/ld+json">{"key":"Material","value":"Polyester"}</script>
      <script type="application/json">{"x":[{"key":"Composition","value":"100%25 laine"},{"key":"Matière","value":"Tricot / maille"}]}</script>
    </body></html>`);
    const pairs = keyValuePairsFromScripts(doc);
    expect(pairs).toEqual([['Composition', '100% laine'], ['Matière', 'Tricot / maille']]);
    expect(materialsFromSpecs(pairs)).toEqual([{ name: 'laine', share: 1 }]);
    expect(materialsFromSpecs([['Material Oberstoff', '100% Baumwolle']])).toEqual([{ name: 'Baumwolle', share: 1 }]);
  });
});
