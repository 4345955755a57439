/**
 * What the options page and the worker see of the settings: the agent's own, the organisation's policy and the
 * merge of both. Pure (store.ts reads the browser's storage and calls snapshotOf).
 */
import { mergeManaged, type Merged, type Policy } from './managed.ts';
import { defaultSettings, parseSettings, type ParseResult, type Settings } from './schema.ts';

export interface SettingsSnapshot {
  /** the agent's own settings (defaults when none are stored) */
  local: Settings;
  /** the stored settings could not be read (corrupt, or from a newer Calma): defaults are in use */
  localError: string | null;
  policy: Policy | null;
  /** the organisation's policy exists but was refused; it is not applied */
  policyError: string | null;
  merged: Merged;
}

export interface SettingsConnector {
  load(): Promise<SettingsSnapshot>;
  /** validates first; on any error nothing is written and the error names the field */
  save(next: unknown): Promise<ParseResult>;
  /** removes every piece of data Calma keeps (settings, limit tracking, open conversations) */
  wipe(): Promise<void>;
  subscribe(cb: () => void): () => void;
}

export function snapshotOf(storedLocal: unknown, storedManaged: Record<string, unknown> | null): SettingsSnapshot {
  let local = defaultSettings();
  let localError: string | null = null;
  if (storedLocal !== undefined && storedLocal !== null) {
    const r = parseSettings(storedLocal);
    if (r.ok) local = r.settings;
    else localError = r.message;
  }
  let policy: Policy | null = null;
  let policyError: string | null = null;
  if (storedManaged && Object.keys(storedManaged).length > 0) {
    const r = parseSettings(storedManaged);
    if (r.ok) policy = r;
    else policyError = r.message;
  }
  return { local, localError, policy, policyError, merged: mergeManaged(local, policy) };
}


/** In-memory settings for tests and the demo: same validation as the browser store. */
export function memorySettings(initialLocal?: unknown, managed: Record<string, unknown> | null = null): SettingsConnector & { stored(): unknown } {
  let local = initialLocal;
  const subs = new Set<() => void>();
  return {
    load: async () => snapshotOf(local, managed),
    async save(next) {
      const r = parseSettings(next);
      if (r.ok) local = JSON.parse(JSON.stringify(r.settings));
      return r;
    },
    async wipe() {
      local = undefined;
    },
    subscribe(cb) {
      subs.add(cb);
      return () => subs.delete(cb);
    },
    stored: () => local,
  };
}
