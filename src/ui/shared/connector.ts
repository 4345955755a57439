/**
 * Where the panel gets its data. The real connector reads storage.session through the platform module; the
 * mock one lets the same components run in a plain page and in unit tests.
 */
import { tabKey, type InsertOutcome, type TabState } from '../../messaging/protocol.ts';

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
}

export function mockConnector(states: Record<number, TabState | null>, active = Number(Object.keys(states)[0] ?? 1)): Connector & { push(s: TabState): void } {
  const subs = new Map<number, Set<(s: TabState | null) => void>>();
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
    push(s) {
      states[s.tabId] = s;
      subs.get(s.tabId)?.forEach((cb) => cb(s));
    },
  };
}

export { tabKey };
