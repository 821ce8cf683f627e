/**
 * Makers' model codes that name a device type on their own, for titles that carry no product
 * word: "Brother HL-L2350DW" (a printer), "Epson ET-2850", "Dell P2422H" (a monitor), "HP M24f".
 * Each family is a published naming scheme of its maker (Brother HL-/MFC-/DCP-, Epson ET-/XP-/WF-,
 * Canon PIXMA TS/TR/MG/G and i-SENSYS MF/LBP, Kyocera ECOSYS P/M, Dell monitors as letter +
 * diagonal + model year + suffix, Miele's W1 washers, T1 dryers and G dishwashers). Used, like the maker's screen prior, only when nothing else
 * names the product, so "Toner for Brother HL-L2350DW" stays a toner.
 */
import { normalizeText } from './text';

const COMPUTER_MONITORS = 305;
const PRINTERS = 500106;
const LAPTOPS = 328;
const WASHING_MACHINES = 2549;
const DRYERS = 2612;
const DISHWASHERS = 680;
/** Strong enough to stand for a product word (and to quiet the appliance-trained Bayes vote). */
export const MODEL_CODE_WEIGHT = 0.9;

/** Dell monitors: series letter(s), diagonal, model year, suffix: "P2422H", "U2723QE", "AW3423DW". */
const DELL_MONITOR = /(?:aw|se|[pusegc])(?:19|2\d|3\d|4\d)(?:1\d|2\d)[a-z]{1,4}/i;

interface CodeFamily {
  makers: string[];
  code: RegExp;
  node: number;
}

const FAMILIES: CodeFamily[] = [
  { makers: ['brother'], code: /\b(?:hl|mfc|dcp)[- ]?[a-z]?\d{3,5}[a-z]*\b/i, node: PRINTERS },
  { makers: ['epson'], code: /\b(?:et|xp|wf|l)[- ]?\d{3,5}[a-z]*\b/i, node: PRINTERS },
  { makers: ['canon'], code: /\b(?:ts|tr|mg|mx|ip|ix|gx|g|mf|lbp)[- ]?\d{3,5}[a-z]*\b/i, node: PRINTERS },
  { makers: ['kyocera'], code: /\b(?:p|m|fs-?)\d{4}[a-z]*\b/i, node: PRINTERS },
  { makers: ['xerox'], code: /\b(?:b|c)\d{3}(?:v_?[a-z]+)?\b/i, node: PRINTERS },
  // HP: ENVY with a four-digit number is a printer (the laptops are "ENVY 13", "ENVY x360");
  // "M404dn" a LaserJet; a letter with a two-digit diagonal ("M24f", "E24 G5", "P24h") a monitor.
  { makers: ['hp'], code: /\b(?:envy\s+(?:inspire\s+|pro\s+|photo\s+)?\d{4}e?|m\d{3}[a-z]{1,5})\b/i, node: PRINTERS },
  { makers: ['hp'], code: /\b[mepzxv](?:19|2\d|3[0-4])[a-z]{0,3}\b/i, node: COMPUTER_MONITORS },
  // ASUS gaming laptops: "ROG Strix G16", "Strix SCAR 17", "ROG Zephyrus G14", "TUF Gaming F15"
  // (the ROG Phone and Strix graphics cards, boards and monitors carry other codes).
  {
    makers: ['asus', 'rog'],
    code: /\b(?:strix\s+(?:scar\s+)?(?:g\s?)?1[5-8]|zephyrus\s+[gms]\d{2}|tuf\s+(?:gaming\s+)?[fa]\d{2})\b/i,
    node: LAPTOPS,
  },
  // ASUS monitors: series letters, diagonal, suffix ("VG27AQ", "PG27AQDM", "XG27AQ", "PA278QV").
  {
    makers: ['asus', 'rog'],
    code: /\b(?:vg|pg|xg|pa|va|vz|vp|be|vy|ve)(?:2[1-9]|3\d|4\d)\d?[a-z]{1,5}\d?[a-z]*\b/i,
    node: COMPUTER_MONITORS,
  },
  // Acer Nitro / Predator laptops: "AN515-58", "PH315-54", "Nitro 5"; LG monitors: "27GP850",
  // "32UN880" (three digits; the TVs of the same letters carry four: "49UK6300").
  { makers: ['acer'], code: /\b(?:an|ph|pt|sf|sp|a\d|n)\d{2,3}-\d{2}\b|\bnitro\s+[57]\b/i, node: LAPTOPS },
  {
    makers: ['lg'],
    code: /\b(?:2[2-9]|3[0-4]|4[059])(?:gp|gn|gr|gl|uk|ul|un|up|uq|mp|mk|ml|bn|bp|wp|wq|wn|wl|ep|gs)\d{2,3}(?!\d)[a-z0-9-]*\b/i,
    node: COMPUTER_MONITORS,
  },
  { makers: ['dell', 'alienware'], code: new RegExp(`\\b${DELL_MONITOR.source}\\b`, 'i'), node: COMPUTER_MONITORS },
  // Miele: W1 washing machines "W" + two letters + three digits ("WWD 120 WCS", "WCR 870 WPS",
  // "WSD 323"), T1 dryers "T" + two letters + three digits ("TWD 360 WP", "TCR 860"), dishwashers
  // "G" + four or five digits ("G 7100 SC", "G 27695-60 SCVi"). The maker's name is also Italian
  // for honey: its code says which product it is (lexicon.ts brandNounHit leaves it the maker).
  { makers: ['miele'], code: /\bw[a-z]{2} ?\d{3}\b/i, node: WASHING_MACHINES },
  { makers: ['miele'], code: /\bt[a-z]{2} ?\d{3}\b/i, node: DRYERS },
  { makers: ['miele'], code: /\bg ?\d{4,5}(?:-\d{2})?\b/i, node: DISHWASHERS },
];

/**
 * The node a maker's model code names, or null. The maker comes from the brand, else from the
 * title's first word; a title that opens with a Dell monitor code ("P2422H") names it too.
 */
export function modelCodeNode(title: string, brand: string | null | undefined): number | null {
  const words = normalizeText(title).split(' ');
  const maker = normalizeText(brand ?? '').split(' ')[0] || words[0];
  for (const f of FAMILIES) {
    if (!f.makers.includes(maker)) continue;
    if (f.code.test(title)) return f.node;
  }
  if (!brand && isDellMonitorCode(words[0] ?? '')) return COMPUTER_MONITORS;
  return null;
}

/** A word that is a whole Dell monitor code ("P2422H", "u2723qe"). */
export function isDellMonitorCode(word: string): boolean {
  return new RegExp(`^${DELL_MONITOR.source}$`, 'i').test(word);
}
