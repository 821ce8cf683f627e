/** The comparisons shown beside the budget, each with its source (checked against the publications). */
import type { LedgerKey } from '../lib/i18n/ledger';

export interface BudgetComparison {
  /** The comparison's sentence in the popup and options catalogue. */
  text: LedgerKey;
  /** The publication, as cited (not translated). */
  source: string;
  url: string;
}

export const BUDGET_COMPARISONS: BudgetComparison[] = [
  {
    text: 'options.budgetLifestyles',
    source:
      'IGES, Aalto University and D-mat (2019), 1.5-Degree Lifestyles: Targets and options for reducing lifestyle carbon footprints',
    url: 'https://hotorcool.org/hc-projects/1-5-degree-lifestyles/',
  },
  {
    text: 'options.budgetFinland',
    source:
      'Finnish Environment Institute (SYKE), via the Finnish Government’s sustainable development indicators (2020)',
    url: 'https://kestavakehitys.fi/en/-/no-progress-in-decreasing-the-carbon-footprint-from-consumption-by-finns-in-the-2000s',
  },
];
