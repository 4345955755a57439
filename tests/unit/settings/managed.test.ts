import { describe, expect, it } from 'vitest';
import { clampToTeamBounds, mergeManaged, teamBounds, type Policy } from '../../../src/settings/managed.ts';
import { defaultSettings, parseSettings, type Settings } from '../../../src/settings/schema.ts';

function policy(doc: unknown): Policy {
  const r = parseSettings(doc);
  if (!r.ok) throw new Error(r.message);
  return r;
}
function settings(doc: unknown): Settings {
  return policy(doc).settings;
}

describe('mergeManaged', () => {
  it('no policy: local settings, nothing locked', () => {
    const local = settings({ version: 2, limits: { time: { ticketMinutes: 20 } } });
    const m = mergeManaged(local, null);
    expect(m.effective).toEqual(local);
    expect(m.locked.size).toBe(0);
  });

  it('a locked value wins over the agent and is reported locked', () => {
    const local = settings({ version: 2, limits: { time: { ticketMinutes: 20 } } });
    const m = mergeManaged(local, policy({ version: 2, limits: { time: { ticketMinutes: 45 } }, locked: ['limits.time.ticketMinutes'] }));
    expect(m.effective.limits.time.ticketMinutes).toBe(45);
    expect(m.locked.has('limits.time.ticketMinutes')).toBe(true);
    expect(local.limits.time.ticketMinutes).toBe(20); // input untouched
  });

  it('a locked path without a value enforces the built-in default', () => {
    const local = settings({ version: 2, retentionDays: 90 });
    const m = mergeManaged(local, policy({ version: 2, locked: ['retentionDays'] }));
    expect(m.effective.retentionDays).toBe(30);
  });

  it('an unlocked value replaces the default but not an agent choice', () => {
    const pol = policy({ version: 2, limits: { time: { ticketMinutes: 45 } }, profile: { language: 'es' } });
    expect(mergeManaged(defaultSettings(), pol).effective.limits.time.ticketMinutes).toBe(45);
    const chosen = settings({ version: 2, limits: { time: { ticketMinutes: 20 } } });
    const m = mergeManaged(chosen, pol);
    expect(m.effective.limits.time.ticketMinutes).toBe(20);
    expect(m.effective.profile.language).toBe('es');
    expect(m.locked.size).toBe(0);
  });

  it('policy bounds replace local bounds and clamp the agent’s limits, except locked ones', () => {
    const local = settings({ version: 2, limits: { time: { ticketMinutes: 200 }, complexity: { messages: 10 } } });
    const m = mergeManaged(local, policy({ version: 2, bounds: { time: { ticketMinutes: { max: 60 } }, complexity: { messages: { min: 20 } } } }));
    expect(m.effective.limits.time.ticketMinutes).toBe(60);
    expect(m.effective.limits.complexity.messages).toBe(20);
    expect(m.clamped.map((c) => c.path).sort()).toEqual(['limits.complexity.messages', 'limits.time.ticketMinutes']);
    const m2 = mergeManaged(local, policy({ version: 2, limits: { time: { ticketMinutes: 90 } }, bounds: { time: { ticketMinutes: { max: 60 } } }, locked: ['limits.time.ticketMinutes'] }));
    expect(m2.effective.limits.time.ticketMinutes).toBe(90);
  });

  it('team lexicon terms are added to the agent’s, the team winning on the same term', () => {
    const local = settings({ version: 2, lexicon: { es: [{ category: 'insult', term: 'patan', weight: 0.4 }, { category: 'anger', term: 'harto', weight: 0.3 }] } });
    const pol = policy({ version: 2, lexicon: { es: [{ category: 'insult', term: 'patan', weight: 0.9, note: 'team' }] } });
    const es = mergeManaged(local, pol).effective.lexicon.es;
    expect(es.map((t) => `${t.term}:${t.weight}`)).toEqual(['patan:0.9', 'harto:0.3']);
    const lockedList = mergeManaged(local, policy({ version: 2, lexicon: { es: [{ category: 'insult', term: 'patan', weight: 0.9 }] }, locked: ['lexicon.es'] })).effective.lexicon.es;
    expect(lockedList.map((t) => t.term)).toEqual(['patan']);
  });
});

describe('clampToTeamBounds / teamBounds', () => {
  it('clamps into the bounds and reports each move', () => {
    const s = settings({ version: 2, limits: { hostility: { messages: 9 } }, bounds: { hostility: { messages: { min: 2, max: 5 } } } });
    const c = clampToTeamBounds(s);
    expect(c.settings.limits.hostility.messages).toBe(5);
    expect(c.clamped).toEqual([{ path: 'limits.hostility.messages', from: 9, to: 5 }]);
    expect(s.limits.hostility.messages).toBe(9);
  });
  it('bounds never leave the absolute range', () => {
    const s = settings({ version: 2, bounds: { time: { ticketMinutes: { min: 10 } } } });
    expect(teamBounds(s, 'time.ticketMinutes')).toEqual({ min: 10, max: 480 });
  });
});
