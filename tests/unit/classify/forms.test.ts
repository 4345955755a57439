import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flat, FormTable, hashString, shapesOf, type Form } from '../../../src/classify/forms.ts';
import { ownTextRanges } from '../../../src/classify/quoted.ts';
import { tokenize, type Token } from '../../../src/classify/tokenize.ts';

/** A table whose Forms only carry the spellings (as the classifier's do), counting how often a Form is made. */
function table(limit?: number) {
  const made: string[] = [];
  const t = new FormTable((key): Form => {
    made.push(key);
    const s = shapesOf(key);
    return { key, norm: s.norm, alt: s.alt, orig: s.orig, m0: 0, m1: 0, f0: undefined, f1: undefined, c0: 0, c1: 0, k0: -1, k1: -1, enye: s.norm.includes('ñ'), one: s.norm.length === 1, wn: -1, wa: -1, wo: -1 };
  }, limit);
  return { t, made };
}

const codes = (s: string) => Uint16Array.from(s, (c) => c.charCodeAt(0));

describe('FormTable', () => {
  it('makes a Form once per spelling and finds it again by string or by code units', () => {
    const { t, made } = table();
    const a = t.get('hola');
    expect(t.get('hola')).toBe(a);
    expect(t.findCodes(codes('hola'), 4, hashString('hola'))).toBe(a);
    expect(t.findCodes(codes('hol'), 3, hashString('hol'))).toBeUndefined();
    expect(made).toEqual(['hola']);
  });
  it('keeps every spelling while it grows, and starts over at its limit', () => {
    const { t, made } = table(5000);
    const words = Array.from({ length: 4000 }, (_, i) => `w${i.toString(36)}ñ`);
    const forms = words.map((w) => t.get(w));
    words.forEach((w, i) => expect(t.findCodes(codes(w), w.length, hashString(w))).toBe(forms[i]));
    expect(made.length).toBe(4000);
    for (let i = 0; i < 2000; i++) t.get(`x${i}`);
    // past the limit the table was emptied: an old spelling is made again
    t.get(words[0]);
    expect(made.length).toBe(6001);
  });
  it('keeps long spellings whole', () => {
    const { t } = table();
    const long = 'a'.repeat(70_000) + 'b';
    const f = t.get(long);
    expect(f.orig).toBe(long);
    expect(t.findCodes(codes(long), long.length, hashString(long))).toBe(f);
  });
  it('flat() keeps the text', () => {
    for (const s of ['', 'a', 'año', 'x'.repeat(10_000), 'a' + 'ﬁ' + '😡']) expect(flat(s)).toBe(s);
  });
});

/** Everything the rules and the matcher read from a token, plus the text statistics. */
function view(text: string, withTable: boolean, fast = true) {
  const r = tokenize(text, ownTextRanges(text), withTable ? table().t : undefined, fast);
  const tok = (t: Token) => [t.norm, t.alt, t.orig, t.start, t.end, t.sentence, t.clause, t.caps, t.masked];
  return { tokens: r.tokens.map(tok), stats: r.stats };
}

describe('the tokenizer reads the same words on its fast paths as on the full path, with or without the lookup table', () => {
  const pieces = [
    'a', 'e', 'i', 'o', 's', 'A', 'Z', 'ñ', 'Ñ', 'á', 'É', 'ü', 'ß', 'ﬁ', 'İ', 'і', '𝐚', 'ｉ', 'ª', '0', '1', '3', '7', '*', '@', '$', '!', '|', '#', '€',
    "'", '’', '`', '´', ' ', '\n', '\t', '.', ',', ';', '?', '¿', '¡', '…', '"', '—', '(', '-', '_', '\u200b', '\u00ad', '\u0301', '\ufe0f', '😡', '🙂',
    'idiota', 'fuck', 'you', 'NOW', 'iii', 'sooo', 'f*ck', 'sh!t', 'p3nd3j0', 'a$$', '@user', "don't", 'está',
  ];
  it('on strings of tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (ps) => {
        const s = ps.join('');
        const full = view(s, false, false);
        expect(view(s, false)).toEqual(full);
        expect(view(s, true)).toEqual(full);
      }),
      { numRuns: 3000 },
    );
  });
  it('on any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const full = view(s, false, false);
        expect(view(s, false)).toEqual(full);
        expect(view(s, true)).toEqual(full);
      }),
      { numRuns: 1000 },
    );
  });
});
