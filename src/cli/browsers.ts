/**
 * Finds Debian's Chromium (and Firefox ESR) for `npm start` and the end-to-end tests. On a fresh Debian
 * machine where we are root, installs them with apt-get; otherwise stops with one clear line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'],
  'firefox-esr': [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
} as const;

export type BrowserPackage = keyof typeof CANDIDATES;

function find(pkg: BrowserPackage): string | null {
  for (const p of CANDIDATES[pkg]) if (p && existsSync(p)) return p;
  return null;
}

function canApt(): boolean {
  return process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

export class MissingBrowserError extends Error {}

/** Path to the browser binary, installing the Debian package first if we can. */
export function ensureBrowser(pkg: BrowserPackage, { install = true } = {}): string {
  const found = find(pkg);
  if (found) return found;
  if (install && canApt() && process.env.CALMA_NO_APT !== '1') {
    process.stderr.write(`calma: installing Debian package "${pkg}" (needed for the browser tests and demo)…\n`);
    try {
      execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg} >/dev/null`], { stdio: 'inherit' });
    } catch {
      /* reported below */
    }
    const after = find(pkg);
    if (after) return after;
  }
  throw new MissingBrowserError(`calma: ${pkg} is not installed; run "sudo apt-get install -y ${pkg}" (Debian) or set ${pkg === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}.`);
}

export function findBrowser(pkg: BrowserPackage): string | null {
  return find(pkg);
}
