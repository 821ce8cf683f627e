/**
 * Builds public/factors/classifier.json: the product -> taxonomy classifier shipped in the
 * extension. Byte-identical on rebuild (sorted tables, no timestamps, version = content hash).
 * Run with `tsx scripts/build-classifier.ts` (part of `npm run factors`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildClassifierModel, CLASSIFIER_JSON } from './classify/build-model';
import { PRICERUNNER_CSV, readPriceRunner } from './classify/pricerunner';
import { trainBayes } from './classify/train-bayes';
import { decodeTokens } from '../lib/classify/bayes';
import { NAME_LINE_END } from '../lib/classify/taxonomy';

function main(): void {
  const titles = readPriceRunner();
  const bayes = trainBayes(
    titles,
    `PriceRunner product titles (UCI #837, Akritidis et al., CC BY 4.0): ${PRICERUNNER_CSV}`,
  );
  const model = buildClassifierModel(bayes, titles);
  const json = JSON.stringify(model) + '\n';
  mkdirSync(dirname(CLASSIFIER_JSON), { recursive: true });
  writeFileSync(CLASSIFIER_JSON, json);
  console.log(
    `${CLASSIFIER_JSON}: version ${model.version}, ${model.nodes.names.split(NAME_LINE_END).length} nodes, ${model.lexicon.reduce((n, [, , lines]) => n + lines.split(';').length, 0)} lexicon lines, ` +
      `${decodeTokens(bayes.tokens).length} bayes tokens, ${json.length} bytes (${gzipSync(json).length} gzipped)`,
  );
}

main();
