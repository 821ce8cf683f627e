/**
 * The top level of a purchase's category as a stable taxonomy id, and that id's name in a UI
 * language: the popup groups its breakdown by id and shows each group in the user's language.
 * A name in any UI language maps to its id, so a category the user typed in German ("Heim &
 * Garten") joins the English one's group.
 */
import type { Locale } from './pick-locale';
import { TOP_CATEGORIES } from './top-categories';

const key = (name: string) => name.trim().toLowerCase();
const idOfName = new Map(TOP_CATEGORIES.flatMap((c) => Object.values(c.names).map((n) => [key(n), c.id] as const)));
const byId = new Map(TOP_CATEGORIES.map((c) => [c.id, c.names]));

/** The taxonomy id of a top-level name in any UI language; null for a name outside the taxonomy. */
export const topCategoryId = (name: string): number | null => idOfName.get(key(name)) ?? null;

/** The name of a top-level id in `locale`; null for an id that is not a top level. */
export const topCategoryName = (id: number, locale: Locale): string | null => byId.get(id)?.[locale] ?? null;
