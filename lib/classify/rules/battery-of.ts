/**
 * "Batería 18V 5Ah para herramientas", "Akumulator do elektronarzędzi", "電動工具用バッテリー",
 * "Replacement battery for Canon EOS camera", "Ersatzakku für Kamera": a battery named with the
 * power tools it drives is a power tool battery (Hardware > Tool Accessories > Power Tool
 * Batteries), one named with a camera a camera battery; not a battery in general, nor the camera's
 * charger, nor the tool. A battery word and a tool or camera word anywhere in the segment (the
 * spec figures of a battery, "18V 5Ah", often stand between them) make the pair one hit of that
 * node, unless the title names a charger, which is then the product ("Charger for camera
 * batteries"), or the battery is what comes with the tool ("Drill 18V with battery", "Akku-
 * schrauber mit Akku") or a modifier of it ("Makita Akku-Bohrschrauber": a product word follows
 * the battery word). A battery word before the tool word needs a for-word between them ("para",
 * "do", "pro", "till"); one after it is the head of the phrase ("Makita 18V battery", "电动工具锂电池")
 * when nothing but spec figures stands between ("system camera canon eos m50 body battery" is a
 * camera sold with its battery). Tool makers that make nothing but tools count as tool words ("Akku 18V Makita").
 * Words are normalised title tokens (no accents, lower case, stemmed as text.ts stemToken does);
 * data, tested.
 */
import { FOR_CUES, withCuesIn } from '../cues';
import type { Taxonomy } from '../taxonomy';
import { normalizeText, stemToken } from '../text';

/** "Electronics > Electronics Accessories > Power > Batteries": every device's batteries. */
const BATTERIES_NODE = 276;
/** Whether a node is a battery (a replacement battery is the battery, not its charger: gather.ts). */
export const isBatteryNode = (taxonomy: Taxonomy, id: number): boolean =>
  taxonomy.isAncestorOrSelf(BATTERIES_NODE, id) || id === POWER_TOOL_BATTERIES;

/** "Hardware > Tool Accessories > Power Tool Batteries". */
const POWER_TOOL_BATTERIES = 6295;
/** "Electronics > Electronics Accessories > Power > Batteries > Camera Batteries". */
const CAMERA_BATTERIES = 1722;

const BATTERY_WORDS: Record<string, string[]> = {
  en: ['battery', 'batteries'],
  de: ['akku', 'ersatzakku', 'akkupack', 'batterie'],
  fr: ['batterie'],
  es: ['batería', 'bateria'],
  it: ['batteria'],
  nl: ['accu', 'batterij'],
  pl: ['akumulator', 'bateria'],
  pt: ['bateria'],
  sv: ['batteri'],
  da: ['batteri'],
  no: ['batteri'],
  fi: ['akku'],
  cs: ['akumulátor', 'baterie'],
  sk: ['akumulátor', 'batéria'],
  ru: ['аккумулятор', 'батарея'],
  uk: ['акумулятор'],
  hu: ['akkumulátor', 'akku'],
  tr: ['batarya', 'pil'],
  ro: ['acumulator', 'baterie'],
  ja: ['バッテリー'],
  zh: ['电池', '锂电池'],
  ko: ['배터리'],
};
/** Power tools in general, and the makers that make only tools. */
const TOOL_WORDS: Record<string, string[]> = {
  en: ['tool', 'tools', 'power tools', 'drill', 'impact driver'],
  de: ['werkzeug', 'werkzeuge', 'elektrowerkzeug', 'elektrowerkzeuge', 'akkuschrauber', 'bohrschrauber'],
  fr: ['outil', 'outils', 'perceuse', 'visseuse'],
  es: ['herramienta', 'herramientas', 'taladro'],
  it: ['utensile', 'utensili', 'elettroutensili', 'trapano', 'avvitatore'],
  nl: ['gereedschap', 'boormachine'],
  pl: ['elektronarzędzi', 'elektronarzędzia', 'narzędzi', 'wkrętarki', 'wiertarki'],
  pt: ['ferramenta', 'ferramentas', 'berbequim', 'parafusadeira'],
  sv: ['verktyg', 'skruvdragare'],
  da: ['værktøj', 'skruemaskine'],
  no: ['verktøy', 'drill'],
  fi: ['työkalu', 'työkaluihin', 'porakone'],
  cs: ['nářadí', 'vrtačku', 'šroubovák'],
  sk: ['náradie'],
  ru: ['инструмента', 'шуруповерта', 'дрели'],
  uk: ['інструменту', 'шуруповерта'],
  hu: ['szerszám', 'szerszámgép', 'fúrógép'],
  tr: ['matkap'],
  ro: ['scule', 'unelte'],
  ja: ['電動工具', '工具'],
  zh: ['电动工具', '电钻'],
  ko: ['전동공구', '공구'],
  '': ['makita', 'dewalt', 'ryobi', 'milwaukee', 'metabo', 'einhell', 'hikoki', 'festool', 'hilti'],
};
const CAMERA_WORDS: Record<string, string[]> = {
  en: ['camera', 'dslr'],
  de: ['kamera', 'digitalkamera'],
  fr: ['appareil photo', 'caméra'],
  es: ['cámara'],
  it: ['fotocamera'],
  nl: ['camera'],
  pl: ['aparatu', 'aparat'],
  pt: ['câmera', 'câmara'],
  sv: ['kamera'],
  cs: ['fotoaparát'],
  ru: ['фотоаппарата', 'камеры'],
  ja: ['カメラ'],
  zh: ['相机'],
  ko: ['카메라'],
};
/** A charger is the product when the title names one ("Chargeur de batterie", "Akku Ladegerät"). */
const CHARGER_WORDS = [
  'charger',
  'ladegerät',
  'chargeur',
  'cargador',
  'caricabatterie',
  'lader',
  'oplader',
  'ładowarka',
  'carregador',
  'laddare',
  'nabíječka',
  'зарядное',
  '充電器',
  '充电器',
  '충전기',
];

