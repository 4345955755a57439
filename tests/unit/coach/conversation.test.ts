import { describe, expect, it } from 'vitest';
import { CALM_STREAK, coach, detectAgentActs, factsOf, hostilityOf, initialState, RECENT_WINDOW, step } from '../../../src/coach/conversation.ts';
import { PLAYBOOKS } from '../../../src/coach/playbook/index.ts';
import { SITUATIONS } from '../../../src/coach/types.ts';
import { CHANNELS, LOCALES, rendered, T0, ticket } from './helpers.ts';

/** Every transition runs in both channels; the cards it lists must resolve in both languages. */
describe.each(CHANNELS)('conversation state machine (%s)', (channel) => {
  const run = (t: ReturnType<typeof ticket>, extra: Parameters<typeof coach>[0] extends infer I ? Partial<I> : never = {}) => {
    const g = coach({ messages: t.messages, channel, ...extra });
    for (const locale of LOCALES) {
      for (const card of rendered(g, locale, channel)) {
        expect(card.title.length, `${locale} ${card.situation}`).toBeGreaterThan(5);
        expect(card.steps.length).toBeGreaterThanOrEqual(3);
        expect(card.wording.length).toBeGreaterThanOrEqual(3);
      }
    }
    expect(g.facts?.channel).toBe(channel);
    return g;
  };

  it('calm → frustrated → calming; an acknowledging reply records that calming was tried', () => {
    const t = ticket().c('calm');
    expect(run(t)).toMatchObject({ level: 0, situations: [], facts: { phase: 'calm', calmingTried: false } });
    t.c('frustrated', 'impatience');
    const g = run(t);
    expect(g).toMatchObject({ level: 1, situations: ['calming'], facts: { phase: 'upset', trend: 'rising' } });
    expect(g.severity?.calming).toBe(1);
    t.a('I understand, and I am sorry about the wait. Let me check it now.');
    expect(run(t).facts).toMatchObject({ calmingTried: true, calmingTriedAt: t.last });
    t.c('angry');
    expect(run(t).severity?.calming).toBe(2);
  });

  it('an apology before the customer was upset does not count as calming', () => {
    const t = ticket().a('Sorry for the delay, here is your invoice.').c('frustrated');
    expect(run(t).facts?.calmingTried).toBe(false);
  });

  it('insult → agent asks to stop → insult again → end-conversation replaces the insult card', () => {
    const t = ticket().c('angry', 'insult');
    expect(run(t)).toMatchObject({ situations: ['insult', 'calming'], level: 2, facts: { phase: 'abusive', warnedAt: null } });
    t.a('Le pido, por favor, que deje los insultos para que pueda ayudarle.');
    const warnedAt = t.last;
    expect(run(t)).toMatchObject({ situations: ['insult', 'calming'], facts: { phase: 'warned', warnedAt, abuseAfterWarning: [] } });
    t.c('angry', 'insult');
    const g = run(t);
    expect(g.situations).toEqual(['end-conversation', 'calming']);
    expect(g.facts).toMatchObject({ phase: 'abuse-after-warning', abuseAfterWarning: [t.last] });
    expect(g.because['end-conversation']).toEqual([t.last]);
    expect(g.severity?.['end-conversation']).toBe(2);
    t.c('angry', 'vulgarity');
    expect(run(t).severity?.['end-conversation']).toBe(3);
  });

  it('swearing: the vulgarity card, with advice that depends on the channel', () => {
    const g = run(ticket().c('frustrated', 'vulgarity'));
    expect(g.situations).toEqual(['vulgarity', 'calming']);
    for (const locale of LOCALES) {
      const note = rendered(g, locale, channel)[0].channelNote!;
      const other = PLAYBOOKS[locale].vulgarity.byChannel![channel === 'email' ? 'messaging' : 'email'];
      expect(note).toBeTruthy();
      expect(note).not.toBe(other);
    }
  });

  it('swearing in delight (a calm message) asks nobody to stop: no vulgarity card, no abuse', () => {
    const g = run(ticket().c('calm', 'vulgarity'));
    expect(g.situations).not.toContain('vulgarity');
    expect(g.situations).not.toContain('end-conversation');
    const t = ticket().c('frustrated').a('Please keep the conversation respectful, or I will have to end this chat.').c('calm', 'vulgarity');
    expect(run(t).situations).not.toContain('end-conversation');
  });

  it('a warning given before any abuse still counts: abuse after it ends the conversation', () => {
    const t = ticket().c('frustrated').a('Please keep the conversation respectful, or I will have to end this chat.').c('angry', 'vulgarity');
    expect(run(t).situations).toEqual(['end-conversation', 'calming']);
  });

  it.each([
    ['legal-threat', 'legal_threat'],
    ['physical-threat', 'physical_threat'],
  ] as const)('%s persists for the whole ticket and puts the level at 3', (situation, flag) => {
    const t = ticket().c('angry', flag);
    const threat = t.last;
    for (let i = 0; i < RECENT_WINDOW + 3; i++) t.c('calm');
    const g = run(t);
    expect(g.situations).toContain(situation);
    expect(g.level).toBe(3);
    expect(g.because[situation]).toEqual([threat]);
    expect(g.facts?.threats[flag === 'legal_threat' ? 'legal' : 'physical']).toEqual([threat]);
  });

  it('escalation asked once is level 2; asked twice is insisting (severity 3)', () => {
    const t = ticket().c('frustrated', 'escalation_request');
    let g = run(t);
    expect(g.situations).toEqual(['escalation', 'calming']);
    expect(g.severity?.escalation).toBe(2);
    expect(g.facts?.escalation).toMatchObject({ insisting: false });
    t.c('angry', 'escalation_request');
    g = run(t);
    expect(g.facts?.escalation.insisting).toBe(true);
    expect(g.facts?.escalation.asked).toHaveLength(2);
    expect(g.severity?.escalation).toBe(3);
  });

  it('escalation is off the list once the agent hands over, and back if the customer asks again', () => {
    const t = ticket().c('frustrated', 'escalation_request').a('Te paso con mi supervisora ahora mismo.');
    let g = run(t);
    expect(g.situations).not.toContain('escalation');
    expect(g.facts?.escalation.handedOverAt).toBe(t.last);
    t.c('frustrated', 'escalation_request');
    g = run(t);
    expect(g.situations).toContain('escalation');
    expect(g.facts?.escalation.handedOverAt).toBeNull();
  });

  it('a crossed personal limit puts escalation on the list and names the limit', () => {
    const t = ticket().c('frustrated').c('frustrated');
    const limits = [
      { limit: 'time' as const, value: 50, threshold: 30 },
      { limit: 'complexity' as const, value: 1, threshold: 3 }, // not crossed: ignored
    ];
    const g = run(t, { limits });
    expect(g.situations).toEqual(['escalation', 'calming']);
    expect(g.facts?.escalation.limits).toEqual([limits[0]]);
    expect(g.severity?.escalation).toBe(3);
    expect(g.because.escalation).toEqual([t.last]);
    expect(run(ticket().c('calm'), { limits: [{ limit: 'hostility', value: 2, threshold: 2 }] }).situations).toEqual(['escalation']);
  });

  it(`hostile → ${CALM_STREAK} calm messages → recognition, briefly`, () => {
    const t = ticket().c('angry', 'insult').c('calm');
    expect(run(t).situations).not.toContain('recognition');
    t.c('calm');
    const g = run(t);
    expect(g).toMatchObject({ situations: ['recognition'], level: 0, facts: { phase: 'calmed', calmedDown: true, trend: 'falling' } });
    expect(g.because.recognition).toHaveLength(2);
    t.c('calm');
    expect(run(t).situations).toEqual(['recognition']);
    t.c('calm');
    expect(run(t)).toMatchObject({ situations: [], facts: { phase: 'calm', calmedDown: true } });
  });

  it('a calm conversation never gets recognition', () => {
    expect(run(ticket().c('calm').c('calm').c('calm')).situations).toEqual([]);
  });

  it('ended after hostility → cool-down only; ended after a calm or merely impatient one → nothing', () => {
    const hostile = ticket().c('angry', 'insult').c('angry', 'legal_threat').c('calm');
    const g = run(hostile, { ended: true });
    expect(g).toMatchObject({ situations: ['cool-down'], level: 1, facts: { phase: 'ended', ended: true } });
    expect(g.facts?.threats.legal).toHaveLength(1); // still there for the incident record
    expect(run(ticket().c('calm').c('calm'), { ended: true }).situations).toEqual([]);
    expect(run(ticket().c('frustrated', 'impatience').c('calm'), { ended: true }).situations).toEqual([]);
  });

  it('cool-down card carries the breathing exercise, talk-to-someone and a short break', () => {
    for (const locale of LOCALES) {
      const card = PLAYBOOKS[locale]['cool-down'];
      const cycle = card.breathing!.phases.reduce((s, p) => s + p.seconds, 0);
      expect(card.breathing!.totalSeconds).toBe(60);
      expect(cycle).toBeGreaterThan(5);
      expect(card.steps.length).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('conversation facts', () => {
  it('hostility runs 0..4 and the trend compares the latest messages with the ones before', () => {
    expect(hostilityOf('calm', [])).toBe(0);
    expect(hostilityOf('angry', ['insult', 'physical_threat'])).toBe(4);
    const trend = (...tones: ('calm' | 'frustrated' | 'angry')[]) => {
      const t = ticket();
      tones.forEach((x) => t.c(x));
      return coach({ messages: t.messages }).facts?.trend;
    };
    expect(trend('calm')).toBe('steady');
    expect(trend('calm', 'calm', 'frustrated', 'angry')).toBe('rising');
    expect(trend('angry', 'angry', 'calm', 'frustrated')).toBe('falling');
    expect(trend('frustrated', 'frustrated', 'frustrated')).toBe('steady');
  });

  it('time on the ticket runs from the first message to now (or the last message)', () => {
    const t = ticket().c('calm').a('Hello').c('calm');
    expect(coach({ messages: t.messages }).facts?.timeOnTicketMs).toBe(2 * 60_000);
    expect(coach({ messages: t.messages, now: T0 + 30 * 60_000 }).facts).toMatchObject({ startedAt: T0, timeOnTicketMs: 30 * 60_000 });
    expect(coach({ messages: [{ id: 'x', role: 'customer', time: null, tone: 'calm', flags: [] }] }).facts?.timeOnTicketMs).toBeNull();
  });

  it('internal notes and unclassified customer messages do not change the situations', () => {
    const t = ticket().c('angry', 'insult').note('Please keep it respectful — reminder to self');
    t.messages.push({ id: 'u', role: 'customer', time: null, tone: null });
    const g = coach({ messages: t.messages });
    expect(g.facts).toMatchObject({ customerMessages: 1, warnedAt: null, phase: 'abusive' });
  });

  it('the reducer is pure: stepping does not touch the previous state', () => {
    const s0 = initialState();
    const s1 = step(s0, { id: '1', role: 'customer', time: 1, tone: 'angry', flags: ['insult'] });
    expect(s0.customers).toHaveLength(0);
    expect(s1.customers).toHaveLength(1);
    expect(factsOf(s1).flagCounts.insult).toBe(1);
  });

  it('counts flags and tones over the whole ticket', () => {
    const t = ticket().c('angry', 'insult', 'vulgarity').c('frustrated', 'impatience').c('calm');
    expect(coach({ messages: t.messages }).facts).toMatchObject({
      flagCounts: { insult: 1, vulgarity: 1, impatience: 1, legal_threat: 0 },
      toneCounts: { angry: 1, frustrated: 1, calm: 1 },
      wasUpset: true,
      wasHostile: true,
    });
  });

  it('lists situations in the declared order, each with the messages behind it', () => {
    const t = ticket().c('angry', 'physical_threat', 'legal_threat', 'insult', 'escalation_request');
    const g = coach({ messages: t.messages });
    expect(g.situations).toEqual(SITUATIONS.filter((s) => g.situations.includes(s)));
    for (const s of g.situations) expect(g.because[s]?.length).toBeGreaterThan(0);
  });
});

describe('what agent replies are found to do', () => {
  it.each([
    ['I completely understand, and I am sorry.', ['acknowledge']],
    ['Entiendo perfectamente su enfado, disculpe las molestias.', ['acknowledge']],
    ['Please stop the insults so I can help you.', ['ask-to-stop']],
    ['Te pido que dejes de insultar, por favor.', ['ask-to-stop']],
    ['If this continues I will have to end this conversation.', ['warn-end']],
    ['Si continúa, tendré que terminar la conversación.', ['warn-end']],
    ['I am escalating this to my supervisor.', ['escalate']],
    ['Le paso con mi supervisora.', ['escalate']],
    ['Please keep it civil. I understand you are upset.', ['acknowledge', 'ask-to-stop']],
  ] as const)('%s → %j', (text, acts) => {
    expect(detectAgentActs(text).sort()).toEqual([...acts].sort());
  });

  it.each([
    "I don't understand what you mean by that.",
    'No entiendo a qué se refiere.',
    'Here is the tracking number: 12345.',
    'Aquí tiene el número de seguimiento.',
    'The stairs at the depot are under repair (escalera).',
  ])('leaves alone: %s', (text) => {
    expect(detectAgentActs(text)).toEqual([]);
  });
});
