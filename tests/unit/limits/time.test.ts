import { describe, expect, it } from 'vitest';
import { MAX_GAP_MS, emptyTime, pruneTime, requesterMinutes, ticketMinutes, timeReduce, type TimeEvent, type TimeState } from '../../../src/limits/time.ts';
import { emptyTracker, reviveTracker, trackTime } from '../../../src/limits/tracker.ts';

const S = 1000;
const M = 60 * S;
const run = (events: TimeEvent[], from: TimeState = emptyTime()) => events.reduce(timeReduce, from);
/** heartbeats every `every` ms from `from` to `to` inclusive (what the content script sends while the agent works) */
const beats = (from: number, to: number, every = 15 * S): TimeEvent[] => {
  const out: TimeEvent[] = [];
  for (let t = from; t <= to; t += every) out.push({ kind: 'activity', at: t, visible: true, active: true });
  return out;
};
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);

describe('active time', () => {
  it('counts while the ticket is in front, visible and the agent active', () => {
    const s = run([{ kind: 'focus', at: T0, ticket: 't1', requester: 'r1' }, ...beats(T0, T0 + 10 * M)]);
    expect(ticketMinutes(s, 't1')).toBe(10);
    expect(requesterMinutes(s, 'r1')).toBe(10);
  });

  it('does not count while the page is hidden or the agent idle', () => {
    const s = run([
      { kind: 'focus', at: T0, ticket: 't1', requester: 'r1' },
      ...beats(T0, T0 + 2 * M),
      { kind: 'activity', at: T0 + 3 * M, visible: false, active: true }, // counts 2→3 min, then hidden
      { kind: 'tick', at: T0 + 8 * M },
      { kind: 'activity', at: T0 + 10 * M, visible: true, active: false }, // visible but idle
      { kind: 'tick', at: T0 + 15 * M },
      ...beats(T0 + 20 * M, T0 + 21 * M),
    ]);
    expect(s.ticketMs.t1).toBe(4 * M);
  });

  it('caps each gap at MAX_GAP_MS (sleep, missed heartbeats)', () => {
    const s = run([{ kind: 'focus', at: T0, ticket: 't1', requester: null }, { kind: 'activity', at: T0, visible: true, active: true }, { kind: 'tick', at: T0 + 45 * M }]);
    expect(s.ticketMs.t1).toBe(MAX_GAP_MS);
  });

  it('a clock that goes backwards adds nothing', () => {
    const s = run([{ kind: 'focus', at: T0, ticket: 't1', requester: null }, { kind: 'activity', at: T0, visible: true, active: true }, { kind: 'tick', at: T0 - 30 * S }, { kind: 'tick', at: T0 + 10 * S }]);
    expect(s.ticketMs.t1).toBe(10 * S);
  });

  it('switching tickets splits the time; the requester sums over their tickets', () => {
    const s = run([
      { kind: 'focus', at: T0, ticket: 't1', requester: 'r1' },
      ...beats(T0, T0 + 5 * M),
      { kind: 'focus', at: T0 + 5 * M, ticket: 't2', requester: 'r1' },
      ...beats(T0 + 5 * M, T0 + 8 * M),
      { kind: 'focus', at: T0 + 8 * M, ticket: 't3', requester: 'r2' },
      ...beats(T0 + 8 * M, T0 + 9 * M),
      { kind: 'focus', at: T0 + 9 * M, ticket: null, requester: null },
      ...beats(T0 + 9 * M, T0 + 20 * M),
    ]);
    expect(s.ticketMs).toEqual({ t1: 5 * M, t2: 3 * M, t3: 1 * M });
    expect(s.requesterMs).toEqual({ r1: 8 * M, r2: 1 * M });
  });

  it('never mutates the state it is given', () => {
    const s = run([{ kind: 'focus', at: T0, ticket: 't1', requester: 'r1' }, ...beats(T0, T0 + M)]);
    const copy = JSON.stringify(s);
    timeReduce(s, { kind: 'tick', at: T0 + 2 * M });
    expect(JSON.stringify(s)).toBe(copy);
  });
});

describe('restarts', () => {
  const working = (): TimeState => run([{ kind: 'focus', at: T0, ticket: 't1', requester: 'r1' }, ...beats(T0, T0 + 10 * M)]);

  it('survives serialisation: a stored and revived state continues exactly', () => {
    const stored = JSON.parse(JSON.stringify(emptyTracker() && { ...emptyTracker(), time: working() }));
    const revived = reviveTracker(stored);
    const s = trackTime(revived, { kind: 'activity', at: T0 + 10 * M + 15 * S, visible: true, active: true });
    expect(s.time.ticketMs.t1).toBe(10 * M + 15 * S);
  });

  it('after a restart, the time since the last stored event is not counted', () => {
    const s = run([{ kind: 'restart', at: T0 + 40 * M }, { kind: 'tick', at: T0 + 41 * M }, { kind: 'tick', at: T0 + 42 * M }], working());
    expect(ticketMinutes(s, 't1')).toBe(10);
  });

  it('a restart with a quick worker stop still drops the open span (at most one heartbeat lost)', () => {
    const s = run([{ kind: 'restart', at: T0 + 10 * M + 10 * S }], working());
    expect(s.ticketMs.t1).toBe(10 * M);
  });

  it('counting resumes with the first fresh activity signal, from that signal on', () => {
    const s = run([{ kind: 'restart', at: T0 + 30 * M }, ...beats(T0 + 31 * M, T0 + 36 * M)], working());
    expect(ticketMinutes(s, 't1')).toBe(15);
    expect(requesterMinutes(s, 'r1')).toBe(15);
  });

  it('a browser restart (ticket focused again after restart) keeps the totals and resumes', () => {
    const stored = JSON.parse(JSON.stringify(working()));
    const s = run([{ kind: 'restart', at: T0 + 600 * M }, { kind: 'focus', at: T0 + 601 * M, ticket: 't1', requester: 'r1' }, ...beats(T0 + 601 * M, T0 + 603 * M)], stored);
    expect(ticketMinutes(s, 't1')).toBe(12);
  });

  it('a corrupt or missing stored value starts afresh', () => {
    expect(reviveTracker(undefined)).toEqual(emptyTracker());
    expect(reviveTracker({ version: 7 })).toEqual(emptyTracker());
    expect(reviveTracker('nonsense')).toEqual(emptyTracker());
  });
});

describe('retention', () => {
  it('forgets tickets and requesters not touched within the retention days, except the current ones', () => {
    const s = run([
      { kind: 'focus', at: T0, ticket: 'old', requester: 'rold' },
      ...beats(T0, T0 + M),
      { kind: 'activity', at: T0 + M, visible: false, active: true }, // the agent went home
      { kind: 'focus', at: T0 + 40 * 86_400_000, ticket: 'new', requester: 'rnew' },
      ...beats(T0 + 40 * 86_400_000, T0 + 40 * 86_400_000 + M),
    ]);
    const p = pruneTime(s, T0 + 40 * 86_400_000 + 2 * M, 30);
    expect(Object.keys(p.ticketMs)).toEqual(['new']);
    expect(Object.keys(p.requesterMs)).toEqual(['rnew']);
  });
});
