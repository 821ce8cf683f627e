/**
 * Export, import and erase: the user's way out. The export is lossless JSON with a versioned
 * envelope (docs/ledger-export.md); an import is validated whole before anything is written and
 * then written in one transaction, so a bad, foreign, oversized or truncated file changes nothing.
 */
import { z } from '../zod';
import type { LedgerDb } from './db';
import { StoredPurchaseSchema, type StoredPurchase } from './record';
import { rebuildMonths } from './totals';

export const EXPORT_FORMAT = 'embodied-ledger';
export const EXPORT_VERSION = 1;
/** 50 MB of text: ten times a heavy 10,000-purchase ledger, far below what would stall the worker. */
export const MAX_IMPORT_CHARS = 50_000_000;

export const ExportSchema = z.lazy(() =>
  z.object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.string(),
    purchases: z.array(StoredPurchaseSchema),
  }),
);
export type LedgerExport = z.infer<typeof ExportSchema>;

export async function exportLedger(db: LedgerDb, now: Date): Promise<LedgerExport> {
  const purchases = await db.purchases.orderBy('id').toArray();
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), purchases };
}

export class ImportError extends Error {}

/** Parses and validates an export file's text; throws ImportError with a message for the user. */
export function parseExport(text: string): LedgerExport {
  if (text.length > MAX_IMPORT_CHARS)
    throw new ImportError(`The file is too large (over ${MAX_IMPORT_CHARS / 1e6} MB) to be an Embodied export.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ImportError('The file is not valid JSON: it may be cut short or not an Embodied export.');
  }
  const envelope = z.object({ format: z.string(), version: z.number() }).safeParse(raw);
  if (!envelope.success || envelope.data.format !== EXPORT_FORMAT)
    throw new ImportError('This is not an Embodied export (its "format" is missing or different).');
  if (envelope.data.version !== EXPORT_VERSION) {
    throw new ImportError(
      `This export has version ${envelope.data.version}; this Embodied reads version ${EXPORT_VERSION}. Update Embodied first.`,
    );
  }
  const parsed = ExportSchema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new ImportError(
      `The export is damaged at ${i.path.join('.') || 'the top level'}: ${i.message}. Nothing was imported.`,
    );
  }
  const keys = new Set<string>();
  for (const p of parsed.data.purchases) {
    if (keys.has(p.key))
      throw new ImportError(`The export lists one purchase twice (key ${p.key.slice(0, 40)}). Nothing was imported.`);
    keys.add(p.key);
  }
  return parsed.data;
}

/**
 * Adds the export's purchases that are not in the ledger yet (same key = same purchase: merged,
 * not doubled). Ids are kept where free, so importing into an empty ledger restores it exactly.
 */
export async function importLedger(db: LedgerDb, data: LedgerExport): Promise<{ added: number; skipped: number }> {
  return db.transaction('rw', db.purchases, db.months, async () => {
    const existing = new Set(await db.purchases.orderBy('key').keys());
    const usedIds = new Set(await db.purchases.toCollection().primaryKeys());
    const keepId: StoredPurchase[] = [];
    const newId: StoredPurchase[] = [];
    for (const p of data.purchases) {
      if (existing.has(p.key)) continue;
      if (usedIds.has(p.id)) {
        const { id: _drop, ...rest } = p;
        newId.push(rest as StoredPurchase);
      } else {
        usedIds.add(p.id);
        keepId.push(p);
      }
    }
    // Kept ids first: the database then numbers the others above every id in use.
    await db.purchases.bulkAdd(keepId);
    await db.purchases.bulkAdd(newId);
    const fresh = [...keepId, ...newId];
    await rebuildMonths(db.purchases, db.months);
    return { added: fresh.length, skipped: data.purchases.length - fresh.length };
  });
}

/** Removes every purchase and every total. */
export async function eraseLedger(db: LedgerDb): Promise<void> {
  await db.transaction('rw', db.purchases, db.months, async () => {
    await db.purchases.clear();
    await db.months.clear();
  });
}
