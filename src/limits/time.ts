/**
 * Active time, per ticket and per requester, from events. Pure and serialisable: the worker stores the state in
 * storage.local after each event, so a worker or browser restart loses nothing that was counted.
 *
 * Time counts only while all three hold: a ticket is in front (`focus`), its page is visible and the agent is
 * active (`activity`). It is counted in spans between two events; each span is capped at MAX_GAP_MS, so a
 * machine that slept, or a heartbeat that never came, adds at most that much.
 *
 * A restart (`restart`) drops the open span: the time between the last stored event and the restart is NOT
 * counted, and nothing counts again until a fresh `activity` event says the page is visible and the agent
 * active. A bare `tick` (the worker's own timer) never re-arms counting; it only closes spans.
 */

export const MAX_GAP_MS = 60_000;

export interface TimeState {
  version: 1;
  /** the ticket in front (a caller-made key such as "zendesk:acme:4821"), or none */
  ticket: string | null;
  requester: string | null;
  visible: boolean;
  active: boolean;
  /** a fresh `activity` event arrived since the last restart (visible and active flags are trustworthy) */
  armed: boolean;
  /** end of the last counted span; null while paused (not counting, or not re-armed since a restart) */
  lastBeat: number | null;
  ticketMs: Record<string, number>;
  requesterMs: Record<string, number>;
  /** when each ticket ("t:<key>") and requester ("r:<key>") last gained time, for retention */
  touched: Record<string, number>;
}

export type TimeEvent =
  | { kind: 'focus'; at: number; ticket: string | null; requester: string | null }
  | { kind: 'activity'; at: number; visible: boolean; active: boolean }
  | { kind: 'tick'; at: number }
  | { kind: 'restart'; at: number };

export function emptyTime(): TimeState {
  return { version: 1, ticket: null, requester: null, visible: false, active: false, armed: false, lastBeat: null, ticketMs: {}, requesterMs: {}, touched: {} };
}

const counting = (s: TimeState) => s.armed && s.ticket !== null && s.visible && s.active;

function accrue(s: TimeState, at: number): TimeState {
  if (s.lastBeat === null || !counting(s)) return s;
  const dt = Math.min(MAX_GAP_MS, Math.max(0, at - s.lastBeat));
  if (dt === 0) return s;
  const ticketMs = { ...s.ticketMs, [s.ticket!]: (s.ticketMs[s.ticket!] ?? 0) + dt };
  const requesterMs = s.requester === null ? s.requesterMs : { ...s.requesterMs, [s.requester]: (s.requesterMs[s.requester] ?? 0) + dt };
  const touched = { ...s.touched, [`t:${s.ticket}`]: at, ...(s.requester !== null && { [`r:${s.requester}`]: at }) };
  return { ...s, ticketMs, requesterMs, touched };
}

/** The next state. Never mutates `s`. Events should come in time order; an earlier `at` adds nothing. */
export function timeReduce(s: TimeState, e: TimeEvent): TimeState {
  // a restart closes nothing: the open span (last stored event → now) is dropped, not counted
  if (e.kind === 'restart') return { ...s, visible: false, active: false, armed: false, lastBeat: null };
  let n = accrue(s, e.at);
  switch (e.kind) {
    case 'tick':
      break;
    case 'focus':
      n = { ...n, ticket: e.ticket, requester: e.ticket === null ? null : e.requester };
      break;
    case 'activity':
      n = { ...n, visible: e.visible, active: e.active, armed: true };
      break;
  }
  return { ...n, lastBeat: counting(n) ? Math.max(e.at, s.lastBeat ?? e.at) : null };
}

export const minutes = (ms: number) => ms / 60_000;

export function ticketMinutes(s: TimeState, ticket: string): number {
  return minutes(s.ticketMs[ticket] ?? 0);
}
export function requesterMinutes(s: TimeState, requester: string | null): number {
  return requester === null ? 0 : minutes(s.requesterMs[requester] ?? 0);
}

/** Forget tickets and requesters that gained no time for `retentionDays`. */
export function pruneTime(s: TimeState, now: number, retentionDays: number): TimeState {
  const cutoff = now - retentionDays * 86_400_000;
  const touched: Record<string, number> = {};
  const ticketMs: Record<string, number> = {};
  const requesterMs: Record<string, number> = {};
  for (const [k, at] of Object.entries(s.touched)) {
    const key = k.slice(2);
    const keep = at >= cutoff || (k.startsWith('t:') ? key === s.ticket : key === s.requester);
    if (!keep) continue;
    touched[k] = at;
    if (k.startsWith('t:') && key in s.ticketMs) ticketMs[key] = s.ticketMs[key];
    if (k.startsWith('r:') && key in s.requesterMs) requesterMs[key] = s.requesterMs[key];
  }
  return { ...s, touched, ticketMs, requesterMs };
}
