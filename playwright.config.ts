import { defineConfig } from '@playwright/test';

// Both browsers run against the BUILT extensions (.output/), which `npm test` builds first.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  // The JSON report feeds the summary line of `npm test` (scripts/test.ts).
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'out/test/playwright.json' }]],
  projects: [
    { name: 'build', testMatch: /build\.spec\.ts$/ },
    { name: 'chromium', testMatch: /chromium(-[a-z0-9]+)?\.spec\.ts$/ },
    // Firefox ESR is driven by puppeteer-core over WebDriver BiDi (Playwright can't drive stock Firefox).
    { name: 'firefox', testMatch: /firefox\.spec\.ts$/ },
  ],
});
