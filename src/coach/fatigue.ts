/**
 * Alert-fatigue gate. Cards that pop up too often get ignored, and then the one that matters is ignored too; but a
 * card that asks the agent to act must never wait behind another one. So:
 *
 * - NEW_CARD_COOLDOWN_MS: a card that left the screen does not come back within this time of its appearing (no
 *   flapping when the customer's tone goes up and down).
 * - ACT_NOW_SEVERITY: cards from this severity (abuse, escalation, ending the conversation) show as soon as the
 *   coach lists them, as does the cool-down (the conversation is over: nothing competes with it).
 * - QUIET_CARD_WAIT_MS: a NEW gentle card (calming, recognition) waits this long after another card appeared in an
 *   earlier evaluation, so the panel does not change under the agent's eyes every few seconds. Cards that appear
 *   in the same evaluation are one alert and show together (an insult usually brings calming with it).
 * - ALWAYS_SHOW_SEVERITY: threats never wait for a cooldown and ignore the severity gate.
 * - "Not helpful": a situation the agent dismissed stays quiet on that ticket until its severity rises above the
 *   severity it had when dismissed. A dismissed threat card also comes back when a new threatening message
 *   arrives (more evidence), because missing one is worse than one card too many.
 * - minSeverity: an agent's "only show me level N and up" setting; 0 (everything) by default.
 *
 * Pure: the caller keeps `shown` and `notHelpful` per ticket (storage.local for feedback) and passes `now`.
 */
import type { Guidance, Level, Situation } from './types.ts';

export const NEW_CARD_COOLDOWN_MS = 90_000;
export const QUIET_CARD_WAIT_MS = 30_000;
export const ACT_NOW_SEVERITY: Level = 2;
export const ALWAYS_SHOW_SEVERITY: Level = 3;

export interface Candidate {
  situation: Situation;
  severity: Level;
  /** how many messages back it (Guidance.because); rises with each new one */
  evidence: number;
}

export interface CardShow {
  situation: Situation;
  severity: Level;
  /** when it first appeared in this run of showing */
  shownAt: number;
  /** on screen now (false: shown earlier, kept only for the cooldown window) */
  active: boolean;
}

export interface NotHelpful {
  situation: Situation;
  severity: Level;
  evidence: number;
  at: number;
}

export interface GateInput {
  candidates: Candidate[];
  /** the `shown` the previous call returned ([] at first) */
  shown: CardShow[];
  notHelpful: NotHelpful[];
  now: number;
  minSeverity?: Level;
}

export type SuppressReason = 'below-gate' | 'cooldown' | 'not-helpful';

export interface GateResult {
  /** cards to render, in the candidates' order (fresh and kept) */
  show: Situation[];
  /** appeared just now: the UI may draw attention to these */
  fresh: Situation[];
  /** already on screen before this call */
  kept: Situation[];
  suppressed: { situation: Situation; reason: SuppressReason; until: number | null }[];
  /** store this and pass it back next time */
  shown: CardShow[];
  /** earliest time a held card may appear: evaluate again then (null: nothing waiting) */
  recheckAt: number | null;
}

/** The gate's view of the coach's output. */
export function candidatesOf(g: Guidance): Candidate[] {
  return g.situations.map((situation) => ({
    situation,
    severity: g.severity?.[situation] ?? g.level,
    evidence: g.because[situation]?.length ?? 0,
  }));
}

/** The record to store when the agent presses "not helpful" on a card. */
export const markNotHelpful = (c: Candidate, now: number): NotHelpful => ({ ...c, at: now });

/** Where a ticket's feedback lives in storage.local. */
export const feedbackKey = (site: string, ticketId: string) => `feedback:${site}:${ticketId}`;

function dismissed(c: Candidate, notHelpful: NotHelpful[]): boolean {
  const last = notHelpful.filter((n) => n.situation === c.situation).sort((a, b) => b.at - a.at)[0];
  if (!last) return false;
  if (c.severity > last.severity) return false;
  if (c.severity >= ALWAYS_SHOW_SEVERITY && c.evidence > last.evidence) return false;
  return true;
}

export function gate(input: GateInput): GateResult {
  const { candidates, notHelpful, now } = input;
  const minSeverity = input.minSeverity ?? 0;
  const previous = input.shown;
  const res: GateResult = { show: [], fresh: [], kept: [], suppressed: [], shown: [], recheckAt: null };
  const hold = (situation: Situation, reason: SuppressReason, until: number | null = null) => {
    res.suppressed.push({ situation, reason, until });
    if (until !== null) res.recheckAt = res.recheckAt === null ? until : Math.min(res.recheckAt, until);
  };

  for (const c of candidates) {
    const urgent = c.severity >= ALWAYS_SHOW_SEVERITY;
    if (dismissed(c, notHelpful)) {
      hold(c.situation, 'not-helpful');
      continue;
    }
    if (!urgent && c.severity < minSeverity) {
      hold(c.situation, 'below-gate');
      continue;
    }
    const onScreen = previous.find((p) => p.situation === c.situation && p.active);
    if (onScreen) {
      res.kept.push(c.situation);
      res.show.push(c.situation);
      res.shown.push({ ...onScreen, severity: c.severity });
      continue;
    }
    // no flapping: the same card, shown a moment ago and gone, waits out its cooldown
    const before = previous.find((p) => p.situation === c.situation && !p.active);
    let until = before ? before.shownAt + NEW_CARD_COOLDOWN_MS : 0;
    // a gentle card waits a little after another card appeared (earlier evaluations only: this one is one alert)
    if (c.severity < ACT_NOW_SEVERITY && c.situation !== 'cool-down') {
      const recent = previous.filter((p) => p.shownAt < now).map((p) => p.shownAt + QUIET_CARD_WAIT_MS);
      if (recent.length) until = Math.max(until, ...recent);
    }
    if (!urgent && until > now) {
      hold(c.situation, 'cooldown', until);
      continue;
    }
    res.fresh.push(c.situation);
    res.show.push(c.situation);
    res.shown.push({ situation: c.situation, severity: c.severity, shownAt: now, active: true });
  }
  // cards that left the screen still count for the cooldown while it runs
  for (const p of previous) {
    if (res.shown.some((s) => s.situation === p.situation)) continue;
    if (p.shownAt + NEW_CARD_COOLDOWN_MS > now) res.shown.push({ ...p, active: false });
  }
  return res;
}
