/**
 * The agent's effective settings (their own, merged with the organisation's policy), kept in the worker so the
 * hot paths (every customer message) read them synchronously. Loaded at start and again whenever the settings or
 * the policy change; until the first load, the defaults apply.
 */
import { defaultSettings, type Settings } from '../settings/schema.ts';
import { effectiveSettings, SETTINGS_KEY } from '../settings/store.ts';
import { browser } from '../platform/browser.ts';

let current: Settings = defaultSettings();
const listeners = new Set<(s: Settings) => void>();

export function settingsNow(): Settings {
  return current;
}

/** Called with the new settings after each change (e.g. the classifier rebuilds with the team's terms). */
export function onSettings(l: (s: Settings) => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

async function refresh() {
  try {
    current = await effectiveSettings();
  } catch (e) {
    console.warn('[calma] settings could not be read; the defaults apply', e);
    current = defaultSettings();
  }
  for (const l of listeners) l(current);
}

export const settingsReady = refresh();
browser.storage.onChanged?.addListener((changes: Record<string, unknown>, area: string) => {
  if (area === 'managed' || (area === 'local' && (SETTINGS_KEY in changes || Object.keys(changes).length === 0))) void refresh();
});
