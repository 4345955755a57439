import { tabKey, type InsertOutcome, type TabState, type UiToBackground } from '../../messaging/protocol.ts';
import type { Runtime, Storage } from 'webextension-polyfill';
import { browser, sessionArea } from '../../platform/browser.ts';
import type { Connector, KeyStore } from './connector.ts';

function areaStore(area: () => Storage.StorageArea, name: 'session' | 'local'): KeyStore {
  return {
    async get<T>(key: string) {
      return ((await area().get(key)) as Record<string, T | undefined>)[key];
    },
    set: (key, value) => area().set({ [key]: value }),
    remove: (key) => area().remove(key),
    watch<T>(key: string, cb: (v: T | undefined) => void) {
      const listener = (changes: Record<string, Storage.StorageChange>, areaName: string) => {
        if (key in changes && (areaName === name || (name === 'session' && !browser.storage.session))) cb(changes[key].newValue as T | undefined);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

async function send(msg: UiToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(msg);
}

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
    let closed = false;
    let port: Runtime.Port | null = null;
    let recheck: ReturnType<typeof setTimeout> | undefined;
    // Subscribing over the port also asks the worker to re-run the fatigue gate if a held card is due: the
    // worker's own timer is lost when the browser stops it, so the panel re-subscribes at `recheckAt`.
    const connect = () => {
      try {
        port = browser.runtime.connect({ name: 'calma-panel' });
        port.onMessage.addListener((m: unknown) => {
          const msg = m as { kind?: string; tabId?: number; state?: TabState | null };
          if (msg?.kind === 'tab-state' && msg.tabId === tabId) deliver(msg.state ?? null);
        });
        port.onDisconnect.addListener(() => {
          port = null;
          if (!closed) setTimeout(() => !closed && !port && connect(), 250); // the worker stopped: reconnect (wakes it)
        });
        port.postMessage({ tabId });
      } catch {
        port = null; // storage.onChanged alone still works
      }
    };
    const resubscribe = () => {
      if (closed) return;
      if (port) port.postMessage({ tabId });
      else connect();
    };
    // newest wins: the port and storage.onChanged deliver the same states, in either order
    const deliver = (s: TabState | null) => {
      if (s && s.updatedAt < latest) return;
      latest = s?.updatedAt ?? latest;
      clearTimeout(recheck);
      const at = s?.gate?.recheckAt;
      if (at) recheck = setTimeout(resubscribe, Math.max(0, at - Date.now()) + 300);
      cb(s);
    };
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      if (key in changes) deliver((changes[key].newValue as TabState | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(listener);
    connect();
    return () => {
      closed = true;
      clearTimeout(recheck);
      browser.storage.onChanged.removeListener(listener);
      port?.disconnect();
    };
  },
  async insert(tabId, text) {
    try {
      return ((await send({ kind: 'insert-wording', tabId, text })) as InsertOutcome) ?? { ok: false, method: 'none' };
    } catch (e) {
      return { ok: false, method: 'none', reason: String(e) };
    }
  },
  async notHelpful(tabId, situation) {
    await send({ kind: 'not-helpful', tabId, situation }).catch(() => undefined);
  },
  session: areaStore(sessionArea, 'session'),
  local: areaStore(() => browser.storage.local, 'local'),
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
