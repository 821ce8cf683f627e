/** "About the data": every shipped factor table with its source, version, licence and attribution. */
import { useLedgerText } from './ledger-text';

export interface TableCredit {
  table: string;
  source: string;
  version: string;
  year: number | null;
  licence: string;
  attribution: string;
}

/** Tables built from the same source are credited once. */
export function creditsBySource(
  tables: TableCredit[],
): { source: string; licence: string; attribution: string; tables: string[] }[] {
  const bySource = new Map<string, { source: string; licence: string; attribution: string; tables: string[] }>();
  for (const t of tables) {
    const entry = bySource.get(t.source) ?? {
      source: t.source,
      licence: t.licence,
      attribution: t.attribution,
      tables: [],
    };
    entry.tables.push(t.table);
    bySource.set(t.source, entry);
  }
  return [...bySource.values()];
}

export function AboutData({ version, tables }: { version: string | null; tables: TableCredit[] }) {
  const L = useLedgerText();
  return (
    <section data-testid="about-data">
      <h2>{L.t('options.aboutData')}</h2>
      <p class="muted">
        {L.t('options.aboutDataNote')}
        {version && ` ${L.t('options.aboutPack', { version: version.slice(0, 12) })}`}
      </p>
      <ul>
        {creditsBySource(tables).map((c) => (
          <li key={c.source}>
            <strong>{c.source}</strong> ({c.licence}). {c.attribution && <span>{c.attribution}. </span>}
            <span class="muted small">{L.t('options.aboutTables', { tables: c.tables.join(', ') })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
