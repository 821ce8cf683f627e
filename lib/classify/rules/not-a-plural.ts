/**
 * Words that end like a German or Dutch plural of a curated word but are nouns of their own: the
 * lexicon reads "Jacken" as "Jacke" and "Schuhe" as "Schuh" by cutting "-n", "-en" or "-e" off
 * (lexicon.ts pluralOfCurated; a Romance plural's "-e" too, inflectedCurated), and so read "Buche" (beech; French "bûche", a log or a Yule log) as
 * "Buch", a book, whose plural is "Bücher"; "Schale" (a bowl, a shell) as "Schal", a scarf, whose
 * plural is "Schals"; "Leinen" (linen) as "Leine", a leash; "Kohle" (coal) as "Kohl", cabbage.
 * Such a word is no plural: it keeps only a reading of its own.
 */
import { normalizeText } from '../text';

/** Normalised title words (accents folded), with the plural of their own where shops write one. */
const OWN_NOUNS = new Set(['buche', 'buchen', 'schale', 'schalen', 'leinen', 'kohle', 'kohlen'].map(normalizeText));

/** Whether a normalised title word is a noun of its own, not the plural of the word its ending's cut leaves. */
export const isNotAPlural = (raw: string): boolean => OWN_NOUNS.has(raw);
