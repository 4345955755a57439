import { describe, expect, it } from 'vitest';
import { PLAYBOOKS } from '../../../src/coach/playbook/index.ts';
import { SITUATIONS } from '../../../src/coach/types.ts';

const { es, en } = PLAYBOOKS;
const ids = (xs: { id: string }[] | undefined) => [...new Set((xs ?? []).map((x) => x.id))];

describe('playbooks: ES and EN have the same structure', () => {
  it('same situations, and every situation has a card', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).sort()).toEqual([...SITUATIONS].sort());
  });

  it.each(SITUATIONS)('%s: 3–6 steps, same wording ids (≥3), same checklist, same breathing, same channel advice', (s) => {
    for (const card of [es[s], en[s]]) {
      expect(card.title.length).toBeGreaterThan(5);
      expect(card.lead.length).toBeGreaterThan(20);
      expect(card.steps.length).toBeGreaterThanOrEqual(3);
      expect(card.steps.length).toBeLessThanOrEqual(6);
    }
    expect(ids(es[s].wording)).toEqual(ids(en[s].wording));
    expect(ids(en[s].wording).length).toBeGreaterThanOrEqual(3);
    expect(en[s].wording.length).toBe(ids(en[s].wording).length); // English: one entry per id
    expect(ids(es[s].checklist)).toEqual(ids(en[s].checklist));
    expect(es[s].breathing?.phases.map((p) => [p.kind, p.seconds])).toEqual(en[s].breathing?.phases.map((p) => [p.kind, p.seconds]));
    expect(es[s].breathing?.totalSeconds).toBe(en[s].breathing?.totalSeconds);
    expect(Boolean(es[s].byChannel)).toBe(Boolean(en[s].byChannel));
  });

  it.each(SITUATIONS)('%s (es): each wording id has one neutral text, or both usted and tú', (s) => {
    for (const id of ids(es[s].wording)) {
      const regs = es[s].wording.filter((w) => w.id === id).map((w) => w.register ?? 'neutral').sort();
      expect([['neutral'], ['formal', 'informal']]).toContainEqual(regs);
    }
  });

  it('Spanish addresses the customer both ways in every customer-facing card', () => {
    for (const s of SITUATIONS.filter((x) => x !== 'cool-down')) {
      const regs = new Set(es[s].wording.map((w) => w.register));
      expect(regs.has('formal') && regs.has('informal'), s).toBe(true);
    }
  });

  it('abuse and end-conversation advice differs by channel, in both languages', () => {
    for (const book of [es, en]) {
      for (const s of ['insult', 'vulgarity', 'end-conversation'] as const) {
        expect(book[s].byChannel!.email).not.toBe(book[s].byChannel!.messaging);
      }
    }
  });

  it('calming has a checklist; cool-down a one-minute breathing exercise', () => {
    expect(ids(en.calming.checklist)).toEqual(['listen', 'no-interrupt', 'vent', 'stay-calm', 'courteous', 'acknowledge', 'solutions']);
    expect(en['cool-down'].breathing!.totalSeconds).toBe(60);
    expect(en['cool-down'].breathing!.phases.map((p) => p.kind)).toEqual(['inhale', 'hold', 'exhale']);
  });

  it('no two wording texts repeat within a card (they are distinct variants)', () => {
    for (const book of [es, en]) {
      for (const s of SITUATIONS) {
        const texts = book[s].wording.map((w) => w.text);
        expect(new Set(texts).size).toBe(texts.length);
      }
    }
  });
});
