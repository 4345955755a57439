import { WC_APOSTROPHE, WC_BREAK, WC_SLOW, WC_SURROGATE, WC_UPPER } from './codes.ts';

/**
 * Character folding, one code point at a time: lower case, accents off (but ñ kept, so año ≠ ano),
 * compatibility forms (fullwidth, math bold, ligatures) to plain letters, a few Cyrillic/Greek look-alikes
 * to Latin. Zero-width and soft-hyphen characters are "invisible": they vanish without splitting a word.
 */

const INVISIBLE = new Set([0x00ad, 0x034f, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

/** Look-alikes used to dodge filters ("іdіоt" with Cyrillic і and о). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', і: 'i', ј: 'j', ѕ: 's', к: 'k', м: 'm', т: 't', в: 'b', н: 'h',
  α: 'a', ο: 'o', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};

const cache = new Map<number, string>();

export function isInvisible(cp: number): boolean {
  return INVISIBLE.has(cp) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/** Combining marks (accents typed separately, Zalgo text): dropped inside words. */
export function isCombining(cp: number): boolean {
  return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff) || (cp >= 0xfe20 && cp <= 0xfe2f);
}

/** Folded form of one code point: '' when it folds to nothing, possibly several letters (ﬁ → fi). */
export function foldChar(cp: number): string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out: string;
  const ch = String.fromCodePoint(cp);
  if (ch === 'ñ' || ch === 'Ñ') out = 'ñ';
  else {
    const lower = ch.toLowerCase();
    if (HOMOGLYPHS[lower]) out = HOMOGLYPHS[lower];
    else {
      let s = '';
      for (const c of lower.normalize('NFKD')) {
        const p = c.codePointAt(0)!;
        if (!isCombining(p)) s += c === 'ñ' ? 'ñ' : c;
      }
      out = s.toLowerCase();
      // NFKD of ñ-like compositions already handled above; anything still non-Latin stays as it is.
    }
  }
  if (cache.size < 4096) cache.set(cp, out);
  return out;
}

const LETTER = /\p{L}/u;
const letterCache = new Map<number, boolean>();

export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  let v = letterCache.get(cp);
  if (v === undefined) {
    v = LETTER.test(String.fromCodePoint(cp));
    if (letterCache.size < 4096) letterCache.set(cp, v);
  }
  return v;
}

export function isUpper(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  const ch = String.fromCodePoint(cp);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Digits and symbols people use as letters (p3nd3j0, m!erda, $hit, @sshole). */
export const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'i', '€': 'e' };

/** Shorten runs of 3+ equal characters to `keep` (inútiiiil → inutil); runs of 1–2 stay (carro, llamar). */
export function collapseRuns(s: string, keep: 1 | 2): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    let j = i + 1;
    while (j < s.length && s[j] === s[i]) j++;
    const n = j - i;
    out += s[i].repeat(n >= 3 ? keep : n);
    i = j;
  }
  return out;
}

export function hasRunOf3(s: string): boolean {
  for (let i = 2; i < s.length; i++) if (s[i] === s[i - 1] && s[i] === s[i - 2]) return true;
  return false;
}

/**
 * A doubled letter that is almost always a slip of the keyboard: a doubled last letter ("talkk", "helpp") or a
 * doubled i, u or a ("talkiing"), which ordinary Spanish and English words do not have. Returns the word with
 * those letters single, or undefined when there is nothing to undo. The classifier only uses it for a word it
 * does not know whose undoubled form it does know.
 */
export function undoubleSlips(s: string): string | undefined {
  if (s.length < 4) return undefined;
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (i > 0 && c === s[i - 1] && (i === s.length - 1 || c === 'i' || c === 'u' || c === 'a')) {
      changed = true;
      continue;
    }
    out += c;
  }
  return changed ? out : undefined;
}

/**
 * One keyboard slip apart: one letter left out, added, changed, or two neighbours swapped ("supervisr",
 * "superviosr", "manger"). Linear; used only for unknown words against a short list of key words.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // two swapped
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1); // one left out or added
}

// wordChar()'s codes (WC_BREAK, ...) live in codes.ts, so that they are written into the loops that test them
export { WC_APOSTROPHE, WC_BREAK, WC_SLOW, WC_SURROGATE, WC_UPPER } from './codes.ts';

const wordChars = new Int32Array(0x10000);

/**
 * A letter that folds to exactly one code unit: that code unit, plus WC_UPPER when the letter is upper case;
 * otherwise one of the negative WC_ values. Works out foldChar/isLetter/isUpper once per code unit.
 */
export function wordChar(c: number): number {
  const v = wordChars[c];
  if (v !== 0) return v;
  return (wordChars[c] = classifyWordChar(c));
}

function classifyWordChar(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return WC_SURROGATE;
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a)) return c;
    if (c >= 0x41 && c <= 0x5a) return (c + 32) | WC_UPPER;
    if (c === 0x27 || c === 0x60) return WC_APOSTROPHE;
    return c >= 0x30 && c <= 0x39 || c === 0x2a || c === 0x40 || c === 0x24 || c === 0x21 || c === 0x7c || c === 0x23 ? WC_SLOW : WC_BREAK;
  }
  if (isCombining(c)) return WC_SLOW;
  if (isLetter(c)) {
    const f = foldChar(c);
    // a letter that folds to a digit or a symbol would be read as leetspeak: the full path decides
    if (f.length !== 1 || LEET[f] !== undefined || f === '*' || f === '#') return WC_SLOW;
    return f.charCodeAt(0) | (isUpper(c) ? WC_UPPER : 0);
  }
  if (isInvisible(c)) return WC_SLOW;
  if (c === 0x2019 || c === 0xb4) return WC_APOSTROPHE;
  if (c === 0x20ac) return WC_SLOW; // €
  return WC_BREAK;
}

/** Does the code point (any, from codePointAt) end a word? Not a letter, mark, digit, invisible, apostrophe or symbol inside words. */
export function endsWord(cp: number): boolean {
  if (cp <= 0xffff) {
    const v = wordChar(cp);
    return v === WC_BREAK;
  }
  return !(isLetter(cp) || isCombining(cp) || isInvisible(cp));
}
