/**
 * The fatigue gate, run per tab by the worker (src/coach/fatigue.ts is the pure part). The gate's memory (`shown`)
 * lives in the tab's state in storage.session, so a restarted worker gates exactly as before; "not helpful"
 * feedback lives in storage.local under the coach's `feedbackKey(site, ticketId)`.
 *
 * Held cards come back at `recheckAt`: a timer in the worker (chrome.alarms would need a permission), and, since
 * the browser may stop an idle worker before the timer fires, again on the next message from the page or the next
 * panel subscription (`regateIfDue`).
 */
import { candidatesOf, feedbackKey, gate, markNotHelpful, type NotHelpful } from '../coach/fatigue.ts';
import type { Level, Situation } from '../coach/types.ts';
import { settingsNow } from './settings.ts';
import type { TabState } from '../messaging/protocol.ts';
import { browser } from '../platform/browser.ts';
import { updateState } from './tab-state.ts';

/** Feedback of one ticket: at most this many records are kept (newest win). */
export const MAX_FEEDBACK = 50;

/**
 * Feedback read once per ticket and kept in memory: the gate runs on every customer message, and a storage read
 * each time put tens of milliseconds on the message → card path. Any change in storage.local (a "not helpful"
 * from another window, "wipe all data" on the options page) drops the copy.
 */
const feedbackCache = new Map<string, NotHelpful[]>();
const FEEDBACK_CACHE_LIMIT = 200;
browser.storage.onChanged?.addListener((changes: Record<string, unknown>, area: string) => {
  if (area !== 'local') return;
  for (const k of Object.keys(changes)) feedbackCache.delete(k);
  if ('calma:settings' in changes || Object.keys(changes).length > 20) feedbackCache.clear();
});

/** Drop the in-memory copies (tests that write storage directly, where no onChanged event fires). */
export function forgetFeedback(): void {
  feedbackCache.clear();
}

export async function loadFeedback(site: string, ticketId: string): Promise<NotHelpful[]> {
  const key = feedbackKey(site, ticketId);
  const cached = feedbackCache.get(key);
  if (cached) return cached;
  const got = (await browser.storage.local.get(key)) as Record<string, NotHelpful[] | undefined>;
  const list = Array.isArray(got[key]) ? got[key] : [];
  if (feedbackCache.size >= FEEDBACK_CACHE_LIMIT) feedbackCache.clear();
  feedbackCache.set(key, list);
  return list;
}

/** Run the gate over the state's guidance; the previous `shown` comes from the state itself. */
export function applyGate(s: TabState, notHelpful: NotHelpful[], now: number): TabState {
  // the agent's "show cards from" setting (threats always show)
  const minSeverity = settingsNow().coach.severityGate as Level;
  const r = gate({ candidates: candidatesOf(s.guidance), shown: s.gate?.shown ?? [], notHelpful, now, minSeverity });
  return { ...s, gate: { show: r.show, fresh: r.fresh, held: r.suppressed, shown: r.shown, recheckAt: r.recheckAt, at: now } };
}

export async function gated(s: TabState, now = Date.now()): Promise<TabState> {
  const { site, ticketId } = s.view;
  const feedback = ticketId ? await loadFeedback(site, ticketId) : [];
  return applyGate(s, feedback, now);
}

/** Re-run the gate on the stored state (no new messages): a cooldown ran out, feedback changed. */
export function regate(tabId: number, onlyIfDue = false) {
  return updateState(tabId, async (prev) => {
    if (!prev) return prev;
    const now = Date.now();
    if (onlyIfDue && !(prev.gate === undefined || (prev.gate.recheckAt !== null && prev.gate.recheckAt <= now))) return prev;
    return gated(prev, now);
  });
}
export const regateIfDue = (tabId: number) => regate(tabId, true);

/** "Not helpful" on a card: remember it for the ticket (storage.local), then re-gate so the card goes. */
export async function onNotHelpful(tabId: number, situation: Situation): Promise<{ ok: boolean }> {
  let ok = false;
  await updateState(tabId, async (prev) => {
    const ticketId = prev?.view.ticketId;
    const candidate = prev && candidatesOf(prev.guidance).find((c) => c.situation === situation);
    if (!prev || !ticketId || !candidate) return prev;
    const now = Date.now();
    const list = await loadFeedback(prev.view.site, ticketId);
    const next = [...list, markNotHelpful(candidate, now)].slice(-MAX_FEEDBACK);
    await browser.storage.local.set({ [feedbackKey(prev.view.site, ticketId)]: next });
    feedbackCache.set(feedbackKey(prev.view.site, ticketId), next);
    ok = true;
    return applyGate(prev, next, now);
  });
  return { ok };
}

const timers = new Map<number, ReturnType<typeof setTimeout>>();

/** Keep one timer per tab at the state's `recheckAt`. */
export function scheduleRecheck(tabId: number, s: TabState | null) {
  const old = timers.get(tabId);
  if (old !== undefined) clearTimeout(old);
  timers.delete(tabId);
  const at = s?.gate?.recheckAt;
  if (at === null || at === undefined) return;
  timers.set(
    tabId,
    setTimeout(() => {
      timers.delete(tabId);
      void regateIfDue(tabId);
    }, Math.max(0, at - Date.now()) + 50),
  );
}
