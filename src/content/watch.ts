import browser from 'webextension-polyfill';
import type { PageView, ToBackground } from '../messaging/protocol.ts';
import { ItemCache } from '../sites/item-cache.ts';
import type { ReadMessage, ReadOutcome, SiteAdapter } from '../sites/types.ts';
import { startActivity } from './activity.ts';
import { startDraftWatch } from './draft.ts';
import { listenForInserts } from './insert.ts';

/** A ticket URL whose DOM has not rendered yet is not "unreadable" until this long after the URL changed. */
const UNREADABLE_GRACE_MS = 4000;
const URL_POLL_MS = 400;

export function startWatching(adapter: SiteAdapter): () => void {
  const cache = new ItemCache<unknown>();
  const instance = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  let lastViewKey = '';
  let sent = new Map<string, string>(); // message id → text sent, for the active ticket
  let ticketId: string | null = null;
  /** one per ticket view: aborted when the agent moves to another ticket, so nothing of the old view lingers */
  let ticketView = new AbortController();
  let lastUrl = location.href;
  let urlChangedAt = performance.now();
  let scheduled = false;
  let stopped = false;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  const send = (msg: ToBackground) => {
    try {
      browser.runtime.sendMessage(msg).catch(stopIfOrphaned);
    } catch (e) {
      stopIfOrphaned(e);
    }
  };

  function stopIfOrphaned(e: unknown) {
    // "Extension context invalidated": the extension was updated or reloaded under us. Stop, silently.
    if (!browser.runtime?.id || /context invalidated|Receiving end does not exist/i.test(String(e))) {
      if (!browser.runtime?.id) stop();
    }
  }

  function viewOf(outcome: ReadOutcome): PageView {
    const base = { instance, site: adapter.id, url: location.origin + location.pathname, diagnostics: null, channel: null, requester: null, ticketId: null, ticketEnded: false };
    if (outcome.status === 'ticket') {
      const t = outcome.ticket;
      return { ...base, status: 'ticket', ticketId: t.ticketId, channel: t.channel, requester: t.requester, ticketEnded: t.ended };
    }
    if (outcome.status === 'unreadable') return { ...base, status: 'unreadable', ticketId: outcome.diagnostics.ticketId, diagnostics: outcome.diagnostics };
    return { ...base, status: 'no-ticket' };
  }

  function scan() {
    scheduled = false;
    if (stopped) return;
    if (location.href !== lastUrl) {
      lastUrl = location.href;
      urlChangedAt = performance.now();
    }
    let outcome: ReadOutcome;
    try {
      outcome = adapter.read(document, new URL(location.href), cache);
    } catch (e) {
      console.debug('[calma] read failed', e);
      return;
    } finally {
      cache.settle();
    }
    if (outcome.status === 'unreadable') {
      const waited = performance.now() - urlChangedAt;
      if (waited < UNREADABLE_GRACE_MS) {
        clearTimeout(graceTimer);
        graceTimer = setTimeout(schedule, UNREADABLE_GRACE_MS - waited + 10);
        return;
      }
    }
    const view = viewOf(outcome);
    const key = JSON.stringify([view.status, view.ticketId, view.channel, view.requester, view.url, view.ticketEnded, view.diagnostics?.checks.map((c) => c.count)]);
    if (view.ticketId !== ticketId) {
      ticketId = view.ticketId;
      sent = new Map();
      ticketView.abort();
      ticketView = new AbortController();
    }
    if (key !== lastViewKey) {
      lastViewKey = key;
      send({ kind: 'page-view', view });
    }
    if (outcome.status !== 'ticket') return;
    const changed: ReadMessage[] = [];
    for (const m of outcome.ticket.messages) {
      if (sent.get(m.id) !== m.text) {
        sent.set(m.id, m.text);
        changed.push(m);
      }
    }
    if (changed.length) send({ kind: 'ticket-messages', ticketId: outcome.ticket.ticketId, messages: changed });
  }

  function schedule() {
    if (scheduled || stopped) return;
    scheduled = true;
    queueMicrotask(scan);
  }

  const observer = new MutationObserver((records) => {
    for (const r of records) cache.touch(r.target);
    schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-current', 'data-is-active', 'data-selected', 'aria-hidden', 'type', 'class', 'style', 'data-entity-id'],
  });
  const poll = setInterval(() => {
    if (location.href !== lastUrl) schedule();
  }, URL_POLL_MS);
  addEventListener('popstate', schedule);
  addEventListener('pageshow', schedule);

  let stopActivity = () => {};
  let stopDraftWatch = () => {};
  function stop() {
    stopped = true;
    stopActivity();
    stopDraftWatch();
    ticketView.abort();
    observer.disconnect();
    clearInterval(poll);
    clearTimeout(graceTimer);
    removeEventListener('popstate', schedule);
    removeEventListener('pageshow', schedule);
  }

  if (__E2E__) {
    // test builds only: the Firefox end-to-end test asks for the panel of this tab through the page
    addEventListener('message', (e: MessageEvent) => {
      if (e.source === window && (e.data as { type?: string })?.type === 'calma-e2e-open-panel') send({ kind: 'e2e-open-panel' });
    });
  }

  listenForInserts(adapter, () => ({ ticketId, signal: ticketView.signal }));
  stopActivity = startActivity(send, () => ticketId !== null && !stopped);
  stopDraftWatch = startDraftWatch(adapter, send, () => (stopped ? null : ticketId));
  schedule();
  return stop;
}
