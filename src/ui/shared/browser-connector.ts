import { tabKey, type InsertOutcome, type TabState, type UiToBackground } from '../../messaging/protocol.ts';
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
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      if (key in changes) cb((changes[key].newValue as TabState | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
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
