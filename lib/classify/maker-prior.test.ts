import { describe, expect, it } from 'vitest';
import { makerScreenPrior } from './maker-prior';

describe('makerScreenPrior', () => {
  it('reads a computer maker and a bare diagonal as a monitor or a laptop', () => {
    expect(makerScreenPrior('Lenovo L27q-30 27"', 'Lenovo')).toBe(305);
    expect(makerScreenPrior('Lenovo V330-15 15.6"', null)).toBe(328);
  });

  it('says nothing for TV makers, other sizes or no diagonal', () => {
    expect(makerScreenPrior('Samsung UE32T5300 32"', 'Samsung')).toBeNull();
    expect(makerScreenPrior('Lenovo Smart Clock 4"', 'Lenovo')).toBeNull();
    expect(makerScreenPrior('Dell KM5221W', 'Dell')).toBeNull();
    expect(makerScreenPrior('Dell 55" C5522QT', 'Dell')).toBeNull();
  });
});
