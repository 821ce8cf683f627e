/** Shared setup for the estimate CLI and eval: the shipped factor pack and classifier model, read from disk. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier, type Classifier, type ClassifierModel } from '../../lib/classify';
import { loadFactorSourceFromDir } from '../../lib/factors/node';
import type { FactorSource } from '../../lib/factors/source';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FACTORS_DIR = join(ROOT, 'public', 'factors');

export function loadClassifier(dir = FACTORS_DIR): Classifier | null {
  const file = join(dir, 'classifier.json');
  if (!existsSync(file)) return null;
  return createClassifier(JSON.parse(readFileSync(file, 'utf8')) as ClassifierModel);
}

export async function loadRuntime(
  dir = FACTORS_DIR,
): Promise<{ factors: FactorSource; classifier: Classifier | null }> {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No factor pack in ${dir}: run \`npm run factors\``);
  return { factors: await loadFactorSourceFromDir(dir), classifier: loadClassifier(dir) };
}