const keysOf = (lists: Record<string, string[]>) =>
  Object.values(lists)
    .flat()
    .map((w) => normalizeText(w).split(' ').map(stemToken));
const BATTERIES = new Set(keysOf(BATTERY_WORDS).map((k) => k.join(' ')));
const TOOLS = keysOf(TOOL_WORDS);
const CAMERAS = keysOf(CAMERA_WORDS);
const CHARGERS = new Set(keysOf({ '': CHARGER_WORDS }).map((k) => k.join(' ')));

/**
 * What may stand between a tool or camera word and the battery word after it: spec figures ("18V
 * 5Ah"), the cell chemistry, a for-marker ("電動工具用バッテリー"). Anything else ("camera body
 * battery") makes the battery a feature of the device listed before.
 */
const BETWEEN = new Set(
  ['li', 'ion', 'lithium', 'replacement', 'ersatz', '用', '용'].map((w) => stemToken(normalizeText(w))),
);

interface HitLike {
  start: number;
  end: number;
  entries: { id: number; w: number }[];
  curated: boolean;
}

/** [start, end) of the first run of `tokens` equal to one of the phrases, or null. */
function findPhrase(tokens: readonly string[], phrases: string[][]): [number, number] | null {
  for (let i = 0; i < tokens.length; i++)
    for (const p of phrases) if (p.every((w, j) => tokens[i + j] === w)) return [i, i + p.length];
  return null;
}

/**
 * The hits with a battery word and a tool or camera word made one hit of the power tool or camera
 * battery node (the hits on either word dropped); otherwise the hits as they are.
 */
export function batteryOfHits<H extends HitLike>(
  tokens: readonly string[],
  hits: H[],
  make: (start: number, end: number, id: number) => H,
): H[] {
  const at = tokens.findIndex((t) => BATTERIES.has(t));
  if (at < 0 || tokens.some((t) => CHARGERS.has(t))) return hits;
  const tool = findPhrase(tokens, TOOLS);
  const camera = tool ? null : findPhrase(tokens, CAMERAS);
  const other = tool ?? camera;
  if (!other) return hits;
  const inSpan = (h: H, [s, e]: [number, number]) => h.start < e && s < h.end;
  const withCues = withCuesIn(null);
  if (tokens.slice(0, at).some((t) => withCues.has(t))) return hits;
  if (other[0] > at) {
    if (!tokens.slice(at + 1, other[0]).some((t) => FOR_CUES.has(t) || t === 'pro')) return hits;
  } else if (
    hits.some((h) => h.start > at && !inSpan(h, other)) ||
    !tokens.slice(other[1], at).every((t) => /\d/.test(t) || BETWEEN.has(t))
  )
    return hits;
  const kept = hits.filter((h) => !inSpan(h, [at, at + 1]) && !inSpan(h, other));
  return [...kept, make(at, at + 1, tool ? POWER_TOOL_BATTERIES : CAMERA_BATTERIES)].sort((a, b) => a.start - b.start);
}
