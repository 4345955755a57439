import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLAG_IDS } from '../../../src/classify/types.ts';
import { classify } from './helpers.ts';

function validShape(text: string) {
  const a = classify(text);
  expect(['es', 'en', 'und']).toContain(a.lang);
  expect(['calm', 'frustrated', 'angry']).toContain(a.tone);
  expect(a.anger).toBeGreaterThanOrEqual(0);
  expect(a.anger).toBeLessThanOrEqual(1);
  for (const f of FLAG_IDS) {
    expect(a.scores[f]).toBeGreaterThanOrEqual(0);
    expect(a.scores[f]).toBeLessThanOrEqual(1);
  }
  for (const f of a.flags) expect(FLAG_IDS).toContain(f);
  for (const e of a.evidence) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(a.flags).toContain(e.flag);
  }
}

describe('any input gives a valid assessment', () => {
  it('any Unicode string: no throw, valid output, evidence inside the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => validShape(s)), { numRuns: 2000 });
  });
  it('strings made of the classifier’s own tricky characters', () => {
    const tricky = fc.constantFrom('a', 'i', 'o', 'd', 't', ' ', '.', '*', '!', '@', '$', '3', '0', '\u200b', '\u202e', '\n', '>', '-', 'ñ', 'Á', '😡', 'jaja', 'idiota', 'fuck', 'no', 'te voy a', 'On Mon wrote:', '\u0301');
    fc.assert(fc.property(fc.array(tricky, { maxLength: 200 }), (parts) => validShape(parts.join(''))), { numRuns: 2000 });
  });
});

describe('time grows linearly with length (no catastrophic backtracking)', () => {
  const time = (s: string) => {
    const t0 = performance.now();
    classify(s);
    return performance.now() - t0;
  };
  const adversarial = [
    (n: number) => 'a'.repeat(n),
    (n: number) => '*'.repeat(n) + 'x',
    (n: number) => 'i d '.repeat(n / 4),
    (n: number) => '>'.repeat(n),
    (n: number) => 'On '.repeat(n / 3) + 'wrote:',
    (n: number) => '!'.repeat(n),
    (n: number) => 'te voy a '.repeat(n / 9),
    (n: number) => '\u200b'.repeat(n),
    (n: number) => 'aaa\n'.repeat(n / 4),
    (n: number) => '-'.repeat(n),
    // one endless sentence of what the rules look across it for: epithets, names, warmth, requests, "but"
    (n: number) => 'Idiot Idiot gracias boludo '.repeat(n / 27),
    (n: number) => 'quiero hablar ya pero no voy a demandar '.repeat(n / 40),
    (n: number) => 'la chica del local es una inútil mierda '.repeat(n / 40),
    (n: number) => 'another useless idiot, your incompetent support team, '.repeat(n / 53),
    (n: number) => 'si no me devuelven la plata mañana les quemo la oficina '.repeat(n / 56),
    // a calm question full of legal words: whether it is a mere mention is worked out once, not once per word
    (n: number) => 'my brother says the police know, is that right? '.repeat(n / 48),
    // legal words in one sentence with no full stop: what takes a threat back is looked for near each, not from the
    // sentence's start (took 90× the time for 10× the text)
    (n: number) => 'my landlord will sue '.repeat(n / 21),
  ];
  it.each(adversarial.map((f, i) => [i, f] as const))('pattern %i: 10× the text takes well under 40× the time', (_i, make) => {
    time(make(2_000)); // warm up
    const small = Math.max(0.5, Math.min(time(make(10_000)), time(make(10_000))));
    const big = Math.min(time(make(100_000)), time(make(100_000)));
    expect(big).toBeLessThan(small * 40);
  });

  // (a sharper check than the ratio above for work done per match over the whole message: at the same size, a text
  // full of legal words costs about what the same text with an everyday word does; it took 90× as long when each
  // "police" looked through the whole message again)
  it('100 KB of calm questions naming the police costs about what the same questions naming a plumber do', () => {
    const legal = 'my brother says the police know, is that right? '.repeat(2_100);
    const plain = 'my brother says the plumber knows, is that right? '.repeat(2_000);
    time(legal);
    time(plain);
    expect(Math.min(time(legal), time(legal))).toBeLessThan(Math.max(5, Math.min(time(plain), time(plain))) * 5);
  });
});
