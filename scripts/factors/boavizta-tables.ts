export { readBoavizta, type BoaviztaRecord } from './boavizta';
import { buildDevices, buildManufacturers, type BoaviztaRecord } from './boavizta';

export function buildBoaviztaTables(records: BoaviztaRecord[]) {
  return { manufacturers: buildManufacturers(records), devices: buildDevices(records) };
}
