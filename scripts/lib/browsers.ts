/**
 * Where the browsers are. Debian's packages by default; CHROMIUM_PATH / FIREFOX_PATH override.
 * Never a browser downloaded by a test tool: this project runs offline.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export type BrowserName = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserName, { env: string; paths: string[]; apt: string }> = {
  chromium: { env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], apt: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], apt: 'firefox-esr' },
};

function findBrowser(name: BrowserName): string | null {
  const c = CANDIDATES[name];
  const fromEnv = process.env[c.env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return c.paths.find((p) => existsSync(p)) ?? null;
}

function isRootOnDebian(): boolean {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/**
 * Returns the browser's path, installing it from apt when run as root on Debian.
 * Otherwise exits with one line saying what to install or which variable to set.
 */
export function requireBrowser(name: BrowserName): string {
  const found = findBrowser(name);
  if (found) return found;
  const c = CANDIDATES[name];
  if (process.env[c.env]) {
    console.error(`embodied: ${c.env}=${process.env[c.env]} does not exist; point it at a ${name} binary.`);
    process.exit(1);
  }
  if (isRootOnDebian()) {
    console.error(`embodied: ${name} not found; installing Debian's ${c.apt} (apt-get)...`);
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
    execFileSync('apt-get', ['install', '-y', '-qq', c.apt], { stdio: 'inherit', env: aptEnv });
    const after = findBrowser(name);
    if (after) return after;
  }
  const debian = existsSync('/etc/debian_version') ? readFileSync('/etc/debian_version', 'utf8').trim() : null;
  console.error(
    `embodied: ${name} not found. Install it (${debian ? `as root: apt-get install -y ${c.apt}` : `your system's ${name} package`}) or set ${c.env} to its binary.`,
  );
  process.exit(1);
}

/** Flags for Chromium on a closed network, as root, without a desktop session. */
export const CHROMIUM_QUIET_ARGS = [
  '--no-first-run',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
