/**
 * Tier A: the product matches a published manufacturer footprint (Boavizta): same maker, the
 * footprint's model tokens found in the title (every token with a digit, i.e. the model number,
 * must be there), then capacity and year as tie-breakers. Reported: the published embodied share
 * (manufacturing + transport, end of life excluded: cradle to shelf) x units; range the source's error or 30%, log-symmetric.
 */
import { modelTokens, parseStorageGb } from '../factors/model-tokens';
import type { ManufacturerFootprint } from '../factors/tables';
import type { BatchData } from './batch';
import { parseScreenInches } from './device-scale';
import { looksLikePart } from './guardrails';
import { type CategoryInfo, type Draft, factorRef, sig, step } from './make';
import type { Prepared } from './prepare';

const MIN_COVERAGE = 0.6;
/**
 * A year in the title this many years or more from a footprint's year is another generation of the
 * model line, not the product: a "MacBook Pro 13-inch 2017" is not the 2020 one Apple published.
 * One year apart is tolerated (a footprint's year is its report's: a 2019 model may be reported in
 * 2020). An old device then gets its category's footprint (tier B).
 */
const OTHER_GENERATION_YEARS = 2;
/** Smallest relative error of a product match's range (calibrated, see tierAProduct). */
const MIN_ERROR = 0.35;

interface Match {
  f: ManufacturerFootprint;
  score: number;
}

function scoreMatch(
  f: ManufacturerFootprint,
  titleTokens: Set<string>,
  storage: number | null,
  year: number | null,
  screen: number | null,
): number {
  if (!f.tokens.length) return 0;
  // Model numbers ("5420", "x1", "13") must all be there; a name without any ("Pixelbook Go")
  // must match in full.
  const modelNumbers = f.tokens.filter((t) => /\d/.test(t));
  if (!modelNumbers.every((t) => titleTokens.has(t))) return 0;
  const hit = f.tokens.filter((t) => titleTokens.has(t)).length;
  if (!modelNumbers.length && (hit < f.tokens.length || f.tokens.length < 2)) return 0;
  // Every identifying word must be there, but one in four may be missing ("Small Form Factor"
  // written "SFF"); "ThinkPad X1 Carbon" must not match a "ThinkPad X1 Nano".
  if (f.tokens.length - hit > Math.floor(f.tokens.length / 4)) return 0;
  // Among full matches prefer the most specific name: "iPhone 13 Pro Max" over "iPhone 13".
  let score = hit / f.tokens.length + 0.02 * hit;
  if (storage !== null && f.storageGb !== null) score += storage === f.storageGb ? 0.1 : -0.1;
  // "MacBook Pro" comes in 13 and 16 inch with twice the footprint: the size decides, and a size
  // more than 15% off is another product ("Surface Hub 2S 50"" is not the 85" one).
  if (screen !== null && f.screenIn !== null) {
    if (Math.abs(screen - f.screenIn) > 0.15 * f.screenIn) return 0;
    score += Math.abs(screen - f.screenIn) <= 0.6 ? 0.1 : -0.3;
  }
  if (year !== null && f.year !== null) {
    if (Math.abs(year - f.year) >= OTHER_GENERATION_YEARS) return 0;
    score += year === f.year ? 0.05 : -0.05;
  }
  return score;
}

export function tierAProduct(p: Prepared, cat: CategoryInfo, data: BatchData): Draft | null {
  const maker = p.makerKey ? data.boavizta.get(p.makerKey) : undefined;
  if (!maker) return null;
  const titleTokens = new Set(modelTokens(p.title));
  const storage = parseStorageGb(p.title);
  const yearMatch = /\b(20[12]\d)\b/.exec(p.title);
  const screen = parseScreenInches(p.title);
  const year = yearMatch ? Number(yearMatch[1]) : null;
  // With a known category the device types must agree: "Battery for Dell Latitude 5420" filed
  // under batteries is not the laptop. Without a category the model match alone decides.
  const device = cat.row ? (cat.row.device ?? null) : undefined;
  if (cat.row && looksLikePart(p, cat, data)) return null;
  const matches: Match[] = maker.products
    .filter((f) => device === undefined || f.device === device)
    .map((f) => ({ f, score: scoreMatch(f, titleTokens, storage, year, screen) }))
    .filter((m) => m.score >= MIN_COVERAGE)
    .sort((a, b) => b.score - a.score || a.f.embodied - b.f.embodied);
  if (!matches.length) return null;
  // Equal best scores (variants of one model): take their median footprint.
  const best = matches.filter((m) => m.score >= matches[0].score - 1e-9);
  const chosen = best[Math.floor((best.length - 1) / 2)].f;
  const units = p.quantity.units;
  const central = chosen.embodied * units;
  // At least 35%: held-out manufacturer footprints sit within x0.65..x1.54 of the matched one 90%
  // of the time (`npm run eval`, Boavizta validation split).
  const err = Math.min(
    0.6,
    chosen.errorRatio && chosen.errorRatio > 0 ? Math.max(chosen.errorRatio, MIN_ERROR) : MIN_ERROR,
  );
  const steps = [
    step(
      'Product match',
      `"${chosen.name}" (${maker.key}), match score ${sig(matches[0].score, 2)}${best.length > 1 ? `, median of ${best.length} equally good matches` : ''}; ${chosen.sourceUrl}`,
    ),
    step(
      'Published footprint',
      `total ${chosen.total} kg; embodied share: ${chosen.share} = ${chosen.embodied} kg (cradle to shelf: use phase and end of life excluded)`,
      chosen.embodied,
      'kg CO2e',
    ),
  ];
  if (units > 1) steps.push(step('Units', `${chosen.embodied} kg x ${units} = ${sig(central)} kg`, central, 'kg CO2e'));
  steps.push(
    step(
      'Range',
      `x${sig(1 - err, 2)} to x${sig(1 / (1 - err), 3)} (${chosen.errorRatio ? "the source's stated error, at least 35%" : 'spread of held-out published footprints around their match'})`,
    ),
  );
  return {
    tier: 'A',
    central,
    // Log-symmetric: -35% / +54% (x0.65 .. /0.65), as footprint errors are multiplicative.
    low: central * (1 - err),
    high: central / (1 - err),
    confidence: Math.min(1, matches[0].score),
    method: `Product footprint: ${maker.key} published footprint of ${chosen.name}`,
    factors: [
      factorRef(
        data.manifest,
        'boavizta',
        `${maker.key}:${chosen.name}`,
        chosen.embodied,
        'kg CO2e per product (embodied)',
        chosen.statistic,
      ),
    ],
    steps,
    flags: [],
  };
}
