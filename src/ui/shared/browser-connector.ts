import { tabKey, type InsertOutcome, type TabState, type UiToBackground } from '../../messaging/protocol.ts';
import type { Runtime } from 'webextension-polyfill';
import { browser, sessionArea } from '../../platform/browser.ts';
import type { Connector } from './connector.ts';

export const browserConnector: Connector = {
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
  async load(tabId) {
    const key = tabKey(tabId);
    const got = (await sessionArea().get(key)) as Record<string, TabState | undefined>;
    return got[key] ?? null;
  },
  subscribe(tabId, cb) {
    const key = tabKey(tabId);
    let latest = 0;
    // newest wins: the port and storage.onChanged deliver the same states, in either order
    const deliver = (s: TabState | null) => {
      if (s && s.updatedAt < latest) return;
      latest = s?.updatedAt ?? latest;
      cb(s);
    };
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      if (key in changes) deliver((changes[key].newValue as TabState | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(listener);
    let port: Runtime.Port | null = null;
    try {
      port = browser.runtime.connect({ name: 'calma-panel' });
      port.onMessage.addListener((m: unknown) => {
        const msg = m as { kind?: string; tabId?: number; state?: TabState | null };
        if (msg?.kind === 'tab-state' && msg.tabId === tabId) deliver(msg.state ?? null);
      });
      port.postMessage({ tabId });
    } catch {
      port = null; // storage.onChanged alone still works
    }
    return () => {
      browser.storage.onChanged.removeListener(listener);
      port?.disconnect();
    };
  },
  async insert(tabId, text) {
    const msg: UiToBackground = { kind: 'insert-wording', tabId, text };
    try {
      return ((await browser.runtime.sendMessage(msg)) as InsertOutcome) ?? { ok: false, method: 'none' };
    } catch (e) {
      return { ok: false, method: 'none', reason: String(e) };
    }
  },
  onActiveTabChanged(cb) {
    let windowId: number | undefined;
    void browser.windows?.getCurrent().then((w) => (windowId = w.id)).catch(() => undefined);
    const listener = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) cb(info.tabId);
    };
    browser.tabs.onActivated.addListener(listener);
    return () => browser.tabs.onActivated.removeListener(listener);
  },
};
