import { describe, expect, it } from 'vitest';
import { checkLimits, dueCrossings, isHostile, type CustomerFact, type LimitInput } from '../../../src/limits/check.ts';
import { limitsSummary } from '../../../src/limits/summary.ts';
import { defaultSettings, parseSettings, type Settings } from '../../../src/settings/schema.ts';

const calm: CustomerFact = { tone: 'calm', flags: [], anger: 0.05 };
const rude: CustomerFact = { tone: 'frustrated', flags: ['insult'], anger: 0.6 };
const angry: CustomerFact = { tone: 'angry', flags: [], anger: 0.9 };
const input = (over: Partial<LimitInput> = {}): LimitInput => ({ customer: [], messages: 0, reopenings: 0, issues: 0, ticketMinutes: 0, requesterMinutes: 0, ...over });
const settings = (doc: object): Settings => {
  const r = parseSettings({ version: 2, ...doc });
  if (!r.ok) throw new Error(r.message);
  return r.settings;
};

describe('hostility', () => {
  it('hostile means angry tone or an insult, swearing or a threat — not impatience or asking for a manager', () => {
    expect(isHostile(rude)).toBe(true);
    expect(isHostile(angry)).toBe(true);
    expect(isHostile({ tone: 'frustrated', flags: ['impatience', 'escalation_request'] })).toBe(false);
  });

  it('counts hostile messages within the last `window` customer messages only', () => {
    const s = settings({ limits: { hostility: { messages: 2, window: 3, anger: 1 } } });
    expect(checkLimits(input({ customer: [rude, rude, calm, calm, calm] }), s)).toEqual([]);
    expect(checkLimits(input({ customer: [calm, rude, calm, rude] }), s)).toEqual([{ limit: 'hostility.messages', value: 2, threshold: 2, by: 0 }]);
    expect(checkLimits(input({ customer: [rude, rude, rude] }), s)[0]).toMatchObject({ value: 3, by: 1 });
  });

  it('mean anger over the window, judged from HOSTILITY_MIN_SAMPLE messages', () => {
    const s = settings({ limits: { hostility: { messages: 20, window: 20, anger: 0.8 } } });
    expect(checkLimits(input({ customer: [angry, angry] }), s)).toEqual([]);
    expect(checkLimits(input({ customer: [angry, angry, angry] }), s)).toEqual([{ limit: 'hostility.anger', value: 0.9, threshold: 0.8, by: 0.1 }]);
  });
});

describe('time and complexity', () => {
  it('reports each limit reached with its value, threshold and margin', () => {
    const s = defaultSettings();
    const c = checkLimits(input({ ticketMinutes: 31.7, requesterMinutes: 59.9, messages: 45, reopenings: 2, issues: 1 }), s);
    expect(c).toEqual([
      { limit: 'time.ticketMinutes', value: 31, threshold: 30, by: 1 },
      { limit: 'complexity.messages', value: 45, threshold: 40, by: 5 },
      { limit: 'complexity.reopenings', value: 2, threshold: 2, by: 0 },
    ]);
  });
});

describe('announcements (cooldown)', () => {
  const c = [{ limit: 'time.ticketMinutes' as const, value: 31, threshold: 30, by: 1 }];
  it('once per ticket and limit, again only after the cooldown', () => {
    const a = dueCrossings({}, 't1', c, 1000, 900);
    expect(a.due).toHaveLength(1);
    const b = dueCrossings(a.shown, 't1', c, 1000 + 899_000, 900);
    expect(b.due).toHaveLength(0);
    const other = dueCrossings(a.shown, 't2', c, 2000, 900);
    expect(other.due).toHaveLength(1);
    const later = dueCrossings(a.shown, 't1', c, 1000 + 900_000, 900);
    expect(later.due).toHaveLength(1);
  });
});

describe('limitsSummary', () => {
  it('English and Spanish, with the numbers and the name', () => {
    const s = settings({ profile: { name: 'Ana' }, limits: { hostility: { anger: 0.85 }, time: { ticketMinutes: 25 } } });
    const en = limitsSummary(s, 'en');
    expect(en).toContain('Ana');
    expect(en).toContain('25 active minutes on one ticket');
    expect(en).toContain('0.85');
    const es = limitsSummary(s, 'es', new Set(['limits.time.ticketMinutes']));
    expect(es).toContain('25 minutos activos en un mismo ticket (fijado por el equipo)');
    expect(es).toContain('0,85');
  });
});
