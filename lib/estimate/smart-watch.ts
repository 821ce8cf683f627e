/**
 * Smartwatches sit in the taxonomy beside wristwatches ("Apparel & Accessories > Jewelry >
 * Watches", which has no smartwatch node), so the category alone points to no device footprints.
 * A title that names a smartwatch (or a fitness tracker filed under activity monitors) is
 * connected electronics: Boavizta files the published watch footprints (Apple Watch SE, Ultra)
 * under IoT, so tier A and B read that distribution. A plain wristwatch keeps its category.
 */
import type { CategoryInfo } from './make';
import { SMART_WATCH_RE } from './words';

const WATCHES = 201;
const ACTIVITY_MONITORS = 500009;

export function withSmartWatchDevice(title: string, cat: CategoryInfo): CategoryInfo {
  const row = cat.row;
  if (!row || row.device || (row.id !== WATCHES && row.id !== ACTIVITY_MONITORS) || !SMART_WATCH_RE.test(title))
    return cat;
  return { ...cat, row: { ...row, device: 'iot' } };
}
