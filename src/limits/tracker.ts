/**
 * Everything the worker keeps about limits, in one serialisable object (storage.local, key LIMITS_KEY).
 * Pure: the worker (src/background/limits.ts) feeds it events and stores the result.
 */
import { dueCrossings, type Crossing, type Shown } from './check.ts';
import { emptyTime, pruneTime, timeReduce, type TimeEvent, type TimeState } from './time.ts';

export const LIMITS_KEY = 'calma:limits';

export interface TrackerState {
  version: 1;
  time: TimeState;
  shown: Shown;
  /** reopenings seen per ticket (the adapter reports a reopen; the count survives restarts) */
  reopenings: Record<string, number>;
}

export function emptyTracker(): TrackerState {
  return { version: 1, time: emptyTime(), shown: {}, reopenings: {} };
}

/** A stored value that is not a tracker state (absent, corrupt, older) starts afresh rather than throwing. */
export function reviveTracker(x: unknown): TrackerState {
  const t = x as Partial<TrackerState> | null | undefined;
  if (!t || t.version !== 1 || typeof t.time !== 'object' || t.time === null || (t.time as TimeState).version !== 1) return emptyTracker();
  return { version: 1, time: t.time as TimeState, shown: t.shown ?? {}, reopenings: t.reopenings ?? {} };
}

export function trackTime(s: TrackerState, e: TimeEvent): TrackerState {
  return { ...s, time: timeReduce(s.time, e) };
}

export function trackReopen(s: TrackerState, ticket: string): TrackerState {
  return { ...s, reopenings: { ...s.reopenings, [ticket]: (s.reopenings[ticket] ?? 0) + 1 } };
}

export function announce(s: TrackerState, ticket: string, crossings: readonly Crossing[], now: number, cooldownSeconds: number): { due: Crossing[]; state: TrackerState } {
  const r = dueCrossings(s.shown, ticket, crossings, now, cooldownSeconds);
  return { due: r.due, state: { ...s, shown: r.shown } };
}

/** Drop what is older than the retention period (settings.retentionDays). */
export function pruneTracker(s: TrackerState, now: number, retentionDays: number): TrackerState {
  const time = pruneTime(s.time, now, retentionDays);
  const cutoff = now - retentionDays * 86_400_000;
  const shown = Object.fromEntries(Object.entries(s.shown).filter(([, at]) => at >= cutoff));
  const reopenings = Object.fromEntries(Object.entries(s.reopenings).filter(([k]) => k in time.ticketMs || k === time.ticket));
  return { ...s, time, shown, reopenings };
}
