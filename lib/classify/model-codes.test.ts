import { describe, expect, it } from 'vitest';
import { modelCodeNode } from './model-codes';

const PRINTERS = 500106;
const MONITORS = 305;
const LAPTOPS = 328;

describe('modelCodeNode', () => {
  it("reads printer makers' model families without a product word", () => {
    expect(modelCodeNode('Brother HL-L2350DW', null)).toBe(PRINTERS);
    expect(modelCodeNode('MFC-L2710DW', 'Brother')).toBe(PRINTERS);
    expect(modelCodeNode('Epson ET-2850', null)).toBe(PRINTERS);
    expect(modelCodeNode('Canon MG3650S', null)).toBe(PRINTERS);
    expect(modelCodeNode('Kyocera ECOSYS P2040dn', null)).toBe(PRINTERS);
    expect(modelCodeNode('HP ENVY 6055e', null)).toBe(PRINTERS);
  });

  it('reads monitor codes (Dell, HP) and ASUS gaming laptop names', () => {
    expect(modelCodeNode('P2422H', null)).toBe(MONITORS);
    expect(modelCodeNode('U2723QE 27 inch 4K', null)).toBe(MONITORS);
    expect(modelCodeNode('Dell U2723QE', null)).toBe(MONITORS);
    expect(modelCodeNode('HP M24f', null)).toBe(MONITORS);
    expect(modelCodeNode('ASUS ROG Strix G16', null)).toBe(LAPTOPS);
    expect(modelCodeNode('ASUS TUF Gaming F15', null)).toBe(LAPTOPS);
  });

  it('reads ASUS and LG monitor codes and Acer laptop codes, but not LG TV codes', () => {
    expect(modelCodeNode('ASUS ROG Strix XG27AQ', null)).toBe(MONITORS);
    expect(modelCodeNode('ASUS VG27AQ', null)).toBe(MONITORS);
    expect(modelCodeNode('LG 27GN800-B', null)).toBe(MONITORS);
    expect(modelCodeNode('LG 49UK6300PLB', null)).toBeNull();
    expect(modelCodeNode('Acer Nitro 5 AN515-58', null)).toBe(LAPTOPS);
    expect(modelCodeNode('Acer Aspire 5 A515-57', null)).toBe(LAPTOPS);
  });

  it('says nothing for other makers, other codes or a code after another brand', () => {
    expect(modelCodeNode('HP ENVY x360 15', null)).toBeNull();
    expect(modelCodeNode('Dell Latitude E6420', null)).toBeNull();
    expect(modelCodeNode('Canon EOS 2000D', null)).toBeNull();
    expect(modelCodeNode('P2422H', 'Samsung')).toBeNull();
    expect(modelCodeNode('Samsung HL-L2350DW', null)).toBeNull();
  });
});
