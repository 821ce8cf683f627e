import { describe, expect, it } from 'vitest';
import type { CrosswalkRow } from '../factors/tables';
import { withSmartWatchDevice } from './smart-watch';

const watches: CrosswalkRow = {
  key: '201',
  id: 201,
  path: 'Apparel & Accessories > Jewelry > Watches',
  parentId: 188,
  mappedFrom: 201,
  naics: '334519',
  useeio: '334510',
  confidence: 'med',
};
const cat = { row: watches, confidence: 0.7, via: 'title' };

describe('withSmartWatchDevice', () => {
  it('reads a smartwatch filed under watches as connected electronics (Boavizta IoT)', () => {
    expect(withSmartWatchDevice('Apple Watch Series 9 GPS 45mm', cat).row?.device).toBe('iot');
    expect(withSmartWatchDevice('Samsung Galaxy Watch6 Classic', cat).row?.device).toBe('iot');
  });

  it('in German, French, Spanish and Italian too', () => {
    for (const t of [
      'Fitnessarmband mit Pulsmesser',
      'Montre connectée femme',
      'Reloj inteligente hombre',
      'Orologio smart uomo',
    ])
      expect(withSmartWatchDevice(t, cat).row?.device, t).toBe('iot');
  });

  it('leaves wristwatches and other categories alone', () => {
    expect(withSmartWatchDevice('Casio F-91W Digital Watch', cat).row?.device).toBeUndefined();
    const laptop = {
      ...cat,
      row: { ...watches, id: 328, path: 'Electronics > Computers > Laptops', device: 'laptop' as const },
    };
    expect(withSmartWatchDevice('Apple Watch band for laptop', laptop).row?.device).toBe('laptop');
  });
});
