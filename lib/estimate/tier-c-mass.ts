import type { BatchData } from './batch';
import type { CategoryInfo, Draft } from './make';
import type { Prepared } from './prepare';

export function tierCMass(_p: Prepared, _cat: CategoryInfo, _data: BatchData): Draft | null {
  return null;
}
