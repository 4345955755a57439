/**
 * Where the panel gets its data. The real connector reads storage through the platform module; the mock one lets
 * the same components run in a plain page and in unit tests.
 */
import type { Situation } from '../../coach/types.ts';
import { tabKey, type InsertOutcome, type TabState } from '../../messaging/protocol.ts';

/** One storage area, as the panel uses it: small values under string keys. */
export interface KeyStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** calls back with the new value (undefined: removed) whenever the key changes; returns an unsubscribe */
  watch<T>(key: string, cb: (v: T | undefined) => void): () => void;
}

export interface Connector {
  /** the tab to show when the URL has no ?tab= */
  activeTabId(): Promise<number | null>;
  load(tabId: number): Promise<TabState | null>;
  /** calls back with the new state of that tab whenever it changes; returns an unsubscribe */
  subscribe(tabId: number, cb: (s: TabState | null) => void): () => void;
  /** calls back when the user switches to another tab in this window */
  onActiveTabChanged(cb: (tabId: number) => void): () => void;
  /** put wording at the end of the reply being written in that tab */
  insert(tabId: number, text: string): Promise<InsertOutcome>;
  /** the agent found this card not helpful on that tab's ticket (the worker stores it and re-gates) */
  notHelpful(tabId: number, situation: Situation): Promise<void>;
  /** storage.session (memory only): checklist ticks */
  session: KeyStore;
  /** storage.local (this browser only): flagged customers */
  local: KeyStore;
}

export function memoryStore(init: Record<string, unknown> = {}): KeyStore & { data: Record<string, unknown> } {
  const data = { ...init };
  const subs = new Map<string, Set<(v: unknown) => void>>();
  const emit = (k: string) => subs.get(k)?.forEach((cb) => cb(data[k]));
  return {
    data,
    get: async <T,>(k: string) => data[k] as T | undefined,
    async set(k, v) {
      data[k] = v;
      emit(k);
    },
    async remove(k) {
      delete data[k];
      emit(k);
    },
    watch<T>(k: string, cb: (v: T | undefined) => void) {
      const set = subs.get(k) ?? new Set();
      set.add(cb as (v: unknown) => void);
      subs.set(k, set);
      return () => set.delete(cb as (v: unknown) => void);
    },
  };
}

export function mockConnector(
  states: Record<number, TabState | null>,
  active = Number(Object.keys(states)[0] ?? 1),
): Connector & { push(s: TabState): void; dismissed: { tabId: number; situation: Situation }[]; session: ReturnType<typeof memoryStore>; local: ReturnType<typeof memoryStore> } {
  const subs = new Map<number, Set<(s: TabState | null) => void>>();
  const dismissed: { tabId: number; situation: Situation }[] = [];
  return {
    activeTabId: async () => active,
    load: async (id) => states[id] ?? null,
    subscribe(id, cb) {
      const set = subs.get(id) ?? new Set();
      set.add(cb);
      subs.set(id, set);
      return () => set.delete(cb);
    },
    onActiveTabChanged: () => () => undefined,
    insert: async () => ({ ok: false, method: 'none', reason: 'mock' }),
    dismissed,
    async notHelpful(tabId, situation) {
      dismissed.push({ tabId, situation });
    },
    session: memoryStore(),
    local: memoryStore(),
    push(s) {
      states[s.tabId] = s;
      subs.get(s.tabId)?.forEach((cb) => cb(s));
    },
  };
}

export { tabKey };
