/**
 * Tier B size scaling, shared with the pack build (which fits the exponents and measures the
 * residual spread with this same function): embodied ~ median x (size / reference)^exponent,
 * by screen size when known, else by weight; clamped to x0.5..x2 so one odd number cannot run away.
 */
import type { DeviceRow } from '../factors/tables';

export interface Scale {
  factor: number;
  basis: string;
}

const clamp = (x: number) => Math.min(2, Math.max(0.5, x));

type Scaling = Pick<DeviceRow, 'screenRef' | 'screenExponent' | 'weightRef' | 'weightExponent'> &
  Partial<Pick<DeviceRow, 'storageRef' | 'storageExponent'>>;

/** Size scaling, then storage scaling where the category shows one (phones: more storage, more flash chips). */
export function deviceScale(
  dev: Scaling,
  screenIn: number | null,
  unitMassKg: number | null,
  storageGb: number | null = null,
): Scale {
  const size = sizeScale(dev, screenIn, unitMassKg);
  if (!storageGb || !dev.storageRef || !dev.storageExponent) return size;
  const f = Math.min(1.5, Math.max(0.67, (storageGb / dev.storageRef) ** dev.storageExponent));
  return {
    factor: size.factor * f,
    basis: `${size.basis}; storage ${storageGb} GB vs median ${dev.storageRef} GB, exponent ${dev.storageExponent}: x${f.toPrecision(3)}`,
  };
}

function sizeScale(dev: Scaling, screenIn: number | null, unitMassKg: number | null): Scale {
  if (screenIn && dev.screenRef && dev.screenExponent !== null) {
    const f = clamp((screenIn / dev.screenRef) ** dev.screenExponent);
    return {
      factor: f,
      basis: `screen ${screenIn} in vs median ${dev.screenRef} in, exponent ${dev.screenExponent}: x${f.toPrecision(3)}`,
    };
  }
  if (unitMassKg && dev.weightRef && dev.weightExponent !== null) {
    const f = clamp((unitMassKg / dev.weightRef) ** dev.weightExponent);
    return {
      factor: f,
      basis: `weight ${unitMassKg.toPrecision(3)} kg vs median ${dev.weightRef} kg, exponent ${dev.weightExponent}: x${f.toPrecision(3)}`,
    };
  }
  return { factor: 1, basis: 'no screen size or weight: category median' };
}

/**
 * Form-factor words in names and titles, first match wins. The pack build fits a factor for each
 * that at least 8 published products of a kind carry (see buildDevices); others are ignored.
 */
export const FORM_FACTORS: { key: string; pattern: RegExp }[] = [
  { key: 'tiny/micro/mini', pattern: /\b(?:tiny|nano|micro|mini|usff|ultra small)\b/i },
  { key: 'small form factor', pattern: /\b(?:sff|small form factor)\b/i },
  { key: 'all-in-one', pattern: /\b(?:aio|all-in-one|all in one|imac)\b/i },
  { key: 'tower', pattern: /\b(?:tower|mt)\b/i },
  { key: 'rugged', pattern: /\brugged\b/i },
  { key: 'chromebook', pattern: /\bchromebook\b/i },
  { key: '2-in-1', pattern: /\b(?:2-in-1|2 in 1|x360|yoga|flip)\b/i },
  { key: 'workstation', pattern: /\b(?:workstation|precision|zbook|thinkpad p\d+\w*)\b/i },
];

export function formFactorOf(name: string): string | null {
  return FORM_FACTORS.find((f) => f.pattern.test(name))?.key ?? null;
}

/** Moved below classify and estimate (lib/units/screen.ts); re-exported for the estimate code. */
export { parseScreenInches } from '../units/screen';
