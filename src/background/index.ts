/**
 * The service worker: receives what the content scripts read, classifies customer messages locally, runs the
 * coach and keeps each tab's state in storage.session. No network access of any kind.
 */
import type { Runtime } from 'webextension-polyfill';
import { isContentMessage, tabKey, type TabState, type ToBackground } from '../messaging/protocol.ts';
import { browser, sessionArea } from '../platform/browser.ts';
import { onDraft, onLimits, onPageView, onTabClosed, onTicketMessages } from './handlers.ts';
import { limitsActivity, limitsFocus, limitsFor, toCoach } from './limits.ts';
import { loadState, onStateComputed } from './tab-state.ts';
import { showLevel } from './badge.ts';
import { insertWording } from './insert.ts';
import { onNotHelpful, regateIfDue, scheduleRecheck } from './gate.ts';

async function route(msg: ToBackground, sender: Runtime.MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id;
  switch (msg.kind) {
    case 'page-view': {
      if (tabId === undefined) return { ok: false };
      const s = await onPageView(tabId, msg.view);
      await showLevel(tabId, s);
      // only the tab the agent is working in moves the time focus (a background tab may change on its own)
      if (tabId === activeTab) await limitsFocus(msg.view);
      checkTabLimitsSoon(tabId);
      return { ok: true };
    }
    case 'ticket-messages': {
      if (tabId === undefined) return { ok: false };
      const s = await onTicketMessages(tabId, msg.ticketId, msg.messages);
      await showLevel(tabId, s);
      checkTabLimitsSoon(tabId);
      return { ok: true, count: s?.messages.length ?? 0 };
    }
    case 'activity': {
      if (tabId === undefined) return { ok: false };
      const s = await loadState(tabId);
      if (msg.visible === true) {
        // the visible helpdesk tab is where the agent's time goes
        activeTab = tabId;
        if (s) await limitsFocus(s.view);
        await limitsActivity(true, msg.active === true);
      } else if (tabId === activeTab) {
        activeTab = null;
        await limitsActivity(false, false);
      }
      await checkTabLimits(tabId, s);
      return { ok: true };
    }
    case 'draft': {
      if (tabId === undefined || typeof msg.text !== 'string') return { ok: false };
      const s = await onDraft(tabId, msg.ticketId, msg.text);
      return { ok: true, findings: s?.draft?.findings.length ?? 0 };
    }
    case 'ping':
      return { ok: true };
    case 'insert-wording':
      return insertWording(msg.tabId, msg.text);
    case 'not-helpful':
      return onNotHelpful(msg.tabId, msg.situation);
    case 'e2e-open-panel':
      if (!__E2E__ || tabId === undefined) return { ok: false };
      await browser.tabs.create({ url: browser.runtime.getURL(`src/ui/sidepanel/index.html?tab=${tabId}`) });
      return { ok: true };
    default: {
      const never: never = msg;
      return { ok: false, error: `unknown kind ${(never as { kind: string }).kind}` };
    }
  }
}

/** The helpdesk tab that last said it is visible (limits count time on its ticket only); lost on restart. */
let activeTab: number | null = null;

/**
 * After new messages, the limits are measured a moment later, once for a burst: measuring reads and writes the
 * time tracker in storage.local, and doing that on every message put ~60 ms on the slowest message → card paths.
 */
const LIMITS_DELAY_MS = 1000;
const limitTimers = new Map<number, ReturnType<typeof setTimeout>>();
function checkTabLimitsSoon(tabId: number) {
  if (limitTimers.has(tabId)) return;
  limitTimers.set(
    tabId,
    setTimeout(() => {
      limitTimers.delete(tabId);
      void loadState(tabId).then((s) => checkTabLimits(tabId, s));
    }, LIMITS_DELAY_MS),
  );
}

/** Personal limits: measure the tab's ticket again and hand any change in crossings to the coach. */
async function checkTabLimits(tabId: number, s: TabState | null) {
  if (!s || s.view.status !== 'ticket' || !s.view.ticketId) return;
  try {
    const r = await limitsFor(s);
    if (!r) return;
    const after = await onLimits(tabId, s.view.ticketId, r.crossings.map(toCoach), r.due.length > 0);
    if (after !== s) await showLevel(tabId, after);
  } catch (e) {
    // limits are advice on top of the coach: a failure here must not stop the conversation's guidance
    console.warn('[calma] limits', e);
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Only our own content scripts and pages can reach this listener; still, check the shape.
  if (sender.id !== browser.runtime.id || !isContentMessage(raw)) return undefined;
  return route(raw, sender).catch((e: unknown) => ({ ok: false, error: String(e) }));
});

// Open side panels and popups subscribe to one tab over a port and get each new state directly; storage.session
// stays the source of truth (a panel opened later, or a worker restarted, reads it from there).
const ports = new Map<number, Set<Runtime.Port>>();
browser.runtime.onConnect.addListener((port: Runtime.Port) => {
  if (port.name !== 'calma-panel' || port.sender?.id !== browser.runtime.id) return;
  let tabId: number | null = null;
  port.onMessage.addListener((m: unknown) => {
    const id = (m as { tabId?: unknown })?.tabId;
    if (typeof id !== 'number') return;
    if (tabId !== null) ports.get(tabId)?.delete(port);
    tabId = id;
    if (!ports.has(id)) ports.set(id, new Set());
    ports.get(id)!.add(port);
    // a panel (re)subscribing is a chance to show cards whose cooldown ran out while the worker was stopped
    void regateIfDue(id);
  });
  port.onDisconnect.addListener(() => {
    if (tabId !== null) ports.get(tabId)?.delete(port);
  });
});
onStateComputed((tabId, state) => {
  scheduleRecheck(tabId, state);
  for (const port of ports.get(tabId) ?? []) {
    try {
      port.postMessage({ kind: 'tab-state', tabId, state });
    } catch {
      ports.get(tabId)?.delete(port);
    }
  }
});

// A restarted worker has no timers: pick up the held cards of every tab it knows.
void sessionArea()
  .get(null)
  .then((all: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(all)) {
      const s = v as TabState | undefined;
      if (k.startsWith('tab:') && s?.gate?.recheckAt && tabKey(s.tabId) === k) scheduleRecheck(s.tabId, s);
    }
  })
  .catch(() => undefined);

browser.tabs.onRemoved.addListener((tabId: number) => {
  void onTabClosed(tabId);
});

if (__BROWSER__ === 'chrome') {
  // The toolbar button opens the popup; the popup (or the shortcut) opens the side panel.
  void chrome.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
}
