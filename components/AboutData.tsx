/** "About the data": every shipped factor table with its source, version, licence and attribution. */
import { OPTIONS_STRINGS as S } from './ledger-strings';

export interface TableCredit {
  table: string;
  source: string;
  version: string;
  year: number | null;
  licence: string;
  attribution: string;
}

/** Tables built from the same source are credited once. */
export function creditsBySource(tables: TableCredit[]): { source: string; licence: string; attribution: string; tables: string[] }[] {
  const bySource = new Map<string, { source: string; licence: string; attribution: string; tables: string[] }>();
  for (const t of tables) {
    const entry = bySource.get(t.source) ?? { source: t.source, licence: t.licence, attribution: t.attribution, tables: [] };
    entry.tables.push(t.table);
    bySource.set(t.source, entry);
  }
  return [...bySource.values()];
}

export function AboutData({ version, tables }: { version: string | null; tables: TableCredit[] }) {
  return (
    <section data-testid="about-data">
      <h2>{S.aboutData}</h2>
      <p class="muted">{S.aboutDataNote(version)}</p>
      <ul>
        {creditsBySource(tables).map((c) => (
          <li key={c.source}>
            <strong>{c.source}</strong> ({c.licence}). {c.attribution && <span>{c.attribution}. </span>}
            <span class="muted small">{S.aboutTables(c.tables)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
