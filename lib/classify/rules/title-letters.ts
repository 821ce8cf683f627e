/**
 * A title's language from its letters, when neither the page nor the title's function words tell
 * it (cues.ts guessLanguage): letters only one shop language writes. Latvian "ģ ķ ļ ņ" and its
 * long vowels "ā ē ī" ("Vīriešu zābaki", "Ēdamgalds"), unless the title also has "ō" (romanised
 * Japanese writes "ā ī ē ō"); Lithuanian "ė į ų" ("Kuprinė", "žaislų"); Estonian "õ" (not the "õe" of
 * Portuguese "-ões") with no letter of Portuguese or Vietnamese, the other languages that write
 * it ("Nõudepesuvahend", "Põlvikud"; not "Limões", "Võ"). Anything else: null.
 */
const LATVIAN = /[āēīģķļņ]/u;
const NOT_LATVIAN = /[ōėįų]/u;
const LITHUANIAN = /[ėįų]/u;
/** Estonian "õ" before anything but the "e" of the Portuguese "-ões", or with "ä ö ü š ž". */
const ESTONIAN = /õ(?!e)|õ.*[äöüšž]|[äöüšž].*õ/u;
/** Letters of the other languages that write "õ" (Portuguese, Vietnamese), none of them Estonian. */
const NOT_ESTONIAN = /[ãâáàçéêíóôúơưăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;

/** "lv", "lt", "et" when the title's letters are of one of them only, else null. */
export function languageOfLetters(title: string): string | null {
  const t = title.toLowerCase();
  const lv = LATVIAN.test(t) && !NOT_LATVIAN.test(t);
  const lt = LITHUANIAN.test(t) && !LATVIAN.test(t);
  const et = ESTONIAN.test(t) && !NOT_ESTONIAN.test(t) && !lv && !lt;
  return lv ? 'lv' : lt ? 'lt' : et ? 'et' : null;
}
