/**
 * Personal-limit tracking in the worker (index.ts calls these):
 *
 *   page-view from a tab        → limitsFocus(view)              which ticket/requester is in front
 *   content script heartbeat    → limitsActivity(visible, active) every ~20 s (content/activity.ts)
 *   after each new TabState     → limitsFor(state)               crossings, and the ones to announce now
 *   ticket reopened (adapter)   → limitsReopened(view)           (no adapter reads reopenings yet)
 *
 * The crossings go back into the tab's state (handlers.onLimits), where the coach turns them into the
 * escalation card naming the limit; the fatigue gate keeps it from repeating.
 *
 * The tracker (src/limits/, pure) lives in storage.local under LIMITS_KEY and is written after every event, so a
 * stopped worker or a browser restart loses nothing counted. The first update after the worker starts applies a
 * `restart` event: the span between the last stored event and now is not counted until a fresh activity signal.
 */
import type { LimitCrossing } from '../coach/facts.ts';
import type { PageView, TabState } from '../messaging/protocol.ts';
import { browser } from '../platform/browser.ts';
import { checkLimits, type Crossing, type CustomerFact } from '../limits/check.ts';
import { requesterMinutes, ticketMinutes, type TimeEvent } from '../limits/time.ts';
import { LIMITS_KEY, announce, pruneTracker, reviveTracker, trackReopen, trackTime, type TrackerState } from '../limits/tracker.ts';
import { effectiveSettings } from '../settings/store.ts';
import { unfold } from './handlers.ts';

/** What the panel reads: every limit crossed on that tab's ticket, and those to announce now (cooldown applied). */
export interface TabLimits {
  ticket: string;
  crossings: Crossing[];
  due: Crossing[];
  at: number;
}

let started = false;
let queue: Promise<unknown> = Promise.resolve();

/** One read-modify-write at a time on the single tracker key. */
function update(fn: (s: TrackerState, now: number) => TrackerState): Promise<TrackerState> {
  const next = queue.then(async () => {
    const now = Date.now();
    const got = (await browser.storage.local.get(LIMITS_KEY)) as Record<string, unknown>;
    let s = reviveTracker(got[LIMITS_KEY]);
    if (!started) {
      started = true;
      s = trackTime(s, { kind: 'restart', at: now });
    }
    s = fn(s, now);
    await browser.storage.local.set({ [LIMITS_KEY]: s });
    return s;
  });
  queue = next.catch(() => undefined);
  return next;
}

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
export const ticketKeyOf = (v: PageView) => (v.status === 'ticket' && v.ticketId ? `${v.site}:${host(v.url)}:${v.ticketId}` : null);
export const requesterKeyOf = (v: PageView) => (v.status === 'ticket' && v.requester?.id ? `${v.site}:${host(v.url)}:${v.requester.id}` : null);

export function limitsFocus(view: PageView) {
  const e: TimeEvent = { kind: 'focus', at: Date.now(), ticket: ticketKeyOf(view), requester: requesterKeyOf(view) };
  return update((s) => trackTime(s, e));
}

export function limitsActivity(visible: boolean, active: boolean) {
  return update((s, now) => trackTime(s, { kind: 'activity', at: now, visible, active }));
}

export function limitsReopened(view: PageView) {
  const t = ticketKeyOf(view);
  return t ? update((s) => trackReopen(s, t)) : Promise.resolve(null);
}

/** Crossings for the tab's ticket now; the ones due are recorded as announced. */
export async function limitsFor(state: TabState): Promise<TabLimits | null> {
  const ticket = ticketKeyOf(state.view);
  if (!ticket) return null;
  // read afresh, not settings.ts's copy: a limit just changed (or a policy that arrived late) must count at once;
  // this runs at most once a second per tab, off the message → card path
  const settings = await effectiveSettings();
  let result: TabLimits | null = null;
  await update((s0, now) => {
    const s = pruneTracker(trackTime(s0, { kind: 'tick', at: now }), now, settings.retentionDays);
    const customer: CustomerFact[] = state.messages
      .filter((m) => m.role === 'customer' && m.assessment)
      .map((m) => ({ tone: m.assessment!.tone, flags: m.assessment!.flags, anger: m.assessment!.anger }));
    const folded = (state.older ?? []).map(unfold);
    const crossings = checkLimits(
      {
        customer,
        messages: state.messages.filter((m) => m.role === 'customer' || m.role === 'agent').length + folded.filter((m) => m.role === 'c' || m.role === 'a').length,
        reopenings: s.reopenings[ticket] ?? 0,
        issues: 0, // no reader yet for distinct issues: the adapter or the classifier must supply it
        ticketMinutes: ticketMinutes(s.time, ticket),
        requesterMinutes: requesterMinutes(s.time, requesterKeyOf(state.view)),
      },
      settings,
    );
    const a = announce(s, ticket, crossings, now, settings.coach.cooldownSeconds);
    result = { ticket, crossings, due: a.due, at: now };
    return a.state;
  });
  return result;
}

/** The coach's view of a crossing: the family ("time") for the card, the exact limit for the wording. */
export function toCoach(c: Crossing): LimitCrossing {
  return { limit: c.limit.split('.')[0] as LimitCrossing['limit'], value: c.value, threshold: c.threshold, name: c.limit };
}
