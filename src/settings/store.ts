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

export const browserSettings: SettingsConnector = {
  async load() {
    const got = (await browser.storage.local.get(SETTINGS_KEY)) as Record<string, unknown>;
    return snapshotOf(got[SETTINGS_KEY], await readManaged());
  },
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
    return () => browser.storage.onChanged.removeListener(l);
  },
};

/** The settings the worker should use now (effective = local + policy). */
export async function effectiveSettings(): Promise<Settings> {
  return (await browserSettings.load()).merged.effective;
}
