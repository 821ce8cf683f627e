/** Consumables go to their supply node, not to the device they serve (examples written here). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const classifier = createClassifier(
  JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel,
);
const pathOf = (title: string) => classifier.classify({ title })?.path ?? '';
const CONSUMABLES =
  'Electronics > Print, Copy, Scan & Fax > Printer, Copier & Fax Machine Accessories > Printer Consumables';

describe('consumables by language', () => {
  it.each([
    ['Canon CLI-581 XL ink cartridge cyan', `${CONSUMABLES} > Toner & Inkjet Cartridges`],
    ['Tonerkartusche für HP LaserJet M404', `${CONSUMABLES} > Toner & Inkjet Cartridges`],
    ['Cartuccia compatibile Brother LC-3219', `${CONSUMABLES} > Toner & Inkjet Cartridges`],
    ['Trommeleinheit für Brother HL-L2350DW', `${CONSUMABLES} > Printer Drums & Drum Kits`],
    ['Kit de recharge encre pour Epson', `${CONSUMABLES} > Toner & Inkjet Cartridge Refills`],
    ['Staubsaugerbeutel passend für Bosch', 'Home & Garden > Household Appliance Accessories > Vacuum Accessories'],
    [
      'Ersatzklingen 8 Stück für Gillette Mach3',
      'Health & Beauty > Personal Care > Shaving & Grooming > Razors & Razor Blades',
    ],
  ])('%s', (title, path) => {
    expect(pathOf(title)).toBe(path);
  });

  it('the device itself stays a device', () => {
    expect(pathOf('Brother HL-L2350DW Laserdrucker')).toMatch(/Printers, Copiers & Fax Machines$/);
  });
});
