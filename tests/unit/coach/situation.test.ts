import { describe, expect, it } from 'vitest';
import type { FlagId, Tone } from '../../../src/classify/types.ts';
import { PLAYBOOKS } from '../../../src/coach/playbook/index.ts';
import { assess, RECENT_WINDOW } from '../../../src/coach/situation.ts';
import { SITUATIONS } from '../../../src/coach/types.ts';

let n = 0;
const msg = (tone: Tone, ...flags: FlagId[]) => ({ id: String(++n), tone, flags });

describe('coach situations', () => {
  it('a calm conversation needs nothing', () => {
    expect(assess({ messages: [msg('calm'), msg('calm')] })).toMatchObject({ level: 0, situations: [] });
    expect(assess({ messages: [] }).situations).toEqual([]);
  });
  it('frustration asks for calming first', () => {
    expect(assess({ messages: [msg('calm'), msg('frustrated', 'impatience')] })).toMatchObject({ level: 1, situations: ['calming'] });
  });
  it('abuse: insult outranks swearing, both with calming', () => {
    expect(assess({ messages: [msg('angry', 'insult', 'vulgarity')] }).situations).toEqual(['insult', 'calming']);
    expect(assess({ messages: [msg('frustrated', 'vulgarity')] }).situations).toEqual(['vulgarity', 'calming']);
  });
  it('threats stay on the list for the whole ticket, most serious first', () => {
    const g = assess({ messages: [msg('angry', 'physical_threat'), msg('frustrated', 'legal_threat'), msg('calm'), msg('calm'), msg('calm'), msg('calm')] });
    expect(g.situations).toEqual(['physical-threat', 'legal-threat']);
    expect(g.level).toBe(3);
  });
  it(`abuse and escalation requests fade after ${RECENT_WINDOW} calmer messages`, () => {
    const early = [msg('angry', 'insult'), msg('frustrated', 'escalation_request')];
    expect(assess({ messages: early }).situations).toEqual(['escalation', 'insult', 'calming']);
    const later = [...early, msg('calm'), msg('calm'), msg('calm')];
    // the customer calmed down: a brief well-done card, then nothing once the calm is the new normal
    expect(assess({ messages: later }).situations).toEqual(['recognition']);
    expect(assess({ messages: [...later, msg('calm')] }).situations).toEqual([]);
  });
  it('the demo conversation walks calm → calming → insult → legal → escalation', () => {
    const convo = [msg('calm'), msg('frustrated', 'impatience'), msg('angry', 'insult'), msg('angry', 'legal_threat'), msg('frustrated', 'escalation_request')];
    const steps = convo.map((_, i) => assess({ messages: convo.slice(0, i + 1) }).situations);
    expect(steps).toEqual([[], ['calming'], ['insult', 'calming'], ['legal-threat', 'insult', 'calming'], ['legal-threat', 'escalation', 'insult', 'calming']]);
  });
  it('cool-down after a hostile conversation ends, not after a calm one', () => {
    expect(assess({ messages: [msg('angry', 'insult'), msg('calm')], ended: true }).situations).toEqual(['cool-down']);
    expect(assess({ messages: [msg('calm')], ended: true }).situations).toEqual([]);
  });
  it('says which messages put each situation on the list', () => {
    const a = msg('angry', 'insult');
    expect(assess({ messages: [a] }).because.insult).toEqual([a.id]);
  });
});

describe('playbook', () => {
  it('has every card in both languages, with steps', () => {
    for (const locale of ['es', 'en'] as const) {
      for (const s of SITUATIONS) {
        const c = PLAYBOOKS[locale][s];
        expect(c.title.length).toBeGreaterThan(5);
        expect(c.steps.length).toBeGreaterThanOrEqual(3);
      }
    }
  });
  it('channel advice for abuse differs between email and chat', () => {
    for (const locale of ['es', 'en'] as const) {
      for (const s of ['insult', 'vulgarity'] as const) {
        const b = PLAYBOOKS[locale][s].byChannel!;
        expect(b.email).not.toBe(b.messaging);
      }
    }
  });
});
