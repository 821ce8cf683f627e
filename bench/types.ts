/** One measured figure of `npm run bench`: raw samples, summarised by the runner. */
export interface BenchRow {
  scenario: string;
  figure: string;
  unit: string;
  samples: number[];
  /** The budget applies to this statistic of the samples; absent = report only. */
  budget?: { max: number; stat: 'median' | 'p95' | 'max' };
}
export interface BenchContext {
  /** Absolute path of the built Chrome MV3 extension (.output/chrome-mv3). */
  chromeExtensionDir: string;
  /** Absolute path of the built Firefox MV3 extension (.output/firefox-mv3). */
  firefoxExtensionDir: string;
}
export type Scenario = (ctx: BenchContext) => Promise<BenchRow[]>;
