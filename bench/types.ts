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
  /**
   * Whether a named part of a scenario module should run (`npm run bench -- --only product`): true
   * when no filter was given, or the module's name or the part's name was asked for.
   */
  wants(part: string): boolean;
}
export type Scenario = (ctx: BenchContext) => Promise<BenchRow[]>;
/** A scenario module: `run`, and optionally the names of its parts that `--only` can pick. */
export interface ScenarioModule {
  run?: Scenario;
  parts?: readonly string[];
}
