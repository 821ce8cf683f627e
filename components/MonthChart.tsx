/** Twelve monthly bars in plain SVG, with the monthly budget as a line. Screen readers get a table. */
import type { LedgerFormat } from './ledger-format';
import { useLedgerText } from './ledger-text';

export function MonthChart({
  months,
  budget,
  fmt,
}: {
  months: { month: string; kg: number }[];
  budget: number;
  fmt: LedgerFormat;
}) {
  const L = useLedgerText();
  const title = L.t('popup.chartTitle');
  const max = Math.max(budget, ...months.map((m) => m.kg), 1e-9);
  const w = 300;
  const h = 90;
  const bar = w / months.length;
  const y = (kg: number) => h - (kg / max) * (h - 4);
  return (
    <figure class="chart" data-testid="ledger-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${w} ${h + 14}`} role="img" aria-label={title} focusable="false">
        {months.map((m, i) => (
          <g key={m.month}>
            <rect
              class={m.kg > budget ? 'bar over' : 'bar'}
              x={i * bar + 3}
              y={y(m.kg)}
              width={bar - 6}
              height={Math.max(h - y(m.kg), m.kg > 0 ? 1 : 0)}
              data-month={m.month}
              data-kg={m.kg}
            >
              <title>{L.t('popup.chartLabel', { month: fmt.month(m.month), kg: fmt.kg(m.kg) })}</title>
            </rect>
            <text x={i * bar + bar / 2} y={h + 12} text-anchor="middle" class="axis" aria-hidden="true">
              {fmt.monthShort(m.month)}
            </text>
          </g>
        ))}
        <line class="budget-line" x1="0" x2={w} y1={y(budget)} y2={y(budget)} />
      </svg>
      <table class="sr-only">
        <caption>{title}</caption>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{fmt.month(m.month)}</th>
              <td>{fmt.kg(m.kg)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
