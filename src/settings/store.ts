/**
 * Settings in the browser: the agent's own settings in storage.local under one key, the organisation's policy
 * from storage.managed, merged by the pure code in managed.ts. The only settings module that touches an
 * extension API (through src/platform/browser.ts).
 */
import { browser, sessionArea } from '../platform/browser.ts';
import { parseSettings, serialiseSettings, type Settings } from './schema.ts';
import { snapshotOf, type SettingsConnector } from './snapshot.ts';

export { snapshotOf, type SettingsConnector, type SettingsSnapshot } from './snapshot.ts';

export const SETTINGS_KEY = 'calma:settings';

async function readManaged(): Promise<Record<string, unknown> | null> {
  try {
    return ((await browser.storage.managed?.get()) as Record<string, unknown> | undefined) ?? null;
  } catch {
    return null; // Firefox without an enterprise policy for Calma throws; no policy is the normal case
  }
}

/**
 * Right after the browser starts, Chromium answers the first storage.managed read only once its policies are loaded
 * (about 3 s here). The options page does not wait that long: it shows the agent's settings at once and applies the
 * organisation's policy (and its locks) as soon as it arrives, through subscribe().
 */
export const MANAGED_WAIT_MS = 400;
const late = new Set<() => void>();
const LATE = Symbol('late');

async function readManagedSoon(): Promise<Record<string, unknown> | null> {
  const read = readManaged();
  const r = await Promise.race([read, new Promise<typeof LATE>((ok) => setTimeout(() => ok(LATE), MANAGED_WAIT_MS))]);
  if (r !== LATE) return r;
  void read.then(() => {
    for (const cb of late) cb();
  });
  return null;
}

async function loadWith(managed: Promise<Record<string, unknown> | null>) {
  const got = (await browser.storage.local.get(SETTINGS_KEY)) as Record<string, unknown>;
  return snapshotOf(got[SETTINGS_KEY], await managed);
}

export const browserSettings: SettingsConnector = {
  load: () => loadWith(readManagedSoon()),
  async save(next) {
    const r = parseSettings(next);
    if (r.ok) await browser.storage.local.set({ [SETTINGS_KEY]: JSON.parse(serialiseSettings(r.settings)) });
    return r;
  },
  async wipe() {
    await browser.storage.local.clear();
    await sessionArea().clear();
  },
  subscribe(cb) {
    const l = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) cb();
    };
    browser.storage.onChanged.addListener(l);
    late.add(cb);
    return () => {
      browser.storage.onChanged.removeListener(l);
      late.delete(cb);
    };
  },
};

/** The settings the worker should use now (effective = local + policy). */
export async function effectiveSettings(): Promise<Settings> {
  // the worker waits for the policy: a locked limit must hold from the first check
  return (await loadWith(readManaged())).merged.effective;
}
