import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // WxtVitest() does not apply wxt.config's `vite` option: repeat the JSX setting.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'entrypoints/**/*.test.ts',
      'entrypoints/**/*.test.tsx',
      'components/**/*.test.tsx',
      'components/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'tests/data/**/*.test.ts',
      'tests/extract/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/property/**/*.test.ts',
    ],
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 30_000,
  },
});
