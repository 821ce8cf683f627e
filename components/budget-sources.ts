/** The comparisons shown beside the budget, each with its source (checked against the publications). */
export interface BudgetComparison {
  text: string;
  source: string;
  url: string;
}

export const BUDGET_COMPARISONS: BudgetComparison[] = [
  {
    text: 'A lifestyle compatible with 1.5 °C leaves about 2.5 t CO2e per person per year by 2030, 1.4 t by 2040 and 0.7 t by 2050, for everything a household consumes: food, housing, mobility, consumer goods, leisure and services.',
    source: 'IGES, Aalto University and D-mat (2019), 1.5-Degree Lifestyles: Targets and options for reducing lifestyle carbon footprints',
    url: 'https://hotorcool.org/hc-projects/1-5-degree-lifestyles/',
  },
  {
    text: 'In Finland, where the average consumption footprint is over 11 t a year, housing, transport and food make three quarters of it; goods, services and leisure share the last quarter.',
    source: 'Finnish Environment Institute (SYKE), via the Finnish Government’s sustainable development indicators (2020)',
    url: 'https://kestavakehitys.fi/en/-/no-progress-in-decreasing-the-carbon-footprint-from-consumption-by-finns-in-the-2000s',
  },
];

export const DEFAULT_BUDGET_NOTE =
  'The default, 250 kg CO2e a year, is Embodied’s own choice, not a published figure: a tenth of the 2.5 t per person for 2030, for the goods you buy online. Set your own.';
