import browser from 'webextension-polyfill';
import type { BackgroundToContent, InsertOutcome } from '../messaging/protocol.ts';
import type { SiteAdapter } from '../sites/types.ts';

const TIMEOUT_MS = 1500;
let counter = 0;

/**
 * The isolated content script cannot reach the editors' JavaScript objects; the MAIN-world script
 * (main-world.ts) can. This relays an insert request to it and waits for its answer.
 */
export function listenForInserts(adapter: SiteAdapter, current: () => { ticketId: string | null; signal: AbortSignal }): void {
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const msg = raw as BackgroundToContent;
    if (msg?.kind !== 'insert-text' || typeof msg.text !== 'string') return undefined;
    const { ticketId, signal } = current();
    return relay(adapter, ticketId, msg.text, signal);
  });
}

function relay(adapter: SiteAdapter, ticketId: string | null, text: string, signal: AbortSignal): Promise<InsertOutcome> {
  const id = `calma-${Date.now()}-${++counter}`;
  return new Promise((resolve) => {
    const done = (r: InsertOutcome) => {
      removeEventListener('message', onMessage);
      signal.removeEventListener('abort', onAbort);
      clearTimeout(timer);
      resolve(r);
    };
    // the agent switched tickets meanwhile: never put wording into another customer's reply
    const onAbort = () => done({ ok: false, method: 'none', reason: 'the ticket changed' });
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort);
    const onMessage = (e: MessageEvent) => {
      const d = e.data as { source?: string; kind?: string; id?: string } & InsertOutcome;
      if (e.source !== window || d?.source !== 'calma-main' || d.kind !== 'insert-result' || d.id !== id) return;
      done({ ok: !!d.ok, method: d.method ?? 'none', reason: d.reason });
    };
    const timer = setTimeout(() => done({ ok: false, method: 'none', reason: 'the editor helper did not answer' }), TIMEOUT_MS);
    addEventListener('message', onMessage);
    window.postMessage({ source: 'calma-isolated', kind: 'insert', id, site: adapter.id, ticketId, text }, '*');
  });
}
