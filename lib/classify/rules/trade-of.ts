/**
 * A product named for a trade's use is the trade's kind of it: disposable gloves are a medical
 * supply and disposable cups, plates and cutlery food-service tableware ("Einweghandschuhe",
 * "Gobelets jetables", "Platos desechables"), not clothing or household tableware; work gloves,
 * a safety helmet, safety glasses, a hi-vis vest are work safety protective gear ("Перчатки
 * рабочие", "Casco de seguridad", "Warnweste"), not apparel or sports gear. The taxonomy files
 * these under Business & Industrial while the product word alone names the household kind. The
 * use is named as in rules/use-of.ts; disposable goes first ("Einweg-Arbeitshandschuhe" are
 * disposable gloves). A protection word is no trade ("Sonnenbrille UV-Schutz", "gafas de sol
 * protección UV" are sunglasses), nor is a paper or carton material (a paper plate is named
 * disposable in most shops, "Pappteller" is listed as a word).
 */
import type { Evidence } from '../score';
import type { Taxonomy } from '../taxonomy';
import { loadUse, moveToUse, usesNamed } from './use-of';

const DISPOSABLE = loadUse({
  words: {
    en: ['disposable', 'single use', 'single-use'],
    de: ['einweg'],
    fr: ['jetable', 'jetables', 'usage unique'],
    es: ['desechable', 'desechables', 'un solo uso'],
    it: ['monouso', 'usa e getta'],
    pt: ['descartável', 'descartáveis'],
    nl: ['wegwerp'],
    sv: ['engångs'],
    no: ['engangs'],
    da: ['engangs'],
    fi: ['kertakäyttöiset', 'kertakäyttöinen'],
    hu: ['eldobható'],
    ro: ['unică folosință'],
    tr: ['tek kullanımlık'],
    ru: ['одноразовые', 'одноразовый'],
    uk: ['одноразові', 'одноразовий'],
    el: ['μιας χρήσης'],
  },
  prefixes: ['einweg', 'wegwerp', 'engangs', 'kertakäyttö'],
  cjk: ['使い捨て', '一次性', '일회용'],
  pairs: [
    // Gloves & Mittens -> Disposable Gloves.
    [170, 511],
    // Drinkware -> Disposable Cups; Plates, Bowls -> Disposable Plates, Bowls; Flatware -> Disposable Cutlery.
    [674, 5099],
    [3553, 5101],
    [3498, 5098],
    [675, 5100],
    // Any other tableware ("gobelets") -> Disposable Tableware.
    [672, 4632],
  ],
});

const WORK = loadUse({
  words: {
    en: ['work', 'safety', 'hi-vis', 'high visibility', 'reflective', 'ppe'],
    de: ['arbeit', 'sicherheit'],
    fr: ['travail', 'sécurité', 'chantier', 'haute visibilité'],
    es: ['trabajo', 'seguridad', 'obra', 'alta visibilidad'],
    it: ['lavoro', 'sicurezza', 'cantiere', 'antinfortunistica', 'alta visibilità'],
    pt: ['trabalho', 'segurança'],
    nl: ['werk', 'veiligheid'],
    sv: ['arbete'],
    no: ['arbeid'],
    da: ['arbejde'],
    fi: ['työ'],
    hu: ['munkavédelmi', 'munka'],
    ro: ['lucru', 'protecție'],
    tr: ['iş'],
    ru: ['рабочие', 'рабочий', 'строительная', 'сигнальный'],
    uk: ['робочі', 'робочий', 'будівельна', 'сигнальний'],
    el: ['εργασίας'],
  },
  prefixes: [
    'arbeits',
    'sicherheits',
    'warn',
    'werk',
    'veiligheids',
    'arbets',
    'arbeids',
    'arbejds',
    'skydds',
    'verne',
  ],
  cjk: ['作業用', '劳保', '工作', '작업용'],
  pairs: [
    // Gloves & Mittens -> Safety Gloves; Vests -> Work Safety Protective Gear (hi-vis vests).
    [170, 5591],
    [1831, 2047],
    // Sunglasses -> Protective Eyewear; Earmuffs -> hearing protection. (A "work apron" is as often a
    // kitchen or workshop apron as protective gear: aprons keep their reading.)
    [178, 2227],
    [6238, 2047],
    // Bicycle, climbing, ski helmets -> Hardhats.
    [1029, 2723],
    [3314, 2723],
    [1161, 2723],
  ],
});

/** Evidence on a household kind moved to the trade's kind when the title names the trade's use. */
export function tradeRule(taxonomy: Taxonomy, title: string, lang: string | null, evidence: Evidence[]): Evidence[] {
  return moveToUse(taxonomy, usesNamed(title, lang, [DISPOSABLE, WORK], false), evidence);
}
