/** Checks (and on Debian as root, installs) the browsers the e2e tests need, before anything is built. */
import { requireBrowser } from './lib/browsers';

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ['chromium', 'firefox'];
for (const name of wanted) {
  if (name !== 'chromium' && name !== 'firefox') throw new Error(`unknown browser ${name}`);
  console.log(`${name}: ${requireBrowser(name)}`);
}
