import { describe, expect, it } from 'vitest';
import { coach } from '../../../src/coach/conversation.ts';
import { candidatesOf, gate, markNotHelpful, NEW_CARD_COOLDOWN_MS, QUIET_CARD_WAIT_MS, type CardShow, type Candidate, type NotHelpful } from '../../../src/coach/fatigue.ts';
import type { Level, Situation } from '../../../src/coach/types.ts';
import { ticket } from './helpers.ts';

const cand = (situation: Situation, severity: Level, evidence = 1): Candidate => ({ situation, severity, evidence });
const S = 1_000_000;

/** Runs the gate over a timeline, feeding each result's `shown` into the next call. */
function timeline(steps: { at: number; candidates: Candidate[]; notHelpful?: NotHelpful[] }[]) {
  let shown: CardShow[] = [];
  return steps.map((st) => {
    const r = gate({ candidates: st.candidates, shown, notHelpful: st.notHelpful ?? [], now: st.at });
    shown = r.shown;
    return r;
  });
}

describe('alert-fatigue gate', () => {
  it('cards appearing together are one alert: all show, all fresh', () => {
    const r = gate({ candidates: [cand('insult', 2), cand('calming', 1)], shown: [], notHelpful: [], now: S });
    expect(r).toMatchObject({ show: ['insult', 'calming'], fresh: ['insult', 'calming'], kept: [], suppressed: [], recheckAt: null });
  });

  it('a card already on screen stays, without counting as new', () => {
    const [, second] = timeline([
      { at: S, candidates: [cand('calming', 1)] },
      { at: S + 5_000, candidates: [cand('calming', 1)] },
    ]);
    expect(second).toMatchObject({ show: ['calming'], fresh: [], kept: ['calming'] });
    expect(second.shown[0].shownAt).toBe(S);
  });

  it(`a new gentle card waits ${QUIET_CARD_WAIT_MS / 1000} s after another card appeared`, () => {
    const [, held, later] = timeline([
      { at: S, candidates: [cand('vulgarity', 2)] },
      { at: S + 10_000, candidates: [cand('vulgarity', 2), cand('calming', 1)] },
      { at: S + QUIET_CARD_WAIT_MS, candidates: [cand('vulgarity', 2), cand('calming', 1)] },
    ]);
    expect(held.show).toEqual(['vulgarity']);
    expect(held.suppressed).toEqual([{ situation: 'calming', reason: 'cooldown', until: S + QUIET_CARD_WAIT_MS }]);
    expect(held.recheckAt).toBe(S + QUIET_CARD_WAIT_MS);
    expect(later).toMatchObject({ show: ['vulgarity', 'calming'], fresh: ['calming'], kept: ['vulgarity'] });
  });

  it('a card that asks the agent to act never waits behind another one', () => {
    const [, , r] = timeline([
      { at: S, candidates: [cand('legal-threat', 3), cand('calming', 1)] },
      { at: S + 5_000, candidates: [cand('legal-threat', 3), cand('insult', 2), cand('calming', 1)] },
      { at: S + 8_000, candidates: [cand('legal-threat', 3), cand('escalation', 2), cand('insult', 2), cand('calming', 1)] },
    ]);
    expect(r).toMatchObject({ fresh: ['escalation'], suppressed: [] });
    expect(r.show).toEqual(['legal-threat', 'escalation', 'insult', 'calming']);
  });

  it('the cool-down shows as soon as the conversation ends', () => {
    const [, r] = timeline([
      { at: S, candidates: [cand('insult', 2), cand('calming', 1)] },
      { at: S + 2_000, candidates: [cand('cool-down', 1)] },
    ]);
    expect(r).toMatchObject({ show: ['cool-down'], fresh: ['cool-down'], suppressed: [] });
  });

  it('a new card of higher severity does not wait', () => {
    const [, r] = timeline([
      { at: S, candidates: [cand('calming', 1)] },
      { at: S + 10_000, candidates: [cand('insult', 2), cand('calming', 1)] },
    ]);
    expect(r).toMatchObject({ fresh: ['insult'], kept: ['calming'], suppressed: [] });
  });

  it('threats always show immediately, whatever the cooldown or the severity gate', () => {
    const [, r] = timeline([
      { at: S, candidates: [cand('insult', 2)] },
      { at: S + 1_000, candidates: [cand('physical-threat', 3), cand('legal-threat', 3), cand('insult', 2)] },
    ]);
    expect(r.fresh).toEqual(['physical-threat', 'legal-threat']);
    const gated = gate({ candidates: [cand('legal-threat', 3), cand('calming', 1)], shown: [], notHelpful: [], now: S, minSeverity: 3 });
    expect(gated.show).toEqual(['legal-threat']);
    expect(gated.suppressed).toEqual([{ situation: 'calming', reason: 'below-gate', until: null }]);
  });

  it('a card that left the screen and comes back within the cooldown waits (no flapping)', () => {
    const [, , back] = timeline([
      { at: S, candidates: [cand('calming', 1)] },
      { at: S + 10_000, candidates: [] },
      { at: S + 20_000, candidates: [cand('calming', 1)] },
    ]);
    expect(back.suppressed[0]).toMatchObject({ situation: 'calming', reason: 'cooldown' });
  });

  it('"not helpful" keeps a situation quiet until its severity rises', () => {
    const nh = [markNotHelpful(cand('calming', 1), S)];
    const quiet = gate({ candidates: [cand('calming', 1)], shown: [], notHelpful: nh, now: S + 600_000 });
    expect(quiet.show).toEqual([]);
    expect(quiet.suppressed).toEqual([{ situation: 'calming', reason: 'not-helpful', until: null }]);
    const louder = gate({ candidates: [cand('calming', 2)], shown: [], notHelpful: nh, now: S + 600_000 });
    expect(louder.fresh).toEqual(['calming']);
  });

  it('a dismissed threat card comes back with a new threatening message', () => {
    const nh = [markNotHelpful(cand('legal-threat', 3, 1), S)];
    expect(gate({ candidates: [cand('legal-threat', 3, 1)], shown: [], notHelpful: nh, now: S + 1 }).show).toEqual([]);
    expect(gate({ candidates: [cand('legal-threat', 3, 2)], shown: [], notHelpful: nh, now: S + 1 }).show).toEqual(['legal-threat']);
  });

  it('reads the coach output: severity and evidence per situation', () => {
    const t = ticket().c('angry', 'insult').c('angry', 'escalation_request', 'escalation_request');
    t.c('angry', 'escalation_request');
    const cs = candidatesOf(coach({ messages: t.messages }));
    expect(cs).toContainEqual({ situation: 'escalation', severity: 3, evidence: 2 });
    expect(cs).toContainEqual({ situation: 'calming', severity: 2, evidence: 1 });
  });
});
