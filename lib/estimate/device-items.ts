/**
 * The second open source for the device kinds of tier B: ADEME Impact CO2 models one typical item
 * of most kinds (ADEME-Arcep 2022, cradle to shelf; data/raw/ademe_impactco2_objects_co2e_per_item.csv),
 * and the two sources disagree (a computer monitor: ADEME 65.9 kg, the median published
 * manufacturer footprint about 334 kg). The device range reaches the other source's figure, so
 * that it says how far published open figures for the same kind of product lie apart.
 */
import type { DeviceKind } from '../factors/tables';

export const ADEME_DEVICE_ITEMS: Partial<Record<DeviceKind, readonly string[]>> = {
  laptop: ['ordinateurportable'],
  desktop: ['ordinateurfixeparticulier', 'ordinateurfixeprofessionnel'],
  monitor: ['ecran'],
  smartphone: ['smartphone'],
  tablet: ['tabletteclassique'],
};

/** Every ADEME item a device range may read (six rows: fetched with every batch, like the basic phone). */
export const ALL_ADEME_DEVICE_ITEMS: string[] = Object.values(ADEME_DEVICE_ITEMS).flatMap((x) => [...x]);
